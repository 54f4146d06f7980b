// Rubric: the criteria evaluators score per stage. Validation for the editor, the impact of editing a rubric
// that already has scores (shown before an "unlock"), and copying last year's rubric.
import { z } from "zod";
import type { CriterionDef } from "@/lib/scoring/types";
import { isScoredStage, SCORED_STAGES, type CompetitionConfig, type ScoredStageKind } from "./config";
import { MESSAGES as M, booleanField, codeField, numberField, textField } from "./fields";
import { stageOrder, type Problem } from "./stages";

export const RUBRIC_LIMITS = { maxCriteria: 100, maxWeight: 1000, maxScale: 1000, guidance: 5000 } as const;

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
} as const;

/** A criterion as the scoring engine sees it, plus what the editor needs. `id` is set for stored criteria. */
export interface RubricCriterion extends CriterionDef {
  id?: string;
  guidance: string;
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
  guidance: z.string().trim().max(RUBRIC_LIMITS.guidance, M.tooLong).optional().default(""),
  weight: numberField({ min: 0, exclusiveMin: true, max: RUBRIC_LIMITS.maxWeight, decimals: 2, range: R.criterionWeightRange }),
  scaleMin: scale,
  scaleMax: scale,
  // The editor sends JSON with explicit booleans; a missing flag means required, as in the database.
  required: booleanField(true),
});

type Path = readonly (string | number)[];

/** Checks inside one rubric: codes unique per stage and a scale that goes up. Paths are "DESK.0.code". */
export function rubricShapeProblems(rubric: Rubric, failed: readonly Path[] = []): Problem[] {
  const broken = (path: Path) => failed.some((f) => path.every((x, i) => f[i] === x) || f.every((x, i) => path[i] === x));
  const problems: Problem[] = [];
  for (const stage of SCORED_STAGES) {
    const seen = new Set<string>();
    (rubric[stage] ?? []).forEach((c, i) => {
      if (!broken([stage, i, "code"])) {
        if (seen.has(c.code)) problems.push({ path: `${stage}.${i}.code`, code: R.duplicateCriterion, params: { stage, code: c.code } });
        seen.add(c.code);
      }
      if (!broken([stage, i, "scaleMin"]) && !broken([stage, i, "scaleMax"]) && c.scaleMax <= c.scaleMin) {
        problems.push({ path: `${stage}.${i}.scaleMax`, code: R.scaleOrder, params: { min: c.scaleMin, max: c.scaleMax } });
      }
      if (!broken([stage, i, "weight"]) && !(c.weight > 0)) {
        problems.push({ path: `${stage}.${i}.weight`, code: R.criterionWeightRange });
      }
    });
  }
  return problems;
}

/** The rubric editor's input: `{ DESK: [...criteria], PRESENTATION: [...] }`, keyed by scored stage. */
export const rubricSchema = z
  .record(z.string(), z.array(criterionSchema, M.invalidChoice).max(RUBRIC_LIMITS.maxCriteria, R.tooMany), M.invalidChoice)
  .superRefine(
    (v, ctx) => {
      const failed = ctx.issues.map((i) => (i.path ?? []) as Path);
      if (failed.some((f) => f.length === 0)) return;
      for (const key of Object.keys(v)) {
        if (!isScoredStage(key)) ctx.addIssue({ code: "custom", path: [key], message: M.invalidChoice, input: key });
      }
      for (const p of rubricShapeProblems(v as Rubric, failed)) {
        ctx.addIssue({ code: "custom", path: p.path.split(".").map((x) => (/^\d+$/.test(x) ? Number(x) : x)), message: p.code, input: undefined, params: p.params });
      }
    },
    { when: () => true },
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
      problems.push({ path: `tieBreakers.${i}.stage`, code: R.tieBreakerStageWithoutCriteria, params: { stage: t.stage } });
    }
    if (t.kind === "CRITERION") {
      const list = isScoredStage(t.stage) ? (rubric[t.stage] ?? []) : [];
      if (!list.some((c) => c.code === t.code)) {
        problems.push({ path: `tieBreakers.${i}.code`, code: R.tieBreakerUnknownCriterion, params: { stage: t.stage, code: t.code } });
      }
    }
  });
  return problems;
}

