// NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, written by people in groups ("19850101 201001 1 005":
// date of birth, year and month of appointment (TMT CPNS), sex, sequence number). Accepted as written, with
// spaces, dots or dashes between the groups, and kept as the 18 digits.
import { z } from "zod";

const NIP_MESSAGE = "validation.nip";
const NIP_STRUCTURE_MESSAGE = "validation.nipStructure";

/** The digits of a NIP as people write it: spaces, dots and dashes dropped; anything else is kept (and refused). */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.\-]/g, "");
}

function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Why 18 digits are no NIP, as a message key, or null when they are one: a real date of birth, an appointment
 * month after it (at 17 at the earliest), the sex digit 1 or 2, a sequence number from 001.
 */
export function nipProblem(digits: string): string | null {
  if (!/^\d{18}$/.test(digits)) return NIP_MESSAGE;
  const n = (from: number, to: number) => Number(digits.slice(from, to));
  const [birthYear, birthMonth, birthDay] = [n(0, 4), n(4, 6), n(6, 8)];
  const [tmtYear, tmtMonth, sex, seq] = [n(8, 12), n(12, 14), n(14, 15), n(15, 18)];
  const ok =
    birthYear >= 1900 &&
    realDay(birthYear, birthMonth, birthDay) &&
    tmtMonth >= 1 &&
    tmtMonth <= 12 &&
    tmtYear >= birthYear + 17 &&
    tmtYear <= 2100 &&
    (sex === 1 || sex === 2) &&
    seq >= 1;
  return ok ? null : NIP_STRUCTURE_MESSAGE;
}

const checked = z
  .string(NIP_MESSAGE)
  .transform(normalizeNip)
  .superRefine((v, ctx) => {
    const problem = nipProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: v });
  });

/** A required NIP: 18 digits as stored, whatever grouping was typed. */
export const nip = () => z.string(NIP_MESSAGE).trim().min(1, "validation.required").pipe(checked);

/** An optional NIP: absent or blank becomes null. */
export const optionalNip = () =>
  z
    .string(NIP_MESSAGE)
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(checked.nullable());

/** "198501012010011005" as people read it: "19850101 201001 1 005". */
export function formatNip(digits: string): string {
  return /^\d{18}$/.test(digits)
    ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`
    : digits;
}

/** The 18 digits of a NIP as written, or null when it is no NIP (see nipProblem for why). */
export function parseNip(written: string): string | null {
  const digits = normalizeNip(written.trim());
  return nipProblem(digits) === null ? digits : null;
}
