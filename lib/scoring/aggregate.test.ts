import { describe, expect, it } from "vitest";
import { aggregate, disagreement, effectiveAggregation, zNormalize } from "./aggregate";
import type { EvaluatorScore } from "./types";

describe("aggregate", () => {
  it.each([
    // n < 4: trimmed mean falls back to the plain mean
    { scores: [70, 80, 90], mean: 80, median: 80, trimmed: 80 },
    // median = (70 + 80) / 2; trimmed drops 60 and 100 → (70 + 80) / 2
    { scores: [100, 60, 80, 70], mean: 77.5, median: 75, trimmed: 75 },
    // sorted 50 55 60 90 100: mean 355/5, median 60, trimmed (55 + 60 + 90) / 3
    { scores: [50, 90, 60, 100, 55], mean: 71, median: 60, trimmed: 205 / 3 },
    { scores: [42], mean: 42, median: 42, trimmed: 42 },
    { scores: [10, 20], mean: 15, median: 15, trimmed: 15 },
  ])("$scores", ({ scores, mean, median, trimmed }) => {
    expect(aggregate(scores, "MEAN")).toBeCloseTo(mean, 12);
    expect(aggregate(scores, "MEDIAN")).toBeCloseTo(median, 12);
    expect(aggregate(scores, "TRIMMED_MEAN")).toBeCloseTo(trimmed, 12);
  });

  it.each([
    [3, "TRIMMED_MEAN", "MEAN"],
    [4, "TRIMMED_MEAN", "TRIMMED_MEAN"],
    [2, "MEDIAN", "MEDIAN"],
  ] as const)("%i reviews with %s computes %s", (n, method, applied) => {
    expect(effectiveAggregation(n, method)).toBe(applied);
  });

  it("refuses to aggregate nothing", () => {
    expect(() => aggregate([], "MEAN")).toThrow(/no scores/);
  });

  it("is exact when every score agrees (no ulp drift from summing)", () => {
    const x = 100 / 3;
    for (const method of ["MEAN", "MEDIAN", "TRIMMED_MEAN"] as const) {
      expect(aggregate([x, x, x, x, x, x, x], method)).toBe(x);
    }
  });
});

describe("disagreement", () => {
  it.each([
    { scores: [70], expected: 0 },
    { scores: [70, 85.5, 60], expected: 25.5 },
  ])("$scores → $expected", ({ scores, expected }) => {
    expect(disagreement(scores)).toBe(expected);
  });
});

describe("zNormalize", () => {
  const ev = (evaluatorId: string, ...scores: number[]): EvaluatorScore[] =>
    scores.map((score) => ({ evaluatorId, score }));

  it("maps a harsh and a lenient evaluator onto the same scale", () => {
    // harsh: 40 40 60 60 (μₑ = 50, σₑ = 10); lenient: 60 60 80 80 (μₑ = 70, σₑ = 10)
    // all eight: μ = 60, σ² = mean of (20², 20², 0, 0, 0, 0, 20², 20²) = 200 → σ = √200
    // harsh 40 → 60 + √200·(40 − 50)/10 = 60 − √200 ≈ 45.858; lenient 60 → 60 + √200·(60 − 70)/10 = same
    const out = zNormalize([...ev("harsh", 40, 40, 60, 60), ...ev("lenient", 60, 60, 80, 80)]);
    const low = 60 - Math.sqrt(200);
    const high = 60 + Math.sqrt(200);
    expect(out.map((o) => o.adjusted)).toEqual(
      [low, low, high, high, low, low, high, high].map((x) => expect.closeTo(x, 9)),
    );
    expect(out.every((o) => o.applied)).toBe(true);
  });

  it("clamps to 0–100", () => {
    // a: 0 0 100 100 (μₑ 50, σₑ 50); b: 90 90 100 100 (μₑ 95, σₑ 5)
    // all: μ = 580/8 = 72.5; σ² = (2·72.5² + 4·27.5² + 2·17.5²)/8 = 14150/8 = 1768.75
    // a's 100 → 72.5 + √1768.75·(100 − 50)/50 = 72.5 + 42.06 = 114.56 → clamped to 100; b's 100 likewise
    // a's 0 → 72.5 + √1768.75·(0 − 50)/50 ≈ 30.44; b's 90 → 72.5 + √1768.75·(90 − 95)/5 = same
    const out = zNormalize([...ev("a", 0, 0, 100, 100), ...ev("b", 90, 90, 100, 100)]);
    const sigma = Math.sqrt(1768.75);
    expect(out.map((o) => o.adjusted)).toEqual(
      [72.5 - sigma, 72.5 - sigma, 100, 100, 72.5 - sigma, 72.5 - sigma, 100, 100].map((x) =>
        expect.closeTo(x, 9),
      ),
    );
  });

  it("leaves evaluators with fewer than 3 reviews or no spread as they are", () => {
    const out = zNormalize([
      ...ev("harsh", 40, 40, 60, 60),
      ...ev("lenient", 60, 60, 80, 80),
      ...ev("few", 10, 90),
      ...ev("flat", 30, 30, 30),
    ]);
    const kept = out.filter((o) => o.evaluatorId === "few" || o.evaluatorId === "flat");
    expect(kept.map((o) => [o.adjusted, o.applied])).toEqual([
      [10, false],
      [90, false],
      [30, false],
      [30, false],
      [30, false],
    ]);
  });

  it("returns results in input order whatever that order is", () => {
    const input = [...ev("a", 10, 50, 70), ...ev("b", 20, 30, 90)];
    const reversed = zNormalize([...input].reverse());
    expect(reversed.reverse()).toEqual(zNormalize(input));
  });
});
