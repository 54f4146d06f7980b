import { describe, expect, it } from "vitest";
import {
  competitionConfigSchema,
  configProblems,
  parseCompetitionConfig,
  type CompetitionConfig,
} from "./config";

type Issues = {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] };
};
const errorsOf = (r: Issues) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

// What the admin form posts: numbers as strings, checkboxes as "on" or absent.
const FORM = {
  name: "  Kompetisi Inovasi Daerah 2026 ",
  year: "2026",
  passingGrade: "70,5",
  shortlistSize: "20",
  evaluatorsPerEntry: "3",
  aggregation: "TRIMMED_MEAN",
  zNormalize: "on",
  categories: [
    { code: "tata-kelola", name: "Tata Kelola", quota: "5" },
    { code: "PELAYANAN_PUBLIK", name: "Pelayanan Publik", quota: "" },
  ],
  stageWeights: {
    DESK: { weight: "70" },
    PRESENTATION: { weight: "30" },
    FIELD_VERIFICATION: { weight: "", passFail: "on" },
  },
  tieBreakers: [
    { kind: "STAGE", stage: "PRESENTATION" },
    { kind: "CRITERION", stage: "DESK", code: "k1" },
    { kind: "OBJECTIONS" },
    { kind: "SUBMITTED_AT" },
  ],
};

