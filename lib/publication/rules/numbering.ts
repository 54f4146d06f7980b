// Numbers of the official documents (berita acara, piagam) from a pattern the secretariat sets in the region's
// profile, e.g. "000.9/{nomor}/ORG/{tahun}" → "000.9/012/ORG/2026". Pure: the sequence itself is kept in the
// database (DocumentSequence) and assigned once, at publication.
export const DEFAULT_MINUTES_PATTERN = "000.9/{nomor}/BA-INOV/{tahun}";
export const DEFAULT_CERTIFICATE_PATTERN = "000.9/{nomor}/PGH-INOV/{tahun}";

/** The placeholders a pattern may use; {nomor} is required, exactly once. */
const PLACEHOLDERS = ["nomor", "tahun", "bulan"] as const;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** Why a pattern is unusable, as a message key, or null when it is fine. */
export function patternProblem(pattern: string): string | null {
  if (pattern.length > 80) return "region.numberPatternTooLong";
  const names = [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  if (names.some((n) => !(PLACEHOLDERS as readonly string[]).includes(n)))
    return "region.numberPatternUnknown";
  // Braces left over after the placeholders are typing mistakes ("{nomor" or "tahun}").
  if (/[{}]/.test(pattern.replace(/\{(nomor|tahun|bulan)\}/g, ""))) return "region.numberPatternUnknown";
  if (names.filter((n) => n === "nomor").length !== 1) return "region.numberPatternNeedsSequence";
  // What a Tata Naskah Dinas number is made of: letters, digits and the separators . / - _ and spaces.
  if (!/^[\p{L}\p{N}./\-_ {}]+$/u.test(pattern)) return "region.numberPatternCharacters";
  return null;
}

/** The number for the `sequence`-th document of its kind in `year`, issued in `month` (1–12). */
export function formatDocumentNumber(
  pattern: string,
  { sequence, year, month }: { sequence: number; year: number; month: number },
): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return pattern.replace(/\{(nomor|tahun|bulan)\}/g, (_, name: string) =>
    name === "nomor"
      ? String(sequence).padStart(3, "0")
      : name === "tahun"
        ? String(year)
        : ROMAN[month - 1]!,
  );
}
