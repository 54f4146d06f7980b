// A strict JSON reader for the ranking input file. JSON.parse keeps the last of two equal keys without a word, so
// a file with `"D1": 9, …, "D1": 3` would be ranked on a value its reader may never have seen; this reader refuses
// it and names the key and where it is. The values are JSON.parse's own (RFC 8259, a "__proto__" key an ordinary
// property, no reviver); the keys are checked with jsonc-parser's scanner (VS Code's), which reports each property
// with its position and path.
import { printParseErrorCode, visit, type JSONPath, type ParseErrorCode } from "jsonc-parser";

/** A syntax error or a duplicate key; `message` says what and where. */
export class JsonInputError extends Error {
  constructor(
    message: string,
    /** Offset in the text (UTF-16 code units). */
    readonly offset: number,
    /** Where the problem is, e.g. "reviews[3].values"; "(root)" for the top level. */
    readonly path: string,
  ) {
    super(message);
    this.name = "JsonInputError";
  }
}

/** Ranking files are a few levels deep; a limit keeps a hostile file from exhausting the stack. */
export const MAX_DEPTH = 512;

type Key = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** "reviews[3].values" (the notation of the schema's error paths), "(root)" when empty. */
export function jsonPath(path: readonly Key[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (IDENTIFIER.test(p)) out += out === "" ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out === "" ? "(root)" : out;
}

/** Parses JSON text like JSON.parse, but throws a JsonInputError on a duplicate key at any depth. */
export function parseJsonStrict(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw syntaxError(text, e);
  }
  // The text is valid JSON: walk it once more for what JSON.parse does not tell.
  const open: Set<string>[] = [];
  let depth = 0;
  const enter = (offset: number, line: number, column: number, path: () => JSONPath) => {
    if (++depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`, offset, line, column, path());
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _length, line, column, path) => {
        enter(offset, line, column, path);
        open.push(new Set());
      },
      onObjectEnd: () => {
        depth--;
        open.pop();
      },
      onArrayBegin: (offset, _length, line, column, path) => enter(offset, line, column, path),
      onArrayEnd: () => {
        depth--;
      },
      onObjectProperty: (key, offset, _length, line, column, path) => {
        const keys = open.at(-1)!;
        if (keys.has(key)) fail(`duplicate key ${JSON.stringify(key)}`, offset, line, column, path());
        keys.add(key);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return value;
}

function fail(problem: string, offset: number, line: number, column: number, path: JSONPath): never {
  const where = jsonPath(path);
  const place = where === "(root)" ? "at the top level" : `in ${where}`;
  throw new JsonInputError(`${problem} ${place} (line ${line + 1}, column ${column + 1})`, offset, where);
}

// By the scanner's names of its error codes (printParseErrorCode).
const SYNTAX: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes expected",
  ValueExpected: "a value expected",
  ColonExpected: "a colon expected",
  CommaExpected: "a comma expected",
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: "unexpected text after the JSON value",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unfinished number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape",
  InvalidCharacter: "control character in a string (it must be escaped)",
};

/** JSON.parse refused the text: where and why, in the scanner's words (JSON.parse's own when it finds nothing). */
function syntaxError(text: string, cause: SyntaxError): JsonInputError {
  const errors: { code: ParseErrorCode; offset: number; line: number; column: number }[] = [];
  visit(
    text,
    {
      onError: (code, offset, _length, line, column) => {
        errors.push({ code, offset, line, column });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  const found = errors[0];
  if (!found) return new JsonInputError(cause.message, 0, "(root)");
  const problem = SYNTAX[printParseErrorCode(found.code)] ?? "invalid JSON";
  return new JsonInputError(
    `${problem} (line ${found.line + 1}, column ${found.column + 1})`,
    found.offset,
    "(root)",
  );
}
