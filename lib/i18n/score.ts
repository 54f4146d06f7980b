import { formatScore } from "@/lib/scoring/numeric";

/**
 * Scores in the reader's locale ("87,35" in Bahasa Indonesia, "87.35" in English) with the engine's display
 * rounding (two decimals, half away from zero): the rounded value has two decimals, so Intl only changes the marks.
 */
export function scoreFormatter(locale: string) {
  const nf = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (x: number | null | undefined) =>
    x === null || x === undefined ? "–" : nf.format(Number(formatScore(x)));
}
