import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkValues, reviewScore, scoreSorted } from "./review";
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

describe("checkValues", () => {
  it("reports the first problem in code order, whatever the key order", () => {
    const forward = { A: 5, B: 9, C: 99 };
    const backward = { C: 99, B: 9, A: 5 };
    // B = 9 is outside 1–3 and C = 99 outside 0–4: B comes first in code order either way.
    for (const values of [forward, backward]) {
      expect(() => checkValues(CRITERIA, values, "here")).toThrow(
        'here: value 9 for "B" is outside its scale 1–3',
      );
    }
    expect(() => checkValues(CRITERIA, { Z: 1, A: 0 }, "here")).toThrow('here: value 0 for "A"');
  });

  it("accepts valid values, empty ones included", () => {
    expect(() => checkValues(CRITERIA, { C: null, A: 10, B: undefined }, "here")).not.toThrow();
  });

  it("checks a large rubric the same way", () => {
    const many: CriterionDef[] = Array.from({ length: 40 }, (_, i) => ({
      code: `K${String(i).padStart(2, "0")}`,
      name: `K${i}`,
      weight: 1,
      scaleMin: 1,
      scaleMax: 3,
      required: true,
    }));
    expect(() => checkValues(many, { K39: 3, K05: 1 }, "x")).not.toThrow();
    expect(() => checkValues(many, { K39: 4, K05: 0 }, "x")).toThrow('x: value 0 for "K05"');
    expect(() => checkValues(many, { K99: 1 }, "x")).toThrow('x: unknown criterion code "K99"');
  });
});

describe("scoreSorted", () => {
  it("gives exactly reviewScore's result on criteria sorted by code", () => {
    const value = (lo: number, hi: number) =>
      fc.option(fc.oneof(fc.integer({ min: lo, max: hi }), fc.double({ min: lo, max: hi, noNaN: true })), {
        nil: null,
      });
    fc.assert(
      fc.property(
        fc.record({ A: value(1, 10), B: value(1, 3), C: value(0, 4) }),
        fc.boolean(),
        (values, allOptional) => {
          const criteria = allOptional ? CRITERIA.map((c) => ({ ...c, required: false })) : CRITERIA;
          expect(scoreSorted(criteria, values)).toEqual(reviewScore(criteria, values));
          expect(JSON.stringify(scoreSorted(criteria, values))).toBe(
            JSON.stringify(reviewScore(criteria, values)),
          );
        },
      ),
    );
  });
});