describe("competitionConfigSchema", () => {
  it("parses form input into typed settings", () => {
    const v = competitionConfigSchema.parse(FORM);
    expect(v).toEqual({
      name: "Kompetisi Inovasi Daerah 2026",
      year: 2026,
      passingGrade: 70.5,
      shortlistSize: 20,
      evaluatorsPerEntry: 3,
      aggregation: "TRIMMED_MEAN",
      zNormalize: true,
      hideEvaluatorNames: false,
      categories: [
        { code: "TATA-KELOLA", name: "Tata Kelola", quota: 5 },
        { code: "PELAYANAN_PUBLIK", name: "Pelayanan Publik", quota: null },
      ],
      stageWeights: {
        DESK: { weight: 70, passFail: false },
        PRESENTATION: { weight: 30, passFail: false },
        FIELD_VERIFICATION: { weight: 0, passFail: true },
      },
      tieBreakers: [
        { kind: "STAGE", stage: "PRESENTATION" },
        { kind: "CRITERION", stage: "DESK", code: "K1" },
        { kind: "OBJECTIONS" },
        { kind: "SUBMITTED_AT" },
      ],
    } satisfies CompetitionConfig);
  });

  it("accepts plain JSON values too, and defaults tie-breakers to none", () => {
    const { tieBreakers: _, ...rest } = FORM;
    const v = competitionConfigSchema.parse({
      ...rest,
      year: 2026,
      passingGrade: 65.25,
      zNormalize: false,
      hideEvaluatorNames: true,
    });
    expect(v).toMatchObject({
      year: 2026,
      passingGrade: 65.25,
      zNormalize: false,
      hideEvaluatorNames: true,
      tieBreakers: [],
    });
  });

  it("reports field problems as message keys, all at once", () => {
    const r = competitionConfigSchema.safeParse({
      ...FORM,
      name: "ab",
      year: "1999",
      passingGrade: "100.01",
      shortlistSize: "0",
      evaluatorsPerEntry: "11",
      aggregation: "MODE",
      zNormalize: "maybe",
      categories: [{ code: "X", name: "Tata Kelola", quota: "-1" }],
    });
    expect(errorsOf(r)).toEqual({
      name: "validation.tooShort",
      year: "competitions.rules.yearRange",
      passingGrade: "competitions.rules.passingGradeRange",
      shortlistSize: "competitions.rules.shortlistSizeRange",
      evaluatorsPerEntry: "competitions.rules.evaluatorsPerEntryRange",
      aggregation: "validation.invalidChoice",
      zNormalize: "validation.invalidChoice",
      "categories.0.code": "competitions.rules.categoryCode",
      "categories.0.quota": "competitions.rules.quotaRange",
    });
  });

  it("tells a missing number from a malformed one", () => {
    const r = competitionConfigSchema.safeParse({
      ...FORM,
      year: "",
      passingGrade: "tujuh puluh",
      shortlistSize: "1.000",
    });
    expect(errorsOf(r)).toEqual({
      year: "validation.required",
      passingGrade: "competitions.rules.notANumber",
      // "1.000" is 1000 to an Indonesian reader and 1 to a parser: refused rather than guessed.
      shortlistSize: "competitions.rules.integer",
    });
    const { year: _year, ...noYear } = FORM;
    expect(errorsOf(competitionConfigSchema.safeParse(noYear))).toEqual({ year: "validation.required" });
    expect(errorsOf(competitionConfigSchema.safeParse({ ...FORM, evaluatorsPerEntry: 2.5 }))).toEqual({
      evaluatorsPerEntry: "competitions.rules.integer",
    });
  });

  it("allows at most 2 decimals in the passing grade", () => {
    expect(competitionConfigSchema.safeParse({ ...FORM, passingGrade: "70.25" }).success).toBe(true);
    expect(competitionConfigSchema.safeParse({ ...FORM, passingGrade: 0 }).success).toBe(true);
    expect(competitionConfigSchema.safeParse({ ...FORM, passingGrade: 100 }).success).toBe(true);
    expect(errorsOf(competitionConfigSchema.safeParse({ ...FORM, passingGrade: "70.125" }))).toEqual({
      passingGrade: "competitions.rules.tooManyDecimals",
    });
    expect(errorsOf(competitionConfigSchema.safeParse({ ...FORM, passingGrade: 70.125 }))).toEqual({
      passingGrade: "competitions.rules.tooManyDecimals",
    });
  });

  it("requires at least one category, with unique codes", () => {
    expect(errorsOf(competitionConfigSchema.safeParse({ ...FORM, categories: [] }))).toEqual({
      categories: "competitions.rules.categoryRequired",
    });
    const dup = [FORM.categories[0], { code: "TATA-KELOLA ", name: "Lagi", quota: "" }];
    expect(errorsOf(competitionConfigSchema.safeParse({ ...FORM, categories: dup }))).toEqual({
      "categories.1.code": "competitions.rules.duplicateCategory",
    });
  });

  it("refuses quotas that add up to more than the shortlist", () => {
    const r = competitionConfigSchema.safeParse({
      ...FORM,
      shortlistSize: "8",
      categories: [
        { code: "A1", name: "Satu", quota: "5" },
        { code: "B1", name: "Dua", quota: "4" },
      ],
    });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        path: ["categories"],
        message: "competitions.rules.quotasExceedShortlist",
        params: { sum: 9, shortlistSize: 8 },
      }),
    ]);
    expect(
      competitionConfigSchema.safeParse({
        ...FORM,
        shortlistSize: "9",
        categories: [{ code: "A1", name: "Satu", quota: "9" }],
      }).success,
    ).toBe(true);
  });

  it("allows weights on scored stages only, and pass/fail only on field verification without weight", () => {
    const r = competitionConfigSchema.safeParse({
      ...FORM,
      stageWeights: {
        REGISTRATION: { weight: "10" },
        DESK: { weight: "70", passFail: "on" },
        PRESENTATION: { weight: "-1" },
        FIELD_VERIFICATION: { weight: "5", passFail: "on" },
        LOMBA: { weight: "1" },
      },
      tieBreakers: [],
    });
    expect(errorsOf(r)).toEqual({
      "stageWeights.PRESENTATION.weight": "competitions.rules.weightRange",
      "stageWeights.DESK.passFail": "competitions.rules.passFailNotAllowed",
      "stageWeights.FIELD_VERIFICATION.weight": "competitions.rules.passFailWithWeight",
      "stageWeights.LOMBA": "validation.invalidChoice",
      "stageWeights.REGISTRATION.weight": "competitions.rules.weightNotAllowed",
    });
  });

  it("keeps a zero weight on a non-scored stage out of the result", () => {
    const v = competitionConfigSchema.parse({
      ...FORM,
      stageWeights: { ...FORM.stageWeights, SCREENING: { weight: "0" } },
    });
    expect(Object.keys(v.stageWeights)).toEqual(["DESK", "PRESENTATION", "FIELD_VERIFICATION"]);
  });

  it("needs at least one stage with a weight", () => {
    const r = competitionConfigSchema.safeParse({
      ...FORM,
      stageWeights: { DESK: { weight: "0" }, FIELD_VERIFICATION: { passFail: true } },
      tieBreakers: [],
    });
    expect(errorsOf(r)).toEqual({ stageWeights: "competitions.rules.noWeightedStage" });
    expect(
      errorsOf(competitionConfigSchema.safeParse({ ...FORM, stageWeights: {}, tieBreakers: [] })),
    ).toEqual({
      stageWeights: "competitions.rules.noWeightedStage",
    });
  });

  it("refuses duplicate tie-breakers and tie-breakers on stages without scores", () => {
    const r = competitionConfigSchema.safeParse({
      ...FORM,
      tieBreakers: [
        { kind: "OBJECTIONS" },
        { kind: "CRITERION", stage: "DESK", code: "K1" },
        { kind: "criterion", stage: "DESK", code: "K1" },
        { kind: "CRITERION", stage: "DESK", code: "k1" },
        { kind: "OBJECTIONS" },
        { kind: "STAGE", stage: "FIELD_VERIFICATION" },
        { kind: "STAGE", stage: "REGISTRATION" },
        { kind: "STAGE", stage: "NOPE" },
      ],
    });
    expect(errorsOf(r)).toEqual({
      "tieBreakers.2.kind": "validation.invalidChoice",
      "tieBreakers.3": "competitions.rules.duplicateTieBreaker",
      "tieBreakers.4": "competitions.rules.duplicateTieBreaker",
      "tieBreakers.5.stage": "competitions.rules.tieBreakerStage",
      "tieBreakers.6.stage": "competitions.rules.tieBreakerStage",
      "tieBreakers.7.stage": "validation.invalidChoice",
    });
  });

  it("still runs the cross-field rules whose fields are valid when others are not", () => {
    const r = competitionConfigSchema.safeParse({
      ...FORM,
      name: "",
      shortlistSize: "abc",
      categories: [
        { code: "A1", name: "Satu", quota: "5" },
        { code: "A1", name: "", quota: "x" },
      ],
      stageWeights: { DESK: { weight: "x" } },
    });
    expect(errorsOf(r)).toEqual({
      name: "validation.tooShort",
      shortlistSize: "competitions.rules.notANumber",
      "categories.1.name": "validation.tooShort",
      "categories.1.quota": "competitions.rules.notANumber",
      // Still checked: both codes are valid. The quota sum and "no weighted stage" are not: their inputs failed.
      "categories.1.code": "competitions.rules.duplicateCategory",
      "stageWeights.DESK.weight": "competitions.rules.notANumber",
    });
  });

  it("reports a non-object cleanly", () => {
    expect(competitionConfigSchema.safeParse("nope").success).toBe(false);
    expect(competitionConfigSchema.safeParse(null).success).toBe(false);
  });
});

describe("parseCompetitionConfig", () => {
  it("returns the value, or problems with dotted paths and params", () => {
    expect(parseCompetitionConfig(FORM)).toMatchObject({ ok: true, value: { year: 2026 } });
    expect(parseCompetitionConfig({ ...FORM, shortlistSize: "4" })).toEqual({
      ok: false,
      problems: [
        {
          path: "categories",
          code: "competitions.rules.quotasExceedShortlist",
          params: { sum: 5, shortlistSize: 4 },
        },
      ],
    });
  });
});

describe("configProblems", () => {
  it("can re-check parsed settings (e.g. loaded from the database)", () => {
    const v = competitionConfigSchema.parse(FORM);
    expect(configProblems(v)).toEqual([]);
    expect(configProblems({ ...v, shortlistSize: 1 }).map((p) => p.code)).toEqual([
      "competitions.rules.quotasExceedShortlist",
    ]);
  });
});