// ───────────── Impact of a change on stored scores ─────────────

/** A stored score, identified by criterion id (preferred) or by stage + code. */
export interface ScoreRef {
  assignmentId: string;
  stage: ScoredStageKind;
  criterionId?: string | null;
  code?: string | null;
  /** Stored value; without it a scale change cannot tell whether the value still fits. */
  value?: number | null;
}

export type CriterionChangeKind = "ADDED" | "REMOVED" | "SCALE" | "WEIGHT" | "REQUIRED" | "TEXT";
export interface CriterionChange {
  stage: ScoredStageKind;
  code: string;
  id: string | null;
  kinds: CriterionChangeKind[];
}

/**
 * Why a stored score is affected: its criterion is gone; its value is outside the new scale; the scale or weight
 * changed so the review score changes; or it is empty and the criterion became required (the review is incomplete).
 */
export type ScoreImpactReason = "REMOVED" | "OUT_OF_SCALE" | "SCALE_CHANGED" | "WEIGHT_CHANGED" | "NOW_REQUIRED";
export interface AffectedScore {
  assignmentId: string;
  stage: ScoredStageKind;
  code: string;
  criterionId: string | null;
  value: number | null;
  reasons: ScoreImpactReason[];
}

/** Per assignment: every reason its review changes, including a new required criterion it has no value for. */
export type AssignmentImpactReason = ScoreImpactReason | "REQUIRED_ADDED";
export interface AffectedAssignment {
  assignmentId: string;
  stage: ScoredStageKind;
  reasons: AssignmentImpactReason[];
}

