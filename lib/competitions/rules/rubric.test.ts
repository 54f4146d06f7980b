import { describe, expect, it } from "vitest";
import { competitionConfigSchema } from "./config";
import { copyRubric, rubricSchema, validateRubric, type Rubric, type RubricCriterion } from "./rubric";

type Issues = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const errorsOf = (r: Issues) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const c = (code: string, over: Partial<RubricCriterion> = {}): RubricCriterion => ({
  code,
  name: `Kriteria ${code}`,
  guidance: "",
  weight: 1,
  scaleMin: 1,
  scaleMax: 10,
  required: true,
  levels: [],
  ...over,
});

describe("rubricSchema", () => {
  const input = {
    DESK: [
      {
        id: "c1",
        code: "k1",
        name: "Kebaruan",
        guidance: " Seberapa baru? ",
        weight: "2,5",
        scaleMin: "1",
        scaleMax: "10",
        required: true,
      },
      { code: "K2", name: "Dampak", weight: 1, scaleMin: 1, scaleMax: 3 },
    ],
    FIELD_VERIFICATION: [
      {
        id: "",
        code: "V1",
        name: "Sesuai dokumen",
        weight: "1",
        scaleMin: "0",
        scaleMax: "1",
        required: "false",
      },
    ],
  };

  it("parses editor input", () => {
    expect(rubricSchema.parse(input)).toEqual({
      DESK: [
        {
          id: "c1",
          code: "K1",
          name: "Kebaruan",
          guidance: "Seberapa baru?",
          weight: 2.5,
          scaleMin: 1,
          scaleMax: 10,
          required: true,
          levels: [],
        },
        {
          id: undefined,
          code: "K2",
          name: "Dampak",
          guidance: "",
          weight: 1,
          scaleMin: 1,
          scaleMax: 3,
          required: true,
          levels: [],
        },
      ],
      FIELD_VERIFICATION: [
        {
          id: undefined,
          code: "V1",
          name: "Sesuai dokumen",
          guidance: "",
          weight: 1,
          scaleMin: 0,
          scaleMax: 1,
          required: false,
          levels: [],
        },
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
    stageWeights: {
      DESK: { weight: 70 },
      PRESENTATION: { weight: 30 },
      FIELD_VERIFICATION: { passFail: true },
    },
    tieBreakers: [
      { kind: "STAGE", stage: "PRESENTATION" },
      { kind: "CRITERION", stage: "DESK", code: "K1" },
    ],
  });
  const full: Rubric = {
    DESK: [c("K1"), c("K2")],
    PRESENTATION: [c("P1")],
    FIELD_VERIFICATION: [c("V1", { scaleMin: 0, scaleMax: 1 })],
  };

  it("accepts a rubric that covers every counted stage", () => {
    expect(validateRubric(config, full)).toEqual([]);
  });

  it("requires criteria on weighted and pass/fail stages", () => {
    expect(validateRubric(config, { DESK: full.DESK, PRESENTATION: [] })).toEqual([
      {
        path: "rubric.PRESENTATION",
        code: "competitions.rules.weightedStageWithoutCriteria",
        params: { stage: "PRESENTATION" },
      },
      {
        path: "rubric.FIELD_VERIFICATION",
        code: "competitions.rules.weightedStageWithoutCriteria",
        params: { stage: "FIELD_VERIFICATION" },
      },
      {
        path: "tieBreakers.0.stage",
        code: "competitions.rules.tieBreakerStageWithoutCriteria",
        params: { stage: "PRESENTATION" },
      },
    ]);
  });

  it("requires desk criteria even when the desk does not count in the total", () => {
    const noDeskWeight = {
      ...config,
      stageWeights: { PRESENTATION: { weight: 100, passFail: false } },
      tieBreakers: [],
    };
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
      {
        path: "tieBreakers.1.code",
        code: "competitions.rules.tieBreakerUnknownCriterion",
        params: { stage: "DESK", code: "K1" },
      },
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

describe("copyRubric", () => {
  it("drops ids and extra fields, keeps order, shares no objects", () => {
    const stored = {
      DESK: [
        { ...c("K2", { id: "x2" }), stageId: "s1", position: 0 },
        c("K1", { id: "x1", guidance: "Lihat SOP" }),
      ],
    } as Rubric;
    const copy = copyRubric(stored);
    expect(copy).toEqual({ DESK: [c("K2"), c("K1", { guidance: "Lihat SOP" })] });
    expect(copy.DESK?.[0]).not.toBe(stored.DESK?.[0]);
    (copy.DESK as RubricCriterion[])[0]!.weight = 99;
    expect(stored.DESK?.[0]?.weight).toBe(1);
    expect(rubricSchema.safeParse(copy).success).toBe(true);
  });

  it("copies each level's descriptor without sharing them", () => {
    const stored: Rubric = { DESK: [c("K1", { scaleMax: 5, levels: [{ level: 1, text: "Kurang" }] })] };
    const copy = copyRubric(stored);
    expect(copy.DESK?.[0]?.levels).toEqual([{ level: 1, text: "Kurang" }]);
    copy.DESK![0]!.levels![0]!.text = "Diubah";
    expect(stored.DESK?.[0]?.levels?.[0]?.text).toBe("Kurang");
  });
});
