import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonInputError, MAX_DEPTH, jsonPath, parseJsonStrict } from "./strict-json";

function errorOf(text: string): JsonInputError {
  try {
    parseJsonStrict(text);
  } catch (e) {
    if (e instanceof JsonInputError) return e;
    throw e;
  }
  throw new Error(`expected ${text} to be refused`);
}

const jsonParseFails = (text: string) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

describe("parseJsonStrict", () => {
  it("refuses a duplicate key at the top level, naming it", () => {
    const e = errorOf('{"format": "a", "version": 1, "format": "b"}');
    expect(e.message).toBe('duplicate key "format" at the top level (line 1, column 31)');
    expect(e.path).toBe("(root)");
  });

  it("refuses a duplicate key nested in objects and arrays, naming the key and its path", () => {
    const text = [
      "{",
      '  "reviews": [',
      '    { "entryId": "a", "values": { "D1": 9, "D2": 4 } },',
      '    { "entryId": "b", "values": { "D1": 9, "D2": 4, "D1": 3 } }',
      "  ]",
      "}",
    ].join("\n");
    const e = errorOf(text);
    expect(e.message).toBe('duplicate key "D1" in reviews[1].values (line 4, column 53)');
    expect(e.path).toBe("reviews[1].values");
    expect(errorOf('[[{"a": {"b": 1, "b": 2}}]]').message).toMatch(/^duplicate key "b" in \[0\]\[0\]\.a /);
  });

  it("names keys that are not identifiers in brackets", () => {
    expect(jsonPath(["values", "kode 1", 0, "__proto__"])).toBe('values["kode 1"][0].__proto__');
    expect(errorOf('{"a b": {"x": 1, "x": 1}}').path).toBe('["a b"]');
  });

  it("keeps equal keys in different objects, and keys that differ only in case", () => {
    expect(parseJsonStrict('[{"a": 1}, {"a": 2}, {"A": 3, "a": 4}]')).toEqual([
      { a: 1 },
      { a: 2 },
      { A: 3, a: 4 },
    ]);
  });

  it("keeps a __proto__ key as an ordinary property, as JSON.parse does", () => {
    const v = parseJsonStrict('{"__proto__": {"polluted": true}, "constructor": 1}') as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(v, "__proto__")?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf('{"__proto__": 1, "__proto__": 2}').message).toMatch(/^duplicate key "__proto__"/);
  });

  it("reads strings with every escape, and numbers, as JSON.parse does", () => {
    const text = String.raw`["a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00", -0, 1e400, 12.5e-3, 0.1, "", "plain"]`;
    expect(parseJsonStrict(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ["", "a value expected (line 1, column 1)"],
    ["{", '"}" expected (line 1, column 2)'],
    ['{"a": 1,}', "a property name in double quotes expected (line 1, column 9)"],
    ['{"a": [1, 2,]}', "a value expected (line 1, column 13)"],
    ["[01]", "a comma expected (line 1, column 3)"],
    ['{"a": 1} x', "unexpected character (line 1, column 10)"],
    ['["a\nb"]', "unterminated string (line 1, column 2)"],
    ['["\\x"]', "invalid escape (line 1, column 2)"],
    ['["\\u12"]', "invalid \\u escape (line 1, column 2)"],
    ['["abc', "unterminated string (line 1, column 2)"],
    ["{'a': 1}", "unexpected character (line 1, column 2)"],
    ["[NaN]", "unexpected character (line 1, column 2)"],
    ["\u00a0[]", "unexpected character (line 1, column 1)"],
    ["[tru]", "unexpected character (line 1, column 2)"],
    ['{\n  "a": 1\n  "b": 2\n}', "a comma expected (line 3, column 3)"],
  ])("refuses %j, as JSON.parse does, saying where", (text, message) => {
    expect(jsonParseFails(text)).toBe(true);
    expect(errorOf(text).message).toBe(message);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels instead of exhausting the stack`, () => {
    const ok = "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH);
    expect(() => parseJsonStrict(ok)).not.toThrow();
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(errorOf(deep).message).toMatch(new RegExp(`^nested deeper than ${MAX_DEPTH} levels`));
  });

  it("reads any JSON text exactly as JSON.parse does (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonStrict(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it("accepts or refuses arbitrary text as JSON.parse does, when keys are not repeated (property)", () => {
    const piece = fc.constantFrom(
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      '"a"',
      '"b"',
      "1",
      "-",
      "e5",
      ".5",
      " ",
      "\n",
      "x",
      "null",
      "\\",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        let strict: "ok" | "error";
        try {
          parseJsonStrict(text);
          strict = "ok";
        } catch (e) {
          if (!(e instanceof JsonInputError)) throw e;
          if (e.message.startsWith("duplicate key")) return;
          strict = "error";
        }
        expect(strict).toBe(jsonParseFails(text) ? "error" : "ok");
      }),
      { numRuns: 2000 },
    );
  });
});
