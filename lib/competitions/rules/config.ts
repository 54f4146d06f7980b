// Competition settings as the admin's create/edit form sends them. Field checks first, then the rules that
// span fields, all reported in one pass as i18n keys (see lib/action.ts, which translates issue.message).
import { z } from "zod";
import type { TieBreaker } from "@/lib/scoring/types";
import {
  MESSAGES as M,
  booleanField,
  codeField,
  crossFieldRefinement,
  failures,
  numberField,
  textField,
  type Path,
} from "./fields";
import { isStageKind, STAGE_KINDS, type Problem } from "./stages";

export const AGGREGATIONS = ["MEAN", "MEDIAN", "TRIMMED_MEAN"] as const;
/** Stages that can carry a weight (and criteria). */
export const SCORED_STAGES = ["DESK", "PRESENTATION", "FIELD_VERIFICATION"] as const;
export type ScoredStageKind = (typeof SCORED_STAGES)[number];
/** Stages that may be judged pass/fail instead of scored. */
export const PASS_FAIL_STAGES: readonly ScoredStageKind[] = ["FIELD_VERIFICATION"];
export const isScoredStage = (k: unknown): k is ScoredStageKind =>
  SCORED_STAGES.includes(k as ScoredStageKind);

export const LIMITS = {
  maxShortlist: 10_000,
  maxWeight: 1000,
  maxCategories: 50,
  maxTieBreakers: 20,
} as const;

const R = {
  yearRange: "competitions.rules.yearRange",
  passingGradeRange: "competitions.rules.passingGradeRange",
  shortlistSizeRange: "competitions.rules.shortlistSizeRange",
  evaluatorsPerEntryRange: "competitions.rules.evaluatorsPerEntryRange",
  quotaRange: "competitions.rules.quotaRange",
  weightRange: "competitions.rules.weightRange",
  categoryCode: "competitions.rules.categoryCode",
  criterionCode: "competitions.rules.criterionCode",
  categoryRequired: "competitions.rules.categoryRequired",
  tooMany: "competitions.rules.tooMany",
  duplicateCategory: "competitions.rules.duplicateCategory",
  quotasExceedShortlist: "competitions.rules.quotasExceedShortlist",
  weightNotAllowed: "competitions.rules.weightNotAllowed",
  passFailNotAllowed: "competitions.rules.passFailNotAllowed",
  passFailWithWeight: "competitions.rules.passFailWithWeight",
  noWeightedStage: "competitions.rules.noWeightedStage",
  tieBreakerStage: "competitions.rules.tieBreakerStage",
  duplicateTieBreaker: "competitions.rules.duplicateTieBreaker",
} as const;

const categorySchema = z.object({
  code: codeField(2, 20, R.categoryCode),
  name: textField(2, 200),
  quota: numberField({ min: 0, max: LIMITS.maxShortlist, decimals: 0, range: R.quotaRange, blank: null }),
});

const stageWeightSchema = z.object({
  // An empty or disabled weight input means "does not count".
  weight: numberField({ min: 0, max: LIMITS.maxWeight, decimals: 2, range: R.weightRange, blank: 0 }),
  passFail: booleanField(),
});

const stageName = z.enum(STAGE_KINDS, M.invalidChoice);
const tieBreakerSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("STAGE"), stage: stageName }),
    z.object({ kind: z.literal("CRITERION"), stage: stageName, code: codeField(1, 20, R.criterionCode) }),
    z.object({ kind: z.literal("OBJECTIONS") }),
    z.object({ kind: z.literal("SUBMITTED_AT") }),
  ],
  M.invalidChoice,
);

export type StageWeight = { weight: number; passFail: boolean };
export type StageWeights = Partial<Record<ScoredStageKind, StageWeight>>;

const baseSchema = z.object({
  name: textField(3, 200),
  year: numberField({ min: 2000, max: 2100, decimals: 0, range: R.yearRange }),
  passingGrade: numberField({ min: 0, max: 100, decimals: 2, range: R.passingGradeRange }),
  shortlistSize: numberField({ min: 1, max: LIMITS.maxShortlist, decimals: 0, range: R.shortlistSizeRange }),
  evaluatorsPerEntry: numberField({ min: 1, max: 10, decimals: 0, range: R.evaluatorsPerEntryRange }),
  aggregation: z.enum(AGGREGATIONS, M.invalidChoice),
  zNormalize: booleanField(),
  hideEvaluatorNames: booleanField(),
  categories: z
    .array(categorySchema, R.categoryRequired)
    .min(1, R.categoryRequired)
    .max(LIMITS.maxCategories, R.tooMany),
  // Keyed by stage kind so each issue's path ("stageWeights.DESK.weight") names one form input.
  stageWeights: z.record(z.string(), stageWeightSchema, M.invalidChoice),
  tieBreakers: z.array(tieBreakerSchema, M.invalidChoice).max(LIMITS.maxTieBreakers, R.tooMany).default([]),
});

