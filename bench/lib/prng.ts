// Small seeded PRNG (mulberry32) so every bench run works on the same data. Not for anything secret.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Roughly normal (sum of four uniforms), mean 0, standard deviation ≈ sd. */
  normal(sd: number): number;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    // Irwin–Hall with n = 4 has variance 4/12; scale to the requested sd.
    normal: (sd) => (next() + next() + next() + next() - 2) * sd * Math.sqrt(3),
  };
}
