// Small numeric helpers shared by the engine. Determinism matters more than speed here.

/**
 * Integer key of x rounded to 9 decimals. Comparing keys instead of raw floats makes two totals that differ only
 * by summation noise (e.g. 69.99999999999999 vs 70) count as equal.
 */
export function key9(x: number): number {
  return Math.round(x * 1e9);
}

/** Code-unit string order, independent of locale and runtime. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareIds(key(a), key(b));
}

/** Sorts a list of numbers in place, ascending, and returns it. */
function sortAscending(out: number[]): number[] {
  // A panel gives a handful of scores: a stable insertion sort gives the same order as the stable
  // Array#sort with (a, b) => a - b (equal values, 0 and -0 included, keep their order) without its overhead.
  if (out.length > 16) return out.sort((a, b) => a - b);
  for (let i = 1; i < out.length; i++) {
    const x = out[i] as number;
    let j = i - 1;
    while (j >= 0 && (out[j] as number) - x > 0) {
      out[j + 1] = out[j] as number;
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

export function ascending(xs: readonly number[]): number[] {
  return sortAscending(xs.slice());
}

/**
 * Mean computed as smallest + mean of deviations, summed in ascending order: the result does not depend on the
 * input order, and it is exactly x when every value equals x (a plain sum / n may be off by one ulp).
 */
export function mean(xs: readonly number[]): number {
  return meanOfSorted(ascending(xs));
}

/** mean() of a list the caller owns: sorts it in place instead of copying it. */
export function meanInPlace(xs: number[]): number {
  return meanOfSorted(sortAscending(xs));
}

/** mean() of a list already in ascending order. */
export function meanOfSorted(sorted: readonly number[]): number {
  const base = sorted[0];
  if (base === undefined) throw new Error("mean of an empty list");
  let deviations = 0;
  for (let i = 0; i < sorted.length; i++) deviations += (sorted[i] as number) - base;
  return base + deviations / sorted.length;
}

/** Population standard deviation. */
export function stdDev(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Display-only rounding to 2 decimals, half away from zero. Works on the 9-decimal string in integer arithmetic
 * so 1.005 shows as "1.01" (Number#toFixed would print "1.00" because 1.005 is stored as 1.00499…).
 */
export function formatScore(x: number): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e12) return x.toFixed(2);
  const units = BigInt(Math.abs(x).toFixed(9).replace(".", ""));
  const hundredths = (units + 5_000_000n) / 10_000_000n;
  const digits = hundredths.toString().padStart(3, "0");
  const sign = x < 0 && hundredths !== 0n ? "-" : "";
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