export interface RubricImpact {
  criteria: CriterionChange[];
  scores: AffectedScore[];
  assignments: AffectedAssignment[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byStage = (a: ScoredStageKind, b: ScoredStageKind) => stageOrder(a) - stageOrder(b);

/**
 * What replacing `oldRubric` by `newRubric` does to the stored `scores`. A new criterion matches an old one by
 * id when it has one (so renaming a code keeps its scores), otherwise by stage + code.
 */
export function rubricChangeImpact(oldRubric: Rubric, newRubric: Rubric, scores: readonly ScoreRef[]): RubricImpact {
  const criteria: CriterionChange[] = [];
  const matchOf = new Map<RubricCriterion, RubricCriterion | null>();
  const requiredAdded = new Set<ScoredStageKind>();
  const nowRequired = new Map<ScoredStageKind, RubricCriterion[]>();

  for (const stage of SCORED_STAGES) {
    const olds = oldRubric[stage] ?? [];
    const news = newRubric[stage] ?? [];
    // Ids first, so a criterion whose code was reused by a new one still keeps its scores; then codes.
    const pair = new Map<RubricCriterion, RubricCriterion>();
    const used = new Set<RubricCriterion>();
    for (const n of news) {
      const o = n.id === undefined ? undefined : olds.find((c) => c.id === n.id && !used.has(c));
      if (o) {
        pair.set(n, o);
        used.add(o);
      }
    }
    for (const n of news) {
      if (pair.has(n)) continue;
      const o = olds.find((c) => c.code === n.code && !used.has(c) && (n.id === undefined || c.id === undefined));
      if (o) {
        pair.set(n, o);
        used.add(o);
      }
    }
    for (const n of news) {
      const o = pair.get(n);
      if (!o) {
        criteria.push({ stage, code: n.code, id: n.id ?? null, kinds: ["ADDED"] });
        if (n.required) requiredAdded.add(stage);
        continue;
      }
      matchOf.set(o, n);
      const kinds: CriterionChangeKind[] = [];
      if (o.scaleMin !== n.scaleMin || o.scaleMax !== n.scaleMax) kinds.push("SCALE");
      if (o.weight !== n.weight) kinds.push("WEIGHT");
      if (o.required !== n.required) kinds.push("REQUIRED");
      if (n.required && !o.required) nowRequired.set(stage, [...(nowRequired.get(stage) ?? []), o]);
      if (o.code !== n.code || o.name !== n.name || o.guidance !== n.guidance) kinds.push("TEXT");
      if (kinds.length > 0) criteria.push({ stage, code: n.code, id: o.id ?? null, kinds });
    }
    for (const o of olds) {
      if (!used.has(o)) {
        matchOf.set(o, null);
        criteria.push({ stage, code: o.code, id: o.id ?? null, kinds: ["REMOVED"] });
      }
    }
  }

  const affected: AffectedScore[] = [];
  const filled = new Map<string, Set<RubricCriterion>>(); // per assignment + stage: old criteria with a value
  for (const s of scores) {
    const olds = oldRubric[s.stage] ?? [];
    const o =
      (s.criterionId ? olds.find((c) => c.id === s.criterionId) : undefined) ??
      (s.code ? olds.find((c) => c.code === s.code) : undefined);
    if (!o) continue; // not a score of this rubric: nothing here changes it
    const n = matchOf.get(o);
    const value = s.value ?? null;
    if (value !== null) {
      const key = JSON.stringify([s.assignmentId, s.stage]);
      filled.set(key, (filled.get(key) ?? new Set()).add(o));
    }
    const reasons: ScoreImpactReason[] = [];
    if (n === null || n === undefined) reasons.push("REMOVED");
    else {
      const scaleChanged = o.scaleMin !== n.scaleMin || o.scaleMax !== n.scaleMax;
      if (value !== null && (value < n.scaleMin || value > n.scaleMax)) reasons.push("OUT_OF_SCALE");
      else if (value !== null && scaleChanged) reasons.push("SCALE_CHANGED");
      if (value !== null && o.weight !== n.weight) reasons.push("WEIGHT_CHANGED");
      if (value === null && n.required && !o.required) reasons.push("NOW_REQUIRED");
    }
    if (reasons.length > 0) {
      affected.push({ assignmentId: s.assignmentId, stage: s.stage, code: o.code, criterionId: o.id ?? null, value, reasons });
    }
  }

  const perAssignment = new Map<string, AffectedAssignment>();
  const entry = (assignmentId: string, stage: ScoredStageKind) => {
    const key = JSON.stringify([assignmentId, stage]);
    let a = perAssignment.get(key);
    if (!a) perAssignment.set(key, (a = { assignmentId, stage, reasons: [] }));
    return a;
  };
  for (const s of affected) entry(s.assignmentId, s.stage).reasons.push(...s.reasons);
  // A review that already has values lacks one for a newly added, or newly required, criterion: it turns incomplete.
  for (const s of scores) {
    if (requiredAdded.has(s.stage)) entry(s.assignmentId, s.stage).reasons.push("REQUIRED_ADDED");
    const has = filled.get(JSON.stringify([s.assignmentId, s.stage]));
    if ((nowRequired.get(s.stage) ?? []).some((o) => !has?.has(o))) entry(s.assignmentId, s.stage).reasons.push("NOW_REQUIRED");
  }
  const ORDER: AssignmentImpactReason[] = ["REMOVED", "OUT_OF_SCALE", "SCALE_CHANGED", "WEIGHT_CHANGED", "NOW_REQUIRED", "REQUIRED_ADDED"];
  const assignments = [...perAssignment.values()]
    .map((a) => ({ ...a, reasons: ORDER.filter((r) => a.reasons.includes(r)) }))
    .sort((a, b) => byStage(a.stage, b.stage) || cmp(a.assignmentId, b.assignmentId));

  criteria.sort((a, b) => byStage(a.stage, b.stage) || cmp(a.code, b.code) || cmp(a.id ?? "", b.id ?? ""));
  affected.sort((a, b) => byStage(a.stage, b.stage) || cmp(a.assignmentId, b.assignmentId) || cmp(a.code, b.code));
  return { criteria, scores: affected, assignments };
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
    }));
  }
  return copy;
}
