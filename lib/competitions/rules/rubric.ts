// Rubric: the criteria evaluators score per stage. Validation for the editor and against the settings, and
// copying last year's rubric. The impact of editing a rubric that has scores is in rubric-impact.ts.
import { z } from "zod";
import { text } from "@/lib/validation/text";
import type { CriterionDef } from "@/lib/scoring/types";
import { isScoredStage, SCORED_STAGES, type CompetitionConfig, type ScoredStageKind } from "./config";
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
import type { Problem } from "./stages";

export const RUBRIC_LIMITS = {
  maxCriteria: 100,
  maxWeight: 1000,
  maxScale: 1000,
  guidance: 5000,
  /** Descriptors are written per level, so only for short scales (1–5, 0–4, 1–10…). */
  maxLevels: 11,
  levelText: 500,
} as const;

const R = {
  criterionCode: "competitions.rules.criterionCode",
  criterionWeightRange: "competitions.rules.criterionWeightRange",
  scaleRange: "competitions.rules.scaleRange",
  scaleOrder: "competitions.rules.scaleOrder",
  duplicateCriterion: "competitions.rules.duplicateCriterion",
  tooMany: "competitions.rules.tooMany",
  weightedStageWithoutCriteria: "competitions.rules.weightedStageWithoutCriteria",
  deskWithoutCriteria: "competitions.rules.deskWithoutCriteria",
  tieBreakerStageWithoutCriteria: "competitions.rules.tieBreakerStageWithoutCriteria",
  tieBreakerUnknownCriterion: "competitions.rules.tieBreakerUnknownCriterion",
  levelOutsideScale: "competitions.rules.levelOutsideScale",
  duplicateLevel: "competitions.rules.duplicateLevel",
  scaleTooLongForLevels: "competitions.rules.scaleTooLongForLevels",
} as const;

/** What one score level of a criterion means ("3: diterapkan di satu unit"). */
export interface LevelDescriptor {
  level: number;
  text: string;
}

/** A criterion as the scoring engine sees it, plus what the editor needs. `id` is set for stored criteria. */
export interface RubricCriterion extends CriterionDef {
  id?: string;
  guidance: string;
  levels?: LevelDescriptor[];
}
export type Rubric = Partial<Record<ScoredStageKind, RubricCriterion[]>>;

const scale = numberField({ min: 0, max: RUBRIC_LIMITS.maxScale, decimals: 0, range: R.scaleRange });

export const criterionSchema = z.object({
  id: z
    .string()
    .trim()
    .max(40, M.tooLong)
    .optional()
    .transform((v) => v || undefined),
  code: codeField(1, 20, R.criterionCode),
  name: textField(2, 200),
  guidance: text({ max: RUBRIC_LIMITS.guidance, tooLong: M.tooLong }).optional().default(""),
  weight: numberField({
    min: 0,
    exclusiveMin: true,
    max: RUBRIC_LIMITS.maxWeight,
    decimals: 2,
    range: R.criterionWeightRange,
  }),
  scaleMin: scale,
  scaleMax: scale,
  // The editor sends JSON with explicit booleans; a missing flag means required, as in the database.
  required: booleanField(true),
  // Rows with an empty text are levels left undescribed.
  levels: z
    .array(
      z.object({
        level: numberField({
          min: -RUBRIC_LIMITS.maxScale,
          max: RUBRIC_LIMITS.maxScale,
          decimals: 0,
          range: R.levelOutsideScale,
        }),
        text: text({ max: RUBRIC_LIMITS.levelText, tooLong: M.tooLong }).optional().default(""),
      }),
      M.invalidChoice,
    )
    .max(RUBRIC_LIMITS.maxLevels, R.scaleTooLongForLevels)
    .optional()
    .default([])
    .transform((v) => v.filter((l) => l.text !== "").sort((a, b) => a.level - b.level)),
});

/** Checks inside one rubric: codes unique per stage, weight > 0, a scale that goes up. Paths: "DESK.0.code". */
export function rubricShapeProblems(rubric: Rubric, failed: readonly Path[] = []): Problem[] {
  const broken = failures(failed).value;
  const problems: Problem[] = [];
  for (const stage of SCORED_STAGES) {
    const seen = new Set<string>();
    (rubric[stage] ?? []).forEach((c, i) => {
      if (!broken([stage, i, "code"])) {
        if (seen.has(c.code))
          problems.push({
            path: `${stage}.${i}.code`,
            code: R.duplicateCriterion,
            params: { stage, code: c.code },
          });
        seen.add(c.code);
      }
      if (!broken([stage, i, "scaleMin"]) && !broken([stage, i, "scaleMax"]) && c.scaleMax <= c.scaleMin) {
        problems.push({
          path: `${stage}.${i}.scaleMax`,
          code: R.scaleOrder,
          params: { min: c.scaleMin, max: c.scaleMax },
        });
      }
      if (!broken([stage, i, "weight"]) && !(c.weight > 0)) {
        problems.push({ path: `${stage}.${i}.weight`, code: R.criterionWeightRange });
      }
      problems.push(...levelProblems(c, `${stage}.${i}.levels`));
    });
  }
  return problems;
}

