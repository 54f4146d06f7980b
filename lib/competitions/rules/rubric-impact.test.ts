import { describe, expect, it } from "vitest";
import { copyRubric, type Rubric, type RubricCriterion } from "./rubric";
import { rubricChangeImpact, type ScoreRef } from "./rubric-impact";

const c = (code: string, over: Partial<RubricCriterion> = {}): RubricCriterion => ({
  code,
  name: `Kriteria ${code}`,
  guidance: "",
  weight: 1,
  scaleMin: 1,
  scaleMax: 10,
  required: true,
  ...over,
});

describe("rubricChangeImpact", () => {
  const before: Rubric = {
    DESK: [
      c("K1", { id: "k1" }),
      c("K2", { id: "k2", weight: 2 }),
      c("K3", { id: "k3", scaleMin: 1, scaleMax: 5 }),
      c("K4", { id: "k4", required: false }),
    ],
    PRESENTATION: [c("P1", { id: "p1" })],
  };
  const scores: ScoreRef[] = [
    { assignmentId: "a1", stage: "DESK", criterionId: "k1", value: 8 },
    { assignmentId: "a1", stage: "DESK", criterionId: "k2", value: 5 },
    { assignmentId: "a1", stage: "DESK", criterionId: "k3", value: 5 },
    { assignmentId: "a1", stage: "DESK", criterionId: "k4", value: null },
    { assignmentId: "a2", stage: "DESK", code: "K3", value: 2 },
    { assignmentId: "a3", stage: "PRESENTATION", criterionId: "p1", value: 7 },
  ];

  it("reports nothing when nothing that matters changed", () => {
    expect(rubricChangeImpact(before, copyWithIds(before), scores)).toEqual({
      criteria: [],
      scores: [],
      assignments: [],
    });
  });

  it("finds removed criteria, values outside a new scale, changed weights and newly required criteria", () => {
    const after: Rubric = {
      DESK: [
        c("K2", { id: "k2", weight: 3 }),
        c("K3", { id: "k3", scaleMin: 1, scaleMax: 3 }),
        c("K4", { id: "k4", required: true, name: "Keberlanjutan" }),
      ],
      PRESENTATION: [c("P1", { id: "p1" })],
    };
    const impact = rubricChangeImpact(before, after, scores);
    expect(impact.criteria).toEqual([
      { stage: "DESK", code: "K1", id: "k1", kinds: ["REMOVED"] },
      { stage: "DESK", code: "K2", id: "k2", kinds: ["WEIGHT"] },
      { stage: "DESK", code: "K3", id: "k3", kinds: ["SCALE"] },
      { stage: "DESK", code: "K4", id: "k4", kinds: ["REQUIRED", "TEXT"] },
    ]);
    expect(impact.scores).toEqual([
      { assignmentId: "a1", stage: "DESK", code: "K1", criterionId: "k1", value: 8, reasons: ["REMOVED"] },
      {
        assignmentId: "a1",
        stage: "DESK",
        code: "K2",
        criterionId: "k2",
        value: 5,
        reasons: ["WEIGHT_CHANGED"],
      },
      {
        assignmentId: "a1",
        stage: "DESK",
        code: "K3",
        criterionId: "k3",
        value: 5,
        reasons: ["OUT_OF_SCALE"],
      },
      {
        assignmentId: "a1",
        stage: "DESK",
        code: "K4",
        criterionId: "k4",
        value: null,
        reasons: ["NOW_REQUIRED"],
      },
      {
        assignmentId: "a2",
        stage: "DESK",
        code: "K3",
        criterionId: "k3",
        value: 2,
        reasons: ["SCALE_CHANGED"],
      },
    ]);
    // a2 has no K4 value at all: its review turns incomplete too.
    expect(impact.assignments).toEqual([
      {
        assignmentId: "a1",
        stage: "DESK",
        reasons: ["REMOVED", "OUT_OF_SCALE", "WEIGHT_CHANGED", "NOW_REQUIRED"],
      },
      { assignmentId: "a2", stage: "DESK", reasons: ["SCALE_CHANGED", "NOW_REQUIRED"] },
    ]);
  });

  it("flags every scored review of a stage that gains a required criterion, but not for an optional one", () => {
    const withRequired = { ...before, PRESENTATION: [c("P1", { id: "p1" }), c("P2")] };
    expect(rubricChangeImpact(before, withRequired, scores)).toEqual({
      criteria: [{ stage: "PRESENTATION", code: "P2", id: null, kinds: ["ADDED"] }],
      scores: [],
      assignments: [{ assignmentId: "a3", stage: "PRESENTATION", reasons: ["REQUIRED_ADDED"] }],
    });
    const withOptional = { ...before, PRESENTATION: [c("P1", { id: "p1" }), c("P2", { required: false })] };
    expect(rubricChangeImpact(before, withOptional, scores).assignments).toEqual([]);
  });

  it("follows ids through a code rename, and matches by code when the editor sent no ids", () => {
    const renamed = { ...before, PRESENTATION: [c("P9", { id: "p1" }), c("P1", { required: false })] };
    const impact = rubricChangeImpact(before, renamed, scores);
    expect(impact.criteria).toEqual([
      { stage: "PRESENTATION", code: "P1", id: null, kinds: ["ADDED"] },
      { stage: "PRESENTATION", code: "P9", id: "p1", kinds: ["TEXT"] },
    ]);
    expect(impact.scores).toEqual([]);
    expect(rubricChangeImpact(before, copyRubric(before), scores)).toEqual({
      criteria: [],
      scores: [],
      assignments: [],
    });
  });

  it("ignores scores of criteria the old rubric does not know", () => {
    const stray: ScoreRef[] = [{ assignmentId: "x", stage: "DESK", criterionId: "zz", code: "ZZ", value: 1 }];
    expect(rubricChangeImpact(before, { PRESENTATION: before.PRESENTATION }, stray).scores).toEqual([]);
  });

  it("treats a scale change as harmless for empty values", () => {
    const after = {
      ...before,
      DESK: (before.DESK ?? []).map((k) => (k.code === "K4" ? { ...k, scaleMax: 4 } : k)),
    };
    expect(rubricChangeImpact(before, after, scores).scores).toEqual([]);
  });
});

function copyWithIds(r: Rubric): Rubric {
  return Object.fromEntries(Object.entries(r).map(([k, list]) => [k, list.map((x) => ({ ...x }))]));
}
