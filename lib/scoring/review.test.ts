import { describe, expect, it } from "vitest";
import { reviewScore } from "./review";
import type { CriterionDef } from "./types";

// A: weight 2 on 1–10, B: weight 1 on a 1–3 level scale, C: optional, weight 1 on 0–4.
const CRITERIA: CriterionDef[] = [
  { code: "A", name: "Kebaruan", weight: 2, scaleMin: 1, scaleMax: 10, required: true },
  { code: "B", name: "Dampak", weight: 1, scaleMin: 1, scaleMax: 3, required: true },
  { code: "C", name: "Keberlanjutan", weight: 1, scaleMin: 0, scaleMax: 4, required: false },
];

describe("reviewScore", () => {
  it.each([
    // (2·(10−1)/9 + 1·(3−1)/2 + 1·(4−0)/4) / 4 × 100 = (2 + 1 + 1) / 4 × 100
    { values: { A: 10, B: 3, C: 4 }, expected: 100 },
    // every value at its minimum
    { values: { A: 1, B: 1, C: 0 }, expected: 0 },
    // 4.5/9 = 0.5, 1/2 = 0.5, 2/4 = 0.5 → 50
    { values: { A: 5.5, B: 2, C: 2 }, expected: 50 },
    // C empty leaves both sums: (2·6/9 + 1·2/2) / (2 + 1) × 100 = (4/3 + 1) / 3 × 100 = 77.777…
    { values: { A: 7, B: 3, C: null }, expected: 700 / 9 },
    // C absent is the same as empty
    { values: { A: 7, B: 3 }, expected: 700 / 9 },
    // (2·3/9 + 1·0/2 + 1·3/4) / 4 × 100 = (2/3 + 3/4) / 4 × 100 = 35.41666…
    { values: { A: 4, B: 1, C: 3 }, expected: ((2 / 3 + 3 / 4) / 4) * 100 },
  ])("$values → $expected", ({ values, expected }) => {
    const result = reviewScore(CRITERIA, values);
    expect(result.complete).toBe(true);
    if (result.complete) expect(result.score).toBeCloseTo(expected, 12);
  });

  it("shows each criterion's contribution in points (A=7, B=3, C empty)", () => {
    const result = reviewScore(CRITERIA, { A: 7, B: 3 });
    const parts = result.criteria.map((p) => [p.code, p.normalized, p.contribution]);
    // A: 2·(6/9)/3 × 100 = 44.44…, B: 1·1/3 × 100 = 33.33…, C left out
    expect(parts).toEqual([
      ["A", 6 / 9, expect.closeTo(400 / 9, 12)],
      ["B", 1, expect.closeTo(100 / 3, 12)],
      ["C", null, null],
    ]);
  });

  it.each([
    { values: { A: 7, C: 2 }, missing: ["B"] },
    { values: { A: null, B: undefined, C: 2 }, missing: ["A", "B"] },
    { values: {}, missing: ["A", "B"] },
  ])("a review missing a required value is incomplete, not zero: $values", ({ values, missing }) => {
    expect(reviewScore(CRITERIA, values)).toMatchObject({
      complete: false,
      reason: "MISSING_REQUIRED",
      missing,
    });
  });

  it("a review with only empty optional criteria is incomplete", () => {
    const optional = CRITERIA.map((c) => ({ ...c, required: false }));
    expect(reviewScore(optional, { A: null })).toMatchObject({ complete: false, reason: "NO_VALUES" });
  });

  it("does not depend on the order of criteria", () => {
    const reversed = [...CRITERIA].reverse();
    expect(reviewScore(reversed, { A: 4, B: 1, C: 3 })).toEqual(reviewScore(CRITERIA, { C: 3, B: 1, A: 4 }));
  });

  it.each([
    { values: { A: 11, B: 1 }, message: /outside its scale 1–10/ },
    { values: { A: 0.5, B: 1 }, message: /outside its scale/ },
    { values: { A: 5, B: 1, Z: 1 }, message: /unknown criterion code "Z"/ },
    { values: { A: Number.NaN, B: 1 }, message: /finite number/ },
  ])("rejects $values", ({ values, message }) => {
    expect(() => reviewScore(CRITERIA, values)).toThrow(message);
  });
});
