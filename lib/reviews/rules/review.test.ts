import { describe, expect, it } from "vitest";
import {
  checkScoreValues,
  daysLeft,
  evaluatorNumbers,
  finalScore,
  inputKind,
  liveScore,
  missingRequired,
  parseQueueFilter,
  progressStatus,
  scaleAverage,
  scalePoints,
  type RubricCriterion,
} from "./review";

const rubric: RubricCriterion[] = [
  { id: "c1", code: "K1", name: "Kebaruan", weight: 30, scaleMin: 1, scaleMax: 5, required: true },
  { id: "c2", code: "K2", name: "Dampak", weight: 40, scaleMin: 1, scaleMax: 10, required: true },
  { id: "c3", code: "K3", name: "Keberlanjutan", weight: 30, scaleMin: 1, scaleMax: 10, required: true },
  { id: "c4", code: "K4", name: "Tambahan", weight: 10, scaleMin: 0, scaleMax: 100, required: false },
];

describe("review rules", () => {
  it("reports every value outside its scale and every unknown criterion", () => {
    expect(checkScoreValues(rubric, { c1: 5, c2: 1, c4: 0 })).toEqual({ unknown: [], outOfScale: [] });
    const p = checkScoreValues(rubric, { c1: 6, c2: 0, c3: null, c4: Number.NaN, zz: 3 });
    expect(p.unknown).toEqual(["zz"]);
    expect(p.outOfScale.map((c) => c.code)).toEqual(["K1", "K2", "K4"]);
  });

  it("lists the empty required criteria in rubric order, ignoring optional ones", () => {
    expect(missingRequired(rubric, { c2: 3, c4: null }).map((c) => c.code)).toEqual(["K1", "K3"]);
    expect(missingRequired(rubric, { c1: 1, c2: 1, c3: 1 })).toEqual([]);
  });

  it("computes the engine's review score live, provisional until every required criterion is filled", () => {
    expect(liveScore(rubric, {})).toEqual({ score: null, complete: false, scored: 0, total: 4 });
    // Only K1 = 4 on 1–5: 0.75 over the criteria scored so far.
    const partial = liveScore(rubric, { c1: 4 });
    expect(partial).toMatchObject({ complete: false, scored: 1, total: 4 });
    expect(partial.score).toBeCloseTo(75, 9);
    expect(finalScore(rubric, { c1: 4 })).toBeNull();
    // (0.75·30 + 1·40 + 0·30) / 100
    const full = liveScore(rubric, { c1: 4, c2: 10, c3: 1 });
    expect(full.complete).toBe(true);
    expect(full.score).toBeCloseTo(62.5, 9);
    // The optional K4 joins the weights when filled: (22.5 + 40 + 0 + 0.5·10) / 110
    expect(finalScore(rubric, { c1: 4, c2: 10, c3: 1, c4: 50 })).toBeCloseTo((67.5 / 110) * 100, 9);
    // An out-of-scale value (refused by the server) does not break the live score.
    expect(liveScore(rubric, { c1: 9 }).score).toBeNull();
  });

  it("derives the progress status", () => {
    expect(progressStatus(null, 0)).toBe("notStarted");
    expect(progressStatus({ locked: false, overallComment: "  " }, 0)).toBe("notStarted");
    expect(progressStatus({ locked: false, overallComment: "Catatan" }, 0)).toBe("inProgress");
    expect(progressStatus({ locked: false, overallComment: "" }, 2)).toBe("inProgress");
    expect(progressStatus({ locked: true, overallComment: "" }, 4)).toBe("submitted");
  });

  it("picks the input for a scale", () => {
    expect(inputKind({ scaleMin: 1, scaleMax: 5 })).toBe("radio");
    expect(inputKind({ scaleMin: 0, scaleMax: 5 })).toBe("radio");
    expect(inputKind({ scaleMin: 1, scaleMax: 10 })).toBe("select");
    expect(inputKind({ scaleMin: 0, scaleMax: 100 })).toBe("number");
    expect(scalePoints({ scaleMin: 1, scaleMax: 5 })).toEqual([1, 2, 3, 4, 5]);
  });

  it("numbers evaluators by id, whatever the order", () => {
    expect([...evaluatorNumbers(["b", "a", "c", "a"])]).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
  });

  it("parses the queue filter and counts days left", () => {
    expect(parseQueueFilter("submitted")).toBe("submitted");
    expect(parseQueueFilter(["inProgress"])).toBe("inProgress");
    expect(parseQueueFilter("x")).toBe("all");
    expect(parseQueueFilter(undefined)).toBe("all");
    const now = new Date("2026-03-01T08:00:00Z");
    expect(daysLeft(new Date("2026-03-01T10:00:00Z"), now)).toBe(1);
    expect(daysLeft(new Date("2026-03-04T08:00:00Z"), now)).toBe(3);
    expect(daysLeft(new Date("2026-03-01T07:00:00Z"), now)).toBeLessThanOrEqual(0);
  });
});

describe("scaleAverage", () => {
  const five: RubricCriterion[] = [
    { id: "a", code: "A", name: "A", weight: 5, scaleMin: 1, scaleMax: 5, required: true },
    { id: "b", code: "B", name: "B", weight: 2, scaleMin: 1, scaleMax: 5, required: true },
    { id: "c", code: "C", name: "C", weight: 3, scaleMin: 1, scaleMax: 5, required: false },
  ];

  it("is the unweighted mean of the values given, on the rubric's own scale", () => {
    expect(scaleAverage(five, { a: 4, b: 3, c: 5 })).toEqual({ mean: 4, scaleMin: 1, scaleMax: 5, count: 3 });
    // Weights do not move it, although they move the 0–100 score.
    expect(scaleAverage(five, { a: 5, b: 1 })?.mean).toBe(3);
    expect(liveScore(five, { a: 5, b: 1 }).score).toBeCloseTo(((5 * 1 + 2 * 0) / 7) * 100, 9);
  });

  it("skips empty values and values outside the scale", () => {
    expect(scaleAverage(five, { a: 4, b: null, c: 9 })).toEqual({
      mean: 4,
      scaleMin: 1,
      scaleMax: 5,
      count: 1,
    });
  });

  it("is null before anything is scored, and when criteria use different scales", () => {
    expect(scaleAverage(five, {})).toBeNull();
    expect(scaleAverage(rubric, { c1: 4, c2: 8 })).toBeNull();
    expect(scaleAverage([], {})).toBeNull();
  });
});
