// Building blocks of every schema that takes text or dates from a person: one refusal of control characters, one
// range of dates, one way to bound lengths. PostgreSQL refuses NUL in text (error 22021) and pages cannot show a
// year 10000, so both are refused here, with a message, before anything reaches the database.
import { z } from "zod";
import { DEFAULT_ZONE, parseInZone, type RegionZone } from "@/lib/time/zones";

export const CONTROL_MESSAGE = "validation.controlChars";
export const DATE_RANGE_MESSAGE = "validation.dateRange";

/**
 * C0 controls other than TAB, LF and CR; DEL; U+FFFD (what a decoder leaves of invalid UTF-8); a lone surrogate
 * (\p{Cs} matches only unpaired halves under the u flag).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]|\p{Cs}/u;
/** A single line refuses TAB, LF and CR as well. */
const LINE_CONTROL = /[\u0000-\u001F\u007F\uFFFD]|\p{Cs}/u;

export function hasControlCharacters(s: string): boolean {
  return CONTROL.test(s);
}

type Messages = { required?: string; tooShort?: string; tooLong?: string };
type TextOptions = Messages & { min?: number; max: number };

function bounded(pattern: RegExp, o: TextOptions) {
  const required = o.required ?? "validation.required";
  let s = z.string(required).trim();
  // At least one character is "required"; a longer minimum is "too short".
  if (o.min) s = s.min(o.min, o.tooShort ?? (o.min === 1 ? required : "validation.tooShort"));
  return s.max(o.max, o.tooLong ?? "validation.tooLong").refine((v) => !pattern.test(v), CONTROL_MESSAGE);
}

/** Free text over several lines (a reason, a comment): trimmed, at most `max` characters, no control characters. */
export const text = (o: TextOptions) => bounded(CONTROL, o);

/** One line (a name, a title): as text(), and TAB, LF and CR are refused too. */
export const line = (o: TextOptions) => bounded(LINE_CONTROL, o);

/** Optional text: absent or blank becomes null. */
export const optionalText = (o: Omit<TextOptions, "min">) =>
  text(o)
    .optional()
    .transform((v) => (v ? v : null));

/** Optional line: absent or blank becomes null. */
export const optionalLine = (o: Omit<TextOptions, "min">) =>
  line(o)
    .optional()
    .transform((v) => (v ? v : null));

/** Every date a person enters lies in these years: far enough for any programme, near enough for every page. */
export const DATE_RANGE = { minYear: 2000, maxYear: 2100 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether y-m-d h:min names a real moment of the calendar (no 31 February, no 24:00). */
function realDate(y: number, m: number, d: number, h = 0, min = 0): boolean {
  const t = new Date(Date.UTC(y, m - 1, d, h, min));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === m - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === min
  );
}

/** A date or datetime-local text in DATE_RANGE that exists on the calendar, trimmed. */
function wallClockSchema(pattern: RegExp) {
  return z.string("validation.invalidDate").transform((v, ctx) => {
    const m = pattern.exec(v.trim());
    const [y, mo, d, h, min] = (m?.slice(1) ?? []).map(Number) as number[];
    const message = !m
      ? "validation.invalidDate"
      : !inRange(y!)
        ? DATE_RANGE_MESSAGE
        : realDate(y!, mo!, d!, h ?? 0, min ?? 0)
          ? null
          : "validation.invalidDate";
    if (message) {
      ctx.addIssue({ code: "custom", message, input: v });
      return z.NEVER;
    }
    return v.trim();
  });
}

/**
 * A calendar date "YYYY-MM-DD" from <input type="date">, in DATE_RANGE, as the start of that day in the region's
 * `zone` (WIB unless told).
 */
export const date = (zone: RegionZone = DEFAULT_ZONE) =>
  wallClockSchema(DATE).transform((v) => parseInZone(v, zone)!);

/** "YYYY-MM-DDTHH:mm" from <input type="datetime-local">: wall-clock time in the region's `zone` (WIB unless told). */
export const localDateTime = (zone: RegionZone = DEFAULT_ZONE) =>
  wallClockSchema(DATE_TIME).transform((v) => parseInZone(v, zone)!);

/**
 * "YYYY-MM-DDTHH:mm" from <input type="datetime-local">, checked and kept as text, for a form whose region (and so
 * whose zone) is known only once the record is loaded; lib/time/zones parseInZone turns it into an instant.
 */
export const wallClock = () => wallClockSchema(DATE_TIME);

/** An ISO date string "YYYY-MM-DD" in DATE_RANGE, kept as a string. */
export const isoDate = () =>
  z
    .string("validation.invalidDate")
    .refine((v) => DATE.test(v), { message: "validation.invalidDate", abort: true })
    .refine((v) => inRange(Number(v.slice(0, 4))), { message: DATE_RANGE_MESSAGE, abort: true })
    .refine((v) => {
      const [y, mo, d] = v.split("-").map(Number) as [number, number, number];
      return realDate(y, mo, d);
    }, "validation.invalidDate");

const inRange = (year: number) => year >= DATE_RANGE.minYear && year <= DATE_RANGE.maxYear;

const MAX_NODES = 10_000;
const MAX_DEPTH = 32;

/**
 * Where a control character hides in what a form or a client sent: the dotted paths of string values that hold
 * one, and "_" for a key that holds one. Walks iteratively with bounds, so a deep or huge input cannot exhaust the
 * stack: input beyond them (no form comes near) gives null, to be refused as a whole.
 */
export function controlCharacterPaths(input: unknown): string[] | null {
  const found = new Set<string>();
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  let visited = 0;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (++visited > MAX_NODES || path.length > MAX_DEPTH) return null;
    if (typeof value === "string") {
      if (CONTROL.test(value)) found.add(path.join(".") || "_");
    } else if (Array.isArray(value)) {
      value.forEach((v: unknown, i) => stack.push({ value: v, path: [...path, String(i)] }));
    } else if (isPlainRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (CONTROL.test(k)) found.add("_");
        else stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return [...found].sort();
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