/** The stored descriptors, read defensively: only well-formed { level, text } rows. */
export function levelsOf(value: unknown): LevelDescriptor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    const o = v as { level?: unknown; text?: unknown } | null;
    return o && typeof o.level === "number" && typeof o.text === "string"
      ? [{ level: o.level, text: o.text }]
      : [];
  });
}

/** Descriptors only for a short scale, each level inside the scale and described once. */
function levelProblems(
  c: Pick<RubricCriterion, "scaleMin" | "scaleMax" | "levels">,
  path: string,
): Problem[] {
  const levels = c.levels ?? [];
  if (levels.length === 0 || !(c.scaleMax > c.scaleMin)) return [];
  if (c.scaleMax - c.scaleMin + 1 > RUBRIC_LIMITS.maxLevels)
    return [{ path, code: R.scaleTooLongForLevels, params: { max: RUBRIC_LIMITS.maxLevels } }];
  const problems: Problem[] = [];
  const seen = new Set<number>();
  for (const l of levels) {
    if (l.level < c.scaleMin || l.level > c.scaleMax)
      problems.push({
        path,
        code: R.levelOutsideScale,
        params: { level: l.level, min: c.scaleMin, max: c.scaleMax },
      });
    else if (seen.has(l.level)) problems.push({ path, code: R.duplicateLevel, params: { level: l.level } });
    seen.add(l.level);
  }
  return problems;
}

/** The rubric editor's input: `{ DESK: [...criteria], PRESENTATION: [...] }`, keyed by scored stage. */
export const rubricSchema = z
  .record(
    z.string(),
    z.array(criterionSchema, M.invalidChoice).max(RUBRIC_LIMITS.maxCriteria, R.tooMany),
    M.invalidChoice,
  )
  .superRefine(
    ...crossFieldRefinement((v: Record<string, RubricCriterion[]>, failed) => [
      ...Object.keys(v)
        .filter((key) => !isScoredStage(key))
        .map((key) => ({ path: key, code: M.invalidChoice })),
      ...rubricShapeProblems(v, failed),
    ]),
  )
  .transform((v): Rubric => Object.fromEntries(SCORED_STAGES.flatMap((k) => (v[k] ? [[k, v[k]]] : []))));

export type RubricInput = z.input<typeof rubricSchema>;

/**
 * Whole-rubric rules against the competition's settings. Paths: "rubric.DESK" (a stage), "rubric.DESK.0.code"
 * (a criterion), "tieBreakers.1.code" (a tie-breaker of the settings form).
 */
export function validateRubric(
  config: Pick<CompetitionConfig, "stageWeights" | "tieBreakers">,
  rubric: Rubric,
): Problem[] {
  const problems = rubricShapeProblems(rubric).map((p) => ({ ...p, path: `rubric.${p.path}` }));
  const count = (stage: string) => (isScoredStage(stage) ? (rubric[stage]?.length ?? 0) : 0);
  for (const stage of SCORED_STAGES) {
    const s = config.stageWeights[stage];
    if (count(stage) > 0) continue;
    if (s && (s.weight > 0 || s.passFail)) {
      problems.push({ path: `rubric.${stage}`, code: R.weightedStageWithoutCriteria, params: { stage } });
    } else if (stage === "DESK") {
      // The shortlist is drawn from desk scores even when the desk does not count in the final total.
      problems.push({ path: `rubric.${stage}`, code: R.deskWithoutCriteria, params: { stage } });
    }
  }
  config.tieBreakers.forEach((t, i) => {
    if (t.kind === "STAGE" && count(t.stage) === 0) {
      problems.push({
        path: `tieBreakers.${i}.stage`,
        code: R.tieBreakerStageWithoutCriteria,
        params: { stage: t.stage },
      });
    }
    if (t.kind === "CRITERION") {
      const list = isScoredStage(t.stage) ? (rubric[t.stage] ?? []) : [];
      if (!list.some((c) => c.code === t.code)) {
        problems.push({
          path: `tieBreakers.${i}.code`,
          code: R.tieBreakerUnknownCriterion,
          params: { stage: t.stage, code: t.code },
        });
      }
    }
  });
  return problems;
}

/** A fresh copy for "start from last year's rubric": same criteria and order, no ids, no shared objects. */
export function copyRubric(rubric: Rubric): Rubric {
  const copy: Rubric = {};
  for (const stage of SCORED_STAGES) {
    const list = rubric[stage];
    if (!list) continue;
    copy[stage] = list.map((c) => ({
      code: c.code,
      name: c.name,
      guidance: c.guidance,
      weight: c.weight,
      scaleMin: c.scaleMin,
      scaleMax: c.scaleMax,
      required: c.required,
      levels: (c.levels ?? []).map((l) => ({ ...l })),
    }));
  }
  return copy;
}
