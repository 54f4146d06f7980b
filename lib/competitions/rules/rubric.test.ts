import { describe, expect, it } from "vitest";
import { competitionConfigSchema } from "./config";
import {
  copyRubric,
  rubricChangeImpact,
  rubricSchema,
  validateRubric,
  type Rubric,
  type RubricCriterion,
  type ScoreRef,
} from "./rubric";

type Issues = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const errorsOf = (r: Issues) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

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

describe("rubricSchema", () => {
  const input = {
    DESK: [
      { id: "c1", code: "k1", name: "Kebaruan", guidance: " Seberapa baru? ", weight: "2,5", scaleMin: "1", scaleMax: "10", required: true },
      { code: "K2", name: "Dampak", weight: 1, scaleMin: 1, scaleMax: 3 },
    ],
    FIELD_VERIFICATION: [{ id: "", code: "V1", name: "Sesuai dokumen", weight: "1", scaleMin: "0", scaleMax: "1", required: "false" }],
  };

  it("parses editor input", () => {
    expect(rubricSchema.parse(input)).toEqual({
      DESK: [
        { id: "c1", code: "K1", name: "Kebaruan", guidance: "Seberapa baru?", weight: 2.5, scaleMin: 1, scaleMax: 10, required: true },
        { id: undefined, code: "K2", name: "Dampak", guidance: "", weight: 1, scaleMin: 1, scaleMax: 3, required: true },
      ],
      FIELD_VERIFICATION: [
        { id: undefined, code: "V1", name: "Sesuai dokumen", guidance: "", weight: 1, scaleMin: 0, scaleMax: 1, required: false },
      ],
    });
  });

  it("reports bad criteria with their paths", () => {
    const r = rubricSchema.safeParse({
      DESK: [
        { code: "K 1", name: "A", weight: "0", scaleMin: "1.5", scaleMax: "10" },
        { code: "K2", name: "Dampak", weight: "1", scaleMin: "5", scaleMax: "5" },
        { code: "k2", name: "Dampak lagi", weight: "1001", scaleMin: "-1", scaleMax: "3" },
      ],
      REGISTRATION: [],
    });
    expect(errorsOf(r)).toEqual({
      "DESK.0.code": "competitions.rules.criterionCode",
      "DESK.0.name": "validation.tooShort",
      "DESK.0.weight": "competitions.rules.criterionWeightRange",
      "DESK.0.scaleMin": "competitions.rules.integer",
      "DESK.1.scaleMax": "competitions.rules.scaleOrder",
      "DESK.2.code": "competitions.rules.duplicateCriterion",
      "DESK.2.weight": "competitions.rules.criterionWeightRange",
      "DESK.2.scaleMin": "competitions.rules.scaleRange",
      REGISTRATION: "validation.invalidChoice",
    });
  });
});

