// A strict JSON reader for the ranking input file. JSON.parse keeps the last of two equal keys without a word, so
// a file with `"D1": 9, …, "D1": 3` would be ranked on a value its reader may never have seen; this reader refuses
// it and names the key and where it is. Otherwise it reads exactly what JSON.parse reads (RFC 8259) into the same
// values, a "__proto__" key included as an ordinary property, and has no reviver.

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

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

class Reader {
  private pos = 0;
  private readonly path: Key[] = [];

  constructor(private readonly text: string) {}

  parse(): unknown {
    this.space();
    const value = this.value();
    this.space();
    if (this.pos < this.text.length) this.fail("unexpected text after the JSON value");
    return value;
  }

  private where(at: number): string {
    let line = 1;
    let column = 1;
    for (let i = 0; i < at && i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    return `line ${line}, column ${column}`;
  }

  private fail(problem: string, at = this.pos): never {
    const path = jsonPath(this.path);
    const place = path === "(root)" ? "at the top level" : `in ${path}`;
    throw new JsonInputError(`${problem} ${place} (${this.where(at)})`, at, path);
  }

  private unexpected(): never {
    if (this.pos >= this.text.length) this.fail("unexpected end of input");
    this.fail(`unexpected character ${JSON.stringify(this.text[this.pos])}`);
  }

  private space(): void {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    // Space, tab, line feed and carriage return only, as RFC 8259 says.
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos);
  }

  private value(): unknown {
    switch (this.text.charCodeAt(this.pos)) {
      case 123: // {
        return this.object();
      case 91: // [
        return this.array();
      case 34: // "
        return this.string();
      case 116: // t
        return this.literal("true", true);
      case 102: // f
        return this.literal("false", false);
      case 110: // n
        return this.literal("null", null);
      default:
        return this.number();
    }
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) this.unexpected();
    this.pos += word.length;
    return value;
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) this.unexpected();
    this.pos += m[0].length;
    return Number(m[0]);
  }

  private string(): string {
    const t = this.text;
    let from = ++this.pos;
    let out = "";
    for (;;) {
      PLAIN_RUN.lastIndex = this.pos;
      this.pos += (PLAIN_RUN.exec(t) as RegExpExecArray)[0].length;
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        // The usual string, without escapes, is a single slice.
        const s = out === "" ? t.slice(from, this.pos) : out + t.slice(from, this.pos);
        this.pos++;
        return s;
      }
      if (c !== 92) {
        if (Number.isNaN(c)) this.fail("unterminated string");
        this.fail("control character in a string (it must be escaped)");
      }
      out += t.slice(from, this.pos);
      const e = t[this.pos + 1] ?? "";
      if (e === "u") {
        const hex = t.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid \\u escape");
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 6;
      } else {
        if (!Object.hasOwn(ESCAPES, e)) this.fail(`invalid escape "\\${e}"`);
        out += ESCAPES[e] as string;
        this.pos += 2;
      }
      from = this.pos;
    }
  }

  private enter(): void {
    if (this.path.length >= MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
  }

  private array(): unknown[] {
    this.enter();
    this.pos++;
    const out: unknown[] = [];
    this.space();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    const depth = this.path.length;
    for (;;) {
      this.path[depth] = out.length;
      this.space();
      out.push(this.value());
      this.space();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c !== 93) this.unexpected();
      this.pos++;
      this.path.length = depth;
      return out;
    }
  }

  private object(): Record<string, unknown> {
    this.enter();
    this.pos++;
    const out: Record<string, unknown> = {};
    this.space();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return out;
    }
    const depth = this.path.length;
    for (;;) {
      this.space();
      if (this.text.charCodeAt(this.pos) !== 34) this.unexpected();
      const keyAt = this.pos;
      const key = this.string();
      if (Object.hasOwn(out, key)) this.fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
      this.space();
      if (this.text.charCodeAt(this.pos) !== 58) this.unexpected();
      this.pos++;
      this.space();
      this.path[depth] = key;
      const value = this.value();
      this.path.length = depth;
      // As JSON.parse does: a key such as "__proto__" becomes an own property, never the object's prototype.
      if (key === "__proto__")
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      this.space();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c !== 125) this.unexpected();
      this.pos++;
      return out;
    }
  }
}

/** Parses JSON text like JSON.parse, but throws a JsonInputError on a duplicate key at any depth. */
export function parseJsonStrict(text: string): unknown {
  return new Reader(text).parse();
}
