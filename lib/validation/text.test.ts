import { describe, expect, it } from "vitest";
import {
  CONTROL_MESSAGE,
  DATE_RANGE_MESSAGE,
  controlCharacterPaths,
  date,
  hasControlCharacters,
  isoDate,
  line,
  localDateTime,
  wallClock,
  optionalText,
  text,
} from "./text";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.message);

describe("hasControlCharacters", () => {
  it.each([
    ["plain text", "Inovasi Daerah 2026", false],
    ["tab, newline and carriage return", "baris satu\r\n\tbaris dua", false],
    ["an emoji (a surrogate pair)", "bagus 👍", false],
    ["NUL", "judul\u0000", true],
    ["BEL", "a\u0007b", true],
    ["vertical tab", "a\u000bb", true],
    ["escape", "\u001b[31m", true],
    ["DEL", "a\u007f", true],
    ["U+FFFD from invalid UTF-8", new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0x62])), true],
    ["a lone high surrogate", "a\ud83d", true],
    ["a lone low surrogate", "\udc4db", true],
  ])("%s → %s", (_, value, expected) => {
    expect(hasControlCharacters(value)).toBe(expected);
  });
});

describe("text() and line()", () => {
  const comment = text({ min: 1, max: 10 });
  const title = line({ min: 3, max: 10 });

  it.each([
    [comment, "  baik  ", [], "baik"],
    [comment, "dua\nbaris", [], "dua\nbaris"],
    [comment, "", ["validation.required"], undefined],
    [comment, "x".repeat(11), ["validation.tooLong"], undefined],
    [comment, "a\u0000b", [CONTROL_MESSAGE], undefined],
    [comment, "a\ud800", [CONTROL_MESSAGE], undefined],
    [title, "Judul", [], "Judul"],
    [title, "ab", ["validation.tooShort"], undefined],
    [title, "dua\nbaris", [CONTROL_MESSAGE], undefined],
    [title, "a\tb c", [CONTROL_MESSAGE], undefined],
    [title, "\u0000\u0000\u0000", [CONTROL_MESSAGE], undefined],
  ])("%#: refuses with the field's message, or trims", (schema, value, expected, output) => {
    const r = schema.safeParse(value);
    expect(messages(r)).toEqual(expected);
    if (r.success) expect(r.data).toBe(output);
  });

  it("refuses a megabyte without trouble, and non-strings with the required message", () => {
    expect(messages(comment.safeParse("a".repeat(1 << 20)))).toEqual(["validation.tooLong"]);
    expect(messages(comment.safeParse(42))).toEqual(["validation.required"]);
  });

  it("optionalText turns blank into null and still refuses control characters", () => {
    const o = optionalText({ max: 5 });
    expect(o.parse(undefined)).toBeNull();
    expect(o.parse("  ")).toBeNull();
    expect(messages(o.safeParse("\u0000"))).toEqual([CONTROL_MESSAGE]);
  });
});

describe("date() and localDateTime()", () => {
  it.each([
    ["2026-03-01", null, "2026-02-28T17:00:00.000Z"],
    ["2000-01-01", null, "1999-12-31T17:00:00.000Z"],
    ["2100-12-31", null, "2100-12-30T17:00:00.000Z"],
    ["0000-01-01", DATE_RANGE_MESSAGE, null],
    ["1999-12-31", DATE_RANGE_MESSAGE, null],
    ["9999-12-31", DATE_RANGE_MESSAGE, null],
    ["2101-01-01", DATE_RANGE_MESSAGE, null],
    ["2026-02-31", "validation.invalidDate", null],
    ["2026-13-01", "validation.invalidDate", null],
    ["01-03-2026", "validation.invalidDate", null],
    ["2026-03-01\u0000", "validation.invalidDate", null],
    ["", "validation.invalidDate", null],
  ])("date %j", (value, message, iso) => {
    const r = date().safeParse(value);
    expect(messages(r)).toEqual(message ? [message] : []);
    if (r.success) expect(r.data.toISOString()).toBe(iso);
  });

  it.each([
    ["2026-03-01T08:30", null, "2026-03-01T01:30:00.000Z"],
    ["0000-01-01T00:00", DATE_RANGE_MESSAGE, null],
    ["9999-12-31T23:59", DATE_RANGE_MESSAGE, null],
    ["+275760-09-13T00:00", "validation.invalidDate", null],
    ["2026-03-01T24:00", "validation.invalidDate", null],
    ["2026-02-30T08:00", "validation.invalidDate", null],
    ["2026-03-01", "validation.invalidDate", null],
  ])("localDateTime %j", (value, message, iso) => {
    const r = localDateTime().safeParse(value);
    expect(messages(r)).toEqual(message ? [message] : []);
    if (r.success) expect(r.data.toISOString()).toBe(iso);
  });

  it("reads the wall clock in the region's zone", () => {
    expect(localDateTime("WITA").parse("2026-03-01T08:00").toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(localDateTime("WIT").parse("2026-03-01T08:00").toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(date("WITA").parse("2027-01-01").toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("wallClock() checks like localDateTime() and keeps the text", () => {
    expect(wallClock().parse(" 2026-03-01T08:00 ")).toBe("2026-03-01T08:00");
    expect(messages(wallClock().safeParse("2026-02-30T08:00"))).toEqual(["validation.invalidDate"]);
    expect(messages(wallClock().safeParse("9999-12-31T23:59"))).toEqual([DATE_RANGE_MESSAGE]);
  });
});

describe("isoDate()", () => {
  it.each([
    ["2026-03-01", []],
    ["0000-01-01", [DATE_RANGE_MESSAGE]],
    ["9999-12-31", [DATE_RANGE_MESSAGE]],
    ["2026-02-30", ["validation.invalidDate"]],
    ["kemarin", ["validation.invalidDate"]],
  ])("%s keeps its string or is refused", (value, expected) => {
    const r = isoDate().safeParse(value);
    expect(messages(r)).toEqual(expected);
    if (r.success) expect(r.data).toBe(value);
  });
});

describe("controlCharacterPaths", () => {
  it("names the fields whose values hold a control character, at any depth", () => {
    expect(
      controlCharacterPaths({
        title: "ok",
        patch: { title: "a\u0000", list: ["fine", "b\u007f"] },
        comment: "baris\nbaru",
      }),
    ).toEqual(["patch.list.1", "patch.title"]);
  });

  it("reports a key that holds one as '_', and ignores numbers, files and nulls", () => {
    expect(controlCharacterPaths({ "a\u0000": "x", n: 1, f: new Blob(["\u0000"]), z: null })).toEqual(["_"]);
  });

  it("gives up (null, refused as a whole) on very deep or very wide input", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    expect(controlCharacterPaths(deep)).toBeNull();
    expect(controlCharacterPaths(Array.from({ length: 50_000 }, () => "x"))).toBeNull();
    expect(controlCharacterPaths({ a: "x", b: ["y"] })).toEqual([]);
  });
});
