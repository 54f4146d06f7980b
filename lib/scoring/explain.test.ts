import { describe, expect, it } from "vitest";
import { computeRanking, explainEntry } from "./index";
import { competition, entry, PRESENTATION, scored } from "./testkit";
import type { CompetitionInput, CriterionDef } from "./types";

const DESK_CRITERIA: CriterionDef[] = [
  { code: "A", name: "Kebaruan", weight: 2, scaleMin: 1, scaleMax: 10, required: true },
  { code: "B", name: "Dampak", weight: 1, scaleMin: 1, scaleMax: 3, required: true },
  { code: "C", name: "Keberlanjutan", weight: 1, scaleMin: 0, scaleMax: 4, required: false },
];

const INPUT: CompetitionInput = competition({
  aggregation: "TRIMMED_MEAN",
  stages: [{ kind: "DESK", weight: 70, criteria: DESK_CRITERIA }, PRESENTATION],
  entries: [entry("p", { title: "Sistem Antrean Puskesmas" })],
  reviews: [
    // 700/9 = 77.77… (see review.test.ts)
    { entryId: "p", stage: "DESK", evaluatorId: "alpha", values: { A: 7, B: 3 } },
    // 17/48 × 100 = 35.41…
    { entryId: "p", stage: "DESK", evaluatorId: "mid", values: { A: 4, B: 1, C: 3 } },
    // B missing → incomplete, not counted
    { entryId: "p", stage: "DESK", evaluatorId: "omega", values: { A: 5 } },
    scored("p", "PRESENTATION", "mid", 80),
    scored("p", "PRESENTATION", "zeta", 90),
  ],
});

// desk = (700/9 + 1700/48) / 2 (two reviews: trimmed mean falls back to mean); presentation = 85
const DESK_SCORE = (700 / 9 + 1700 / 48) / 2;

describe("explainEntry", () => {
  const ex = explainEntry(INPUT, "p");

  it("summarises desk and final results", () => {
    expect(ex.desk).toEqual({
      score: expect.closeTo(DESK_SCORE, 12),
      rank: 1,
      passed: false, // 56.6 < 60
      shortlisted: false,
      shortlistVia: null,
      tieBreak: null,
    });
    expect(ex.final).toBeNull();
    expect(ex.title).toBe("Sistem Antrean Puskesmas");
  });

  it("labels evaluators by sorted id within the entry, the same label across stages", () => {
    // alpha, mid, omega, zeta → Penilai 1…4; mid is Penilai 2 in both stages
    const [desk, pres] = ex.stages;
    expect(desk?.reviews.map((r) => r.evaluator)).toEqual(["Penilai 1", "Penilai 2"]);
    expect(desk?.incompleteReviews).toEqual([
      { stage: "DESK", evaluator: "Penilai 3", reason: "MISSING_REQUIRED", missing: ["B"] },
    ]);
    expect(pres?.reviews.map((r) => [r.evaluator, r.score])).toEqual([
      ["Penilai 2", 80],
      ["Penilai 4", 90],
    ]);
  });

  it("breaks a review down by criterion", () => {
    const stage = ex.stages[0];
    expect(stage).toMatchObject({
      stage: "DESK",
      weight: 70,
      aggregation: "TRIMMED_MEAN",
      effectiveAggregation: "MEAN",
      normalization: false,
      disagreement: expect.closeTo(700 / 9 - 1700 / 48, 12),
    });
    expect(stage?.reviews[1]).toEqual({
      evaluator: "Penilai 2",
      score: expect.closeTo(1700 / 48, 12),
      adjustedScore: expect.closeTo(1700 / 48, 12),
      normalizationApplied: false,
      passed: null,
      criteria: [
        // contribution = w·normalised / Σw × 100 with Σw = 4
        {
          code: "A",
          name: "Kebaruan",
          value: 4,
          scaleMin: 1,
          scaleMax: 10,
          weight: 2,
          required: true,
          normalized: 3 / 9,
          contribution: expect.closeTo((2 * (3 / 9) * 100) / 4, 12),
        },
        {
          code: "B",
          name: "Dampak",
          value: 1,
          scaleMin: 1,
          scaleMax: 3,
          weight: 1,
          required: true,
          normalized: 0,
          contribution: 0,
        },
        {
          code: "C",
          name: "Keberlanjutan",
          value: 3,
          scaleMin: 0,
          scaleMax: 4,
          weight: 1,
          required: false,
          normalized: 0.75,
          contribution: 18.75,
        },
      ],
    });
  });

  it("shows evaluator ids when anonymisation is off", () => {
    const named = explainEntry({ ...INPUT, anonymize: false }, "p");
    expect(named.stages[0]?.reviews.map((r) => r.evaluator)).toEqual(["alpha", "mid"]);
    expect(named.anonymized).toBe(false);
  });

  it("includes the final result, tie-break and overrides once shortlisted", () => {
    const input = {
      ...INPUT,
      passingGrade: 50,
      overrides: [{ entryId: "p", kind: "MOVE" as const, targetRank: 1, reason: "r" }],
    };
    const shortlisted = explainEntry(input, "p");
    expect(shortlisted.final).toEqual({
      status: "RANKED",
      total: expect.closeTo(0.7 * DESK_SCORE + 0.3 * 85, 12),
      computedRank: 1,
      finalRank: 1,
      tieBreak: null,
      reasons: [],
    });
    expect(shortlisted.overrides).toEqual([
      { kind: "MOVE", reason: "r", targetRank: 1, appliedRank: 1, status: "APPLIED", note: null },
    ]);
  });

  it("stores explanations for any id, even one named like an Object.prototype key", () => {
    const out = computeRanking(
      competition({ entries: [entry("__proto__")], reviews: [scored("__proto__", "DESK", "e", 70)] }),
    );
    expect(Object.keys(out.explanations)).toEqual(["__proto__"]);
    expect(JSON.stringify(out.explanations)).toMatch(/^\{"__proto__":\{"entryId":"__proto__"/);
  });

  it("matches computeRanking and rejects unknown entries", () => {
    expect(computeRanking(INPUT).explanations.p).toEqual(ex);
    expect(() => explainEntry(INPUT, "nope")).toThrow('Unknown entry "nope"');
  });
});
