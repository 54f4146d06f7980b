import type { Statistics } from "./tables";

/**
 * Every year from the first to the last with an approved innovation; a year in between with
 * none is a year of 0 %, not a missing one (unless the span is implausibly long).
 */
export function complianceSeries(
  rows: readonly { year: number; met: number }[],
  total: number,
): Statistics["compliance"] {
  if (rows.length === 0) return [];
  const met = new Map(rows.map((r) => [r.year, r.met]));
  const first = Math.min(...met.keys());
  const last = Math.max(...met.keys());
  const years =
    last - first <= 50
      ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
      : [...met.keys()].sort((a, b) => a - b);
  return years.map((year) => {
    const m = met.get(year) ?? 0;
    return { year, met: m, total, rate: total ? m / total : 0 };
  });
}
