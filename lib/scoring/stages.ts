// Per-entry, per-stage results: review scores, optional normalisation, aggregate, verdict, criterion means.
import { aggregate, disagreement, effectiveAggregation, zNormalize } from "./aggregate";
import { byKey, mean } from "./numeric";
import { describeValues, missingRequired, scoreSorted } from "./review";
import type { Aggregation, CriterionPart, IncompleteReason, ReviewInput, StageDef, Verdict } from "./types";
import type { Prepared } from "./validate";

export interface CompleteReview {
  evaluatorId: string;
  /** Null on pass/fail stages. */
  score: number | null;
  adjusted: number | null;
  normalizationApplied: boolean;
  passed: boolean | null;
  criteria: CriterionPart[];
}

export interface IncompleteReview {
  evaluatorId: string;
  reason: IncompleteReason;
  missing: string[];
  criteria: CriterionPart[];
}

export interface EntryStage {
  stage: StageDef;
  complete: CompleteReview[];
  incomplete: IncompleteReview[];
  score: number | null;
  disagreement: number | null;
  verdict: Verdict | null;
  effectiveAggregation: Aggregation | null;
  /** Mean normalised (0–1) value per criterion over complete reviews that filled it; for CRITERION tie-breaks. */
  criterionMeans: Map<string, number | null>;
}

/** entryId → stage kind → result. Every entry has a row for every stage, empty when it has no reviews. */
export type StageTable = Map<string, Map<string, EntryStage>>;

function emptyStage(stage: StageDef): EntryStage {
  return {
    stage,
    complete: [],
    incomplete: [],
    score: null,
    disagreement: null,
    verdict: null,
    effectiveAggregation: null,
    criterionMeans: new Map(),
  };
}

function classify(stage: StageDef, r: ReviewInput): CompleteReview | IncompleteReview {
  const base = { evaluatorId: r.evaluatorId };
  if (stage.passFail) {
    const criteria = describeValues(stage.criteria, r.values);
    const missing = missingRequired(criteria);
    if (missing.length > 0) return { ...base, reason: "MISSING_REQUIRED", missing, criteria };
    if (typeof r.passed !== "boolean") return { ...base, reason: "MISSING_VERDICT", missing: [], criteria };
    return { ...base, score: null, adjusted: null, normalizationApplied: false, passed: r.passed, criteria };
  }
  // prepare() validated the rubric, sorted its criteria by code and checked every value.
  const result = scoreSorted(stage.criteria, r.values);
  if (!result.complete)
    return { ...base, reason: result.reason, missing: result.missing, criteria: result.criteria };
  return {
    ...base,
    score: result.score,
    adjusted: result.score,
    normalizationApplied: false,
    passed: null,
    criteria: result.criteria,
  };
}

function normalizeStage(reviews: CompleteReview[]): void {
  const normalized = zNormalize(
    reviews.map((r) => ({ evaluatorId: r.evaluatorId, score: r.score as number })),
  );
  normalized.forEach((n, i) => {
    const review = reviews[i] as CompleteReview;
    review.adjusted = n.adjusted;
    review.normalizationApplied = n.applied;
  });
}

function finish(es: EntryStage, method: Aggregation): void {
  es.complete.sort(byKey((r) => r.evaluatorId));
  es.incomplete.sort(byKey((r) => r.evaluatorId));
  const n = es.complete.length;
  if (n === 0) return;
  if (es.stage.passFail) {
    // Strict majority: a split panel is not enough to pass a verification.
    const passes = es.complete.filter((r) => r.passed).length;
    es.verdict = passes * 2 > n ? "PASS" : "FAIL";
    return;
  }
  const scores = es.complete.map((r) => r.adjusted as number);
  es.score = aggregate(scores, method);
  es.disagreement = disagreement(scores);
  es.effectiveAggregation = effectiveAggregation(n, method);
  es.stage.criteria.forEach((c, i) => {
    const values: number[] = [];
    for (const r of es.complete) {
      // Parts are in the stage's criterion order; look the code up only if that ever stops being true.
      const at = r.criteria[i];
      const part = at !== undefined && at.code === c.code ? at : r.criteria.find((p) => p.code === c.code);
      if (part !== undefined && part.normalized !== null) values.push(part.normalized);
    }
    es.criterionMeans.set(c.code, values.length === 0 ? null : mean(values));
  });
}

export function computeStages(p: Prepared): StageTable {
  const table: StageTable = new Map(
    p.entries.map((e) => [e.id, new Map(p.stages.map((s) => [s.kind, emptyStage(s)]))]),
  );
  const row = (entryId: string, stage: string) => table.get(entryId)?.get(stage) as EntryStage;

  for (const stage of p.stages) {
    const completeInStage: CompleteReview[] = [];
    for (const r of p.reviews) {
      if (r.stage !== stage.kind) continue;
      const review = classify(stage, r);
      if ("reason" in review) {
        row(r.entryId, stage.kind).incomplete.push(review);
      } else {
        row(r.entryId, stage.kind).complete.push(review);
        completeInStage.push(review);
      }
    }
    if (p.input.zNormalize && !stage.passFail) normalizeStage(completeInStage);
    for (const e of p.entries) finish(row(e.id, stage.kind), p.input.aggregation);
  }
  return table;
}

/** "Penilai 1", "Penilai 2"… by sorted evaluator id within the entry, so labels are stable across stages. */
export function evaluatorLabels(stages: Map<string, EntryStage>, anonymize: boolean): Map<string, string> {
  const ids = new Set<string>();
  for (const es of stages.values()) {
    for (const r of [...es.complete, ...es.incomplete]) ids.add(r.evaluatorId);
  }
  const sorted = [...ids].sort();
  return new Map(sorted.map((id, i) => [id, anonymize ? `Penilai ${i + 1}` : id]));
}
