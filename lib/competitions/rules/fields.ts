// Zod building blocks for admin forms: accept what inputs send ("70,5", "on", "") and report i18n keys.
import { z } from "zod";
import { line } from "@/lib/validation/text";
import type { Problem } from "./stages";

export const MESSAGES = {
  required: "validation.required",
  tooShort: "validation.tooShort",
  tooLong: "validation.tooLong",
  invalidChoice: "validation.invalidChoice",
  notANumber: "competitions.rules.notANumber",
  integer: "competitions.rules.integer",
  tooManyDecimals: "competitions.rules.tooManyDecimals",
} as const;
const M = MESSAGES;

// Comma or dot decimals. No thousands separators: "1.000" would be 1 or 1000 depending on who typed it,
// so a fraction longer than the field allows is refused instead of guessed.
const NUMERIC = /^([+-]?\d+)(?:[.,](\d+))?$/;

interface NumberOptions {
  min: number;
  max: number;
  /** 0 for integers. */
  decimals: number;
  /** i18n key shown when the value is outside min–max. */
  range: string;
  /** Reject min itself (weights must be > 0). */
  exclusiveMin?: boolean;
  /** What an empty input means: required (default), or this value. */
  blank?: number | null;
}

function parse(v: string | number, o: NumberOptions): number | string {
  const wrongShape = o.decimals === 0 ? M.integer : M.tooManyDecimals;
  let n: number;
  if (typeof v === "string") {
    const m = NUMERIC.exec(v.trim());
    if (!m) return o.decimals === 0 && /^[+-]?[\d.,]+$/.test(v.trim()) ? M.integer : M.notANumber;
    if ((m[2]?.length ?? 0) > o.decimals) return wrongShape;
    n = Number(m[2] ? `${m[1]}.${m[2]}` : m[1]);
  } else {
    if (!Number.isFinite(v)) return M.notANumber;
    const scaled = v * 10 ** o.decimals;
    if (Math.abs(scaled - Math.round(scaled)) > 1e-6) return wrongShape;
    n = v;
  }
  if (n < o.min || n > o.max || (o.exclusiveMin && n === o.min)) return o.range;
  return n;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** A number from a number or a form string; issues carry the field's own message keys. */
export function numberField(
  o: NumberOptions & { blank: null },
): z.ZodType<number | null, string | number | null | undefined>;
export function numberField(o: NumberOptions): z.ZodType<number, string | number | null | undefined>;
export function numberField(o: NumberOptions): z.ZodType<number | null, string | number | null | undefined> {
  return z
    .union([z.number(), z.string(), z.null()], M.notANumber)
    .optional() // an absent key reaches the transform and gets "required", not zod's generic message
    .transform((v, ctx) => {
      if (isBlank(v)) {
        if (o.blank !== undefined) return o.blank;
        ctx.addIssue({ code: "custom", message: M.required, input: v });
        return z.NEVER;
      }
      const n = parse(v as string | number, o);
      if (typeof n === "number") return n;
      ctx.addIssue({ code: "custom", message: n, input: v, params: { min: o.min, max: o.max } });
      return z.NEVER;
    });
}

const BOOLEAN_STRINGS: Record<string, boolean> = {
  true: true,
  on: true,
  "1": true,
  false: false,
  off: false,
  "0": false,
};

/** A checkbox: an unchecked box is not sent at all, so absent means false unless told otherwise. */
export function booleanField(absent = false) {
  return z
    .union([z.boolean(), z.string()], M.invalidChoice)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return absent;
      if (typeof v === "boolean") return v;
      // Own keys only: "constructor" is not a yes or a no.
      const key = v.trim().toLowerCase();
      if (Object.hasOwn(BOOLEAN_STRINGS, key)) return BOOLEAN_STRINGS[key]!;
      ctx.addIssue({ code: "custom", message: M.invalidChoice, input: v });
      return z.NEVER;
    });
}

export const textField = (min: number, max: number) =>
  line({ min, max, required: M.required, tooShort: M.tooShort, tooLong: M.tooLong });

/** Upper-cased code of A–Z, 0–9, "_" and "-". */
export const codeField = (min: number, max: number, message: string) =>
  z
    .string(M.required)
    .trim()
    .toUpperCase()
    .regex(new RegExp(`^[A-Z0-9_-]{${min},${max}}$`), message);

// ───────────── Cross-field rules next to field errors ─────────────

export type Path = readonly (string | number)[];
const startsWith = (a: Path, b: Path) => b.length <= a.length && b.every((x, i) => a[i] === x);

/**
 * Which values already failed their own checks. A cross-field rule reading such a value is skipped: the value
 * is unusable and its field is already marked. `value(path)`: the field, something inside it, or a container
 * of it failed; `container(path)`: the path itself or a container of it failed.
 */
export function failures(failed: readonly Path[]) {
  return {
    value: (path: Path) => failed.some((f) => startsWith(f, path) || startsWith(path, f)),
    container: (path: Path) => failed.some((f) => startsWith(path, f)),
  };
}

/**
 * Runs `rules` after the field checks, even when some failed, so the user sees every problem in one pass.
 * Problems become zod issues whose message is the i18n key and whose path is the dotted path split back up.
 */
export function crossFieldRefinement<T>(rules: (value: T, failed: Path[]) => Problem[]) {
  return [
    (value: T, ctx: z.RefinementCtx<T>) => {
      const failed = ctx.issues.map((i) => (i.path ?? []) as Path);
      if (failed.some((f) => f.length === 0)) return; // not even the right shape
      for (const p of rules(value, failed)) {
        const path = p.path.split(".").map((x) => (/^\d+$/.test(x) ? Number(x) : x));
        ctx.addIssue({ code: "custom", path, message: p.code, input: undefined, params: p.params });
      }
    },
    { when: () => true },
  ] as const;
}
