import { describe, expect, it } from "vitest";
import { computeRanking } from "./index";
import { competition, DESK, entry, FIELD, PRESENTATION, SCORE, scored } from "./testkit";
import type { CompetitionInput, ReviewValues } from "./types";

const VALID = competition({ entries: [entry("p")], reviews: [scored("p", "DESK", "e1", 70)] });

describe("input validation", () => {
  it.each<[string, Partial<CompetitionInput>, RegExp]>([
    [
      "scaleMax ≤ scaleMin",
      { stages: [{ ...DESK, criteria: [{ ...SCORE, scaleMin: 5, scaleMax: 5 }] }, PRESENTATION] },
      /criterion "S": scaleMax \(5\) must be greater than scaleMin \(5\)/,
    ],
    [
      "criterion weight ≤ 0",
      { stages: [{ ...DESK, criteria: [{ ...SCORE, weight: 0 }] }, PRESENTATION] },
      /criterion "S": weight must be > 0/,
    ],
    [
      "value outside the scale",
      { reviews: [scored("p", "DESK", "e1", 101)] },
      /value 101 for "S" is outside its scale 0–100/,
    ],
    [
      "unknown criterion code",
      { reviews: [{ entryId: "p", stage: "DESK", evaluatorId: "e1", values: { S: 1, T: 2 } }] },
      /unknown criterion code "T"/,
    ],
    ["duplicate entry ids", { entries: [entry("p"), entry("p")] }, /duplicate entry id "p"/],
    [
      "duplicate (entry, stage, evaluator) reviews",
      { reviews: [scored("p", "DESK", "e1", 70), scored("p", "DESK", "e1", 80)] },
      /duplicate review of entry "p" at stage "DESK" by "e1"/,
    ],
    ["review of an unknown entry", { reviews: [scored("q", "DESK", "e1", 70)] }, /unknown entry "q"/],
    ["review of an unknown stage", { reviews: [scored("p", "ORAL", "e1", 70)] }, /unknown stage "ORAL"/],
    [
      "quotas above the shortlist size",
      { shortlistSize: 1, categories: [{ code: "X", quota: 2 }] },
      /sum of category quotas \(2\) exceeds/,
    ],
    ["entry in an unknown category", { entries: [entry("p", { category: "Y" })] }, /unknown category "Y"/],
    ["bad submittedAt", { entries: [entry("p", { submittedAt: "kemarin" })] }, /invalid submittedAt/],
    // no zone: would depend on the server's time zone
    [
      "submittedAt without a zone",
      { entries: [entry("p", { submittedAt: "2025-03-01T08:00:00" })] },
      /invalid submittedAt/,
    ],
    ["missing desk stage", { deskStage: "SCREENING" }, /desk stage "SCREENING" is not among the stages/],
    ["pass/fail stage with a weight", { stages: [DESK, { ...FIELD, weight: 10 }] }, /cannot have a weight/],
    ["no weighted stage", { stages: [{ ...DESK, weight: 0 }] }, /at least one stage needs a weight > 0/],
    ["duplicate stage", { stages: [DESK, DESK] }, /duplicate stage "DESK"/],
    [
      "tie-breaker on an unknown criterion",
      { tieBreakers: [{ kind: "CRITERION", stage: "DESK", code: "Q" }] },
      /unknown criterion "Q" of stage "DESK"/,
    ],
    [
      "tie-breaker on a pass/fail stage",
      { stages: [DESK, FIELD], tieBreakers: [{ kind: "STAGE", stage: "FIELD_VERIFICATION" }] },
      /cannot use pass\/fail stage/,
    ],
    ["negative shortlist size", { shortlistSize: -1 }, /shortlistSize must be a non-negative integer/],
    ["passing grade above 100", { passingGrade: 150 }, /passingGrade must be between 0 and 100 \(got 150\)/],
    ["negative passing grade", { passingGrade: -1 }, /passingGrade must be between 0 and 100/],
  ])("rejects %s", (_name, patch, message) => {
    expect(() => computeRanking({ ...VALID, ...patch })).toThrow(message);
  });

  it("accepts the valid baseline", () => {
    expect(computeRanking(VALID).final).toHaveLength(1);
  });

  it("prefixes every message so callers can tell input errors apart", () => {
    expect(() => computeRanking({ ...VALID, entries: [entry("p"), entry("p")] })).toThrow(
      /^Invalid scoring input: /,
    );
  });
});

describe("criterion codes that are also names on Object.prototype", () => {
  const criterion = (code: string, required: boolean) => ({ ...SCORE, code, scaleMax: 10, required });
  const input = (values: ReviewValues) =>
    competition({
      stages: [
        {
          ...DESK,
          criteria: [
            criterion("__proto__", true),
            criterion("constructor", true),
            criterion("toString", false),
          ],
        },
        PRESENTATION,
      ],
      entries: [entry("p")],
      reviews: [{ entryId: "p", stage: "DESK", evaluatorId: "e1", values }],
    });
  const desk = (values: ReviewValues) => computeRanking(input(values)).desk[0];
  const nullPrototype = (entries: [string, number | null][]) =>
    Object.assign(Object.create(null) as Record<string, number | null>, Object.fromEntries(entries));

  it("counts their values, whether the object is JSON.parse's or has no prototype", () => {
    for (const values of [
      JSON.parse('{"__proto__": 10, "constructor": 0, "toString": 5}') as ReviewValues,
      nullPrototype([
        ["__proto__", 10],
        ["constructor", 0],
        ["toString", 5],
      ]),
    ]) {
      expect(desk(values)).toMatchObject({ deskScore: 50, incomplete: false });
      const parts = computeRanking(input(values)).explanations.p?.stages[0]?.reviews[0]?.criteria;
      expect(parts?.map((c) => [c.code, c.value])).toEqual([
        ["__proto__", 10],
        ["constructor", 0],
        ["toString", 5],
      ]);
    }
  });

  it("never reads an inherited property as a value: a missing one is empty", () => {
    expect(desk(JSON.parse('{"constructor": 4}') as ReviewValues)).toMatchObject({
      deskScore: null,
      incomplete: true,
      incompleteReviews: [expect.objectContaining({ reason: "MISSING_REQUIRED", missing: ["__proto__"] })],
    });
    expect(desk(JSON.parse('{"__proto__": 4}') as ReviewValues)).toMatchObject({
      incompleteReviews: [expect.objectContaining({ missing: ["constructor"] })],
    });
  });

  it("refuses a value for such a code the stage does not have", () => {
    const values = JSON.parse('{"__proto__": 1, "constructor": 1, "valueOf": 3}') as ReviewValues;
    expect(() => computeRanking(input(values))).toThrow(/unknown criterion code "valueOf"/);
  });
});