describe("validateRubric", () => {
  const config = competitionConfigSchema.parse({
    name: "Kompetisi 2026",
    year: 2026,
    passingGrade: 70,
    shortlistSize: 10,
    evaluatorsPerEntry: 3,
    aggregation: "MEAN",
    categories: [{ code: "UMUM", name: "Umum", quota: null }],
    stageWeights: { DESK: { weight: 70 }, PRESENTATION: { weight: 30 }, FIELD_VERIFICATION: { passFail: true } },
    tieBreakers: [
      { kind: "STAGE", stage: "PRESENTATION" },
      { kind: "CRITERION", stage: "DESK", code: "K1" },
    ],
  });
  const full: Rubric = { DESK: [c("K1"), c("K2")], PRESENTATION: [c("P1")], FIELD_VERIFICATION: [c("V1", { scaleMin: 0, scaleMax: 1 })] };

  it("accepts a rubric that covers every counted stage", () => {
    expect(validateRubric(config, full)).toEqual([]);
  });

  it("requires criteria on weighted and pass/fail stages", () => {
    expect(validateRubric(config, { DESK: full.DESK, PRESENTATION: [] })).toEqual([
      { path: "rubric.PRESENTATION", code: "competitions.rules.weightedStageWithoutCriteria", params: { stage: "PRESENTATION" } },
      { path: "rubric.FIELD_VERIFICATION", code: "competitions.rules.weightedStageWithoutCriteria", params: { stage: "FIELD_VERIFICATION" } },
      { path: "tieBreakers.0.stage", code: "competitions.rules.tieBreakerStageWithoutCriteria", params: { stage: "PRESENTATION" } },
    ]);
  });

  it("requires desk criteria even when the desk does not count in the total", () => {
    const noDeskWeight = { ...config, stageWeights: { PRESENTATION: { weight: 100, passFail: false } }, tieBreakers: [] };
    expect(validateRubric(noDeskWeight, { PRESENTATION: [c("P1")] })).toEqual([
      { path: "rubric.DESK", code: "competitions.rules.deskWithoutCriteria", params: { stage: "DESK" } },
    ]);
  });

  it("allows criteria on a stage that does not count", () => {
    const zero = { ...config, stageWeights: { DESK: { weight: 100, passFail: false } }, tieBreakers: [] };
    expect(validateRubric(zero, { DESK: [c("K1")], PRESENTATION: [c("P1")] })).toEqual([]);
  });

  it("checks that a criterion tie-breaker names an existing criterion", () => {
    expect(validateRubric(config, { ...full, DESK: [c("K2")] })).toEqual([
      { path: "tieBreakers.1.code", code: "competitions.rules.tieBreakerUnknownCriterion", params: { stage: "DESK", code: "K1" } },
    ]);
  });

  it("repeats the shape checks for rubrics that did not come through the schema", () => {
    const bad = { ...full, DESK: [c("K1"), c("K1", { scaleMin: 3, scaleMax: 3, weight: 0 })] };
    expect(validateRubric(config, bad).map((p) => `${p.path} ${p.code}`)).toEqual([
      "rubric.DESK.1.code competitions.rules.duplicateCriterion",
      "rubric.DESK.1.scaleMax competitions.rules.scaleOrder",
      "rubric.DESK.1.weight competitions.rules.criterionWeightRange",
    ]);
  });
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
    expect(rubricChangeImpact(before, copyWithIds(before), scores)).toEqual({ criteria: [], scores: [], assignments: [] });
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
      { assignmentId: "a1", stage: "DESK", code: "K2", criterionId: "k2", value: 5, reasons: ["WEIGHT_CHANGED"] },
      { assignmentId: "a1", stage: "DESK", code: "K3", criterionId: "k3", value: 5, reasons: ["OUT_OF_SCALE"] },
      { assignmentId: "a1", stage: "DESK", code: "K4", criterionId: "k4", value: null, reasons: ["NOW_REQUIRED"] },
      { assignmentId: "a2", stage: "DESK", code: "K3", criterionId: "k3", value: 2, reasons: ["SCALE_CHANGED"] },
    ]);
    // a2 has no K4 value at all: its review turns incomplete too.
    expect(impact.assignments).toEqual([
      { assignmentId: "a1", stage: "DESK", reasons: ["REMOVED", "OUT_OF_SCALE", "WEIGHT_CHANGED", "NOW_REQUIRED"] },
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
    expect(rubricChangeImpact(before, copyRubric(before), scores)).toEqual({ criteria: [], scores: [], assignments: [] });
  });

  it("ignores scores of criteria the old rubric does not know", () => {
    const stray: ScoreRef[] = [{ assignmentId: "x", stage: "DESK", criterionId: "zz", code: "ZZ", value: 1 }];
    expect(rubricChangeImpact(before, { PRESENTATION: before.PRESENTATION }, stray).scores).toEqual([]);
  });

  it("treats a scale change as harmless for empty values", () => {
    const after = { ...before, DESK: (before.DESK ?? []).map((k) => (k.code === "K4" ? { ...k, scaleMax: 4 } : k)) };
    expect(rubricChangeImpact(before, after, scores).scores).toEqual([]);
  });
});

describe("copyRubric", () => {
  it("drops ids and extra fields, keeps order, shares no objects", () => {
    const stored = {
      DESK: [{ ...c("K2", { id: "x2" }), stageId: "s1", position: 0 }, c("K1", { id: "x1", guidance: "Lihat SOP" })],
    } as Rubric;
    const copy = copyRubric(stored);
    expect(copy).toEqual({ DESK: [c("K2"), c("K1", { guidance: "Lihat SOP" })] });
    expect(copy.DESK?.[0]).not.toBe(stored.DESK?.[0]);
    (copy.DESK as RubricCriterion[])[0]!.weight = 99;
    expect(stored.DESK?.[0]?.weight).toBe(1);
    expect(rubricSchema.safeParse(copy).success).toBe(true);
  });
});

function copyWithIds(r: Rubric): Rubric {
  return Object.fromEntries(Object.entries(r).map(([k, list]) => [k, list.map((x) => ({ ...x }))]));
}