type Base = z.output<typeof baseSchema>;

/**
 * Rules spanning fields; paths match zod's issue paths (joined with "."). `failed` lists the paths that already
 * failed their own checks: a rule reading such a value is skipped, since the value is unusable and already marked.
 */
export function configProblems(v: Base, failed: readonly Path[] = []): Problem[] {
  const { value: isBroken, container: containerBroken } = failures(failed);
  const problems: Problem[] = [];
  const push = (path: string, code: string, params?: Problem["params"]) =>
    problems.push(params ? { path, code, params } : { path, code });

  if (!containerBroken(["categories"])) {
    const seen = new Set<string>();
    v.categories.forEach((c, i) => {
      if (isBroken(["categories", i, "code"])) return;
      if (seen.has(c.code)) push(`categories.${i}.code`, R.duplicateCategory, { code: c.code });
      seen.add(c.code);
    });
  }
  const quotasKnown =
    !containerBroken(["categories"]) && v.categories.every((_, i) => !isBroken(["categories", i, "quota"]));
  if (quotasKnown && !isBroken(["shortlistSize"])) {
    const sum = v.categories.reduce((acc, c) => acc + (c.quota ?? 0), 0);
    if (sum > v.shortlistSize)
      push("categories", R.quotasExceedShortlist, { sum, shortlistSize: v.shortlistSize });
  }

  if (!containerBroken(["stageWeights"])) {
    let anyWeight = false;
    for (const [kind, s] of Object.entries(v.stageWeights).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (isBroken(["stageWeights", kind])) {
        anyWeight = true; // unknown yet: do not also claim "no weighted stage"
        continue;
      }
      if (!isStageKind(kind)) push(`stageWeights.${kind}`, M.invalidChoice);
      else if (!isScoredStage(kind)) {
        if (s.weight > 0) push(`stageWeights.${kind}.weight`, R.weightNotAllowed, { stage: kind });
        if (s.passFail) push(`stageWeights.${kind}.passFail`, R.passFailNotAllowed, { stage: kind });
      } else {
        if (s.passFail && !PASS_FAIL_STAGES.includes(kind)) {
          push(`stageWeights.${kind}.passFail`, R.passFailNotAllowed, { stage: kind });
        } else if (s.passFail && s.weight > 0) {
          push(`stageWeights.${kind}.weight`, R.passFailWithWeight, { stage: kind });
        }
        if (s.weight > 0) anyWeight = true;
      }
    }
    if (!anyWeight) push("stageWeights", R.noWeightedStage);
  }

  if (!containerBroken(["tieBreakers"])) {
    const seen = new Set<string>();
    v.tieBreakers.forEach((t, i) => {
      if (isBroken(["tieBreakers", i])) return;
      const key = JSON.stringify([t.kind, "stage" in t ? t.stage : "", "code" in t ? t.code : ""]);
      if (seen.has(key)) push(`tieBreakers.${i}`, R.duplicateTieBreaker);
      seen.add(key);
      // Only a scored stage has scores to compare; a pass/fail stage has verdicts.
      const passFail =
        "stage" in t && !isBroken(["stageWeights", t.stage]) && v.stageWeights[t.stage]?.passFail === true;
      if ("stage" in t && (!isScoredStage(t.stage) || passFail)) {
        push(`tieBreakers.${i}.stage`, R.tieBreakerStage, { stage: t.stage });
      }
    });
  }
  return problems;
}

export const competitionConfigSchema = baseSchema
  .superRefine(...crossFieldRefinement(configProblems))
  .transform((v) => ({
    ...v,
    // Only scored stages are kept: the others passed the checks, so they carry no weight.
    stageWeights: Object.fromEntries(
      SCORED_STAGES.flatMap((k) => {
        const s = v.stageWeights[k];
        return s ? [[k, s]] : [];
      }),
    ) as StageWeights,
  }));

export type CompetitionConfigInput = z.input<typeof competitionConfigSchema>;
export type CompetitionConfig = z.output<typeof competitionConfigSchema>;
export type CompetitionTieBreaker = CompetitionConfig["tieBreakers"][number];
// Fails to compile if a parsed tie-breaker could not be handed to the scoring engine as is.
const _fitsEngine = (t: CompetitionTieBreaker): TieBreaker => t;

/** The same checks as the schema, as Problems (for callers that do not speak zod). */
export function parseCompetitionConfig(
  input: unknown,
): { ok: true; value: CompetitionConfig } | { ok: false; problems: Problem[] } {
  const r = competitionConfigSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => {
      const params = (i as { params?: Problem["params"] }).params;
      return { path: i.path.join("."), code: i.message, ...(params ? { params } : {}) };
    }),
  };
}
