// What editing a rubric does to scores already given: shown to the admin before an "unlock" is confirmed.
import { SCORED_STAGES, type ScoredStageKind } from "./config";
import type { Rubric, RubricCriterion } from "./rubric";
import { stageOrder } from "./stages";

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
export type ScoreImpactReason =
  "REMOVED" | "OUT_OF_SCALE" | "SCALE_CHANGED" | "WEIGHT_CHANGED" | "NOW_REQUIRED";
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
export function rubricChangeImpact(
  oldRubric: Rubric,
  newRubric: Rubric,
  scores: readonly ScoreRef[],
): RubricImpact {
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
      const o = olds.find(
        (c) => c.code === n.code && !used.has(c) && (n.id === undefined || c.id === undefined),
      );
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
      affected.push({
        assignmentId: s.assignmentId,
        stage: s.stage,
        code: o.code,
        criterionId: o.id ?? null,
        value,
        reasons,
      });
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
    if ((nowRequired.get(s.stage) ?? []).some((o) => !has?.has(o)))
      entry(s.assignmentId, s.stage).reasons.push("NOW_REQUIRED");
  }
  const ORDER: AssignmentImpactReason[] = [
    "REMOVED",
    "OUT_OF_SCALE",
    "SCALE_CHANGED",
    "WEIGHT_CHANGED",
    "NOW_REQUIRED",
    "REQUIRED_ADDED",
  ];
  const assignments = [...perAssignment.values()]
    .map((a) => ({ ...a, reasons: ORDER.filter((r) => a.reasons.includes(r)) }))
    .sort((a, b) => byStage(a.stage, b.stage) || cmp(a.assignmentId, b.assignmentId));

  criteria.sort((a, b) => byStage(a.stage, b.stage) || cmp(a.code, b.code) || cmp(a.id ?? "", b.id ?? ""));
  affected.sort(
    (a, b) => byStage(a.stage, b.stage) || cmp(a.assignmentId, b.assignmentId) || cmp(a.code, b.code),
  );
  return { criteria, scores: affected, assignments };
}
