import { z } from "zod";

/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, yyyymmdd of birth, yyyymm of appointment (TMT CPNS),
 * gender (1 man, 2 woman) and a three-digit serial. Written with spaces, dots or dashes between the groups
 * ("19850101 201001 1 005"); stored as the 18 digits. Returns null when it is not plausibly a NIP.
 */
export function normalizeNip(input: string): string | null {
  const digits = input.trim().replace(/[\s.\-]/g, "");
  if (!/^\d{18}$/.test(digits)) return null;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    birth.getUTCFullYear() !== year ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day
  ) {
    return null;
  }
  const tmtYear = Number(digits.slice(8, 12));
  const tmtMonth = Number(digits.slice(12, 14));
  if (tmtYear < year + 14 || tmtYear > 2100 || tmtMonth < 1 || tmtMonth > 12) return null;
  if (digits[14] !== "1" && digits[14] !== "2") return null;
  return digits;
}

export const NIP_MESSAGE = "validation.nip";

/** A required NIP, normalised to its 18 digits. */
export const nipSchema = z.string().transform((value, ctx) => {
  const nip = normalizeNip(value);
  if (nip === null) {
    ctx.addIssue({ code: "custom", message: NIP_MESSAGE });
    return z.NEVER;
  }
  return nip;
});

/** An optional NIP: blank becomes null. */
export const optionalNipSchema = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v : undefined))
  .pipe(z.union([z.undefined(), nipSchema]))
  .transform((v) => v ?? null);
