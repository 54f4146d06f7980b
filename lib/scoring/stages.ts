// Per-entry, per-stage results: review scores, optional normalisation, aggregate, verdict, criterion means.
import { aggregate, disagreement, effectiveAggregation, zNormalize } from "./aggregate";
import { compareIds, meanInPlace } from "./numeric";
import { describeValues, missingRequired, scoreSorted } from "./review";
import type { Aggregation, CriterionPart, IncompleteReason, ReviewInput, StageDef, Verdict } from "./types";
import type { Prepared } from "./validate";

interface CompleteReview {
  evaluatorId: string;
  /** Null on pass/fail stages. */
  score: number | null;
  adjusted: number | null;
  normalizationApplied: boolean;
  passed: boolean | null;
  criteria: CriterionPart[];
}

interface IncompleteReview {
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
  /** Memo of criterionMean(): only CRITERION tie-breaks between tied entries need these, so they are computed lazily. */
  criterionMeans: Map<string, number | null> | null;
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
    criterionMeans: null,
  };
}

function classify(stage: StageDef, r: ReviewInput): CompleteReview | IncompleteReview {
  const evaluatorId = r.evaluatorId;
  if (stage.passFail) {
    const criteria = describeValues(stage.criteria, r.values);
    const missing = missingRequired(criteria);
    if (missing.length > 0) return { evaluatorId, reason: "MISSING_REQUIRED", missing, criteria };
    if (typeof r.passed !== "boolean")
      return { evaluatorId, reason: "MISSING_VERDICT", missing: [], criteria };
    return {
      evaluatorId,
      score: null,
      adjusted: null,
      normalizationApplied: false,
      passed: r.passed,
      criteria,
    };
  }
  // prepare() validated the rubric, sorted its criteria by code and checked every value.
  const result = scoreSorted(stage.criteria, r.values);
  if (!result.complete)
    return { evaluatorId, reason: result.reason, missing: result.missing, criteria: result.criteria };
  return {
    evaluatorId,
    score: result.score,
    adjusted: result.score,
    normalizationApplied: false,
    passed: null,
    criteria: result.criteria,
  };
}

const byEvaluator = (a: { evaluatorId: string }, b: { evaluatorId: string }) =>
  compareIds(a.evaluatorId, b.evaluatorId);

function sortByEvaluator(reviews: { evaluatorId: string }[]): void {
  for (let i = 1; i < reviews.length; i++) {
    if (byEvaluator(reviews[i - 1] as { evaluatorId: string }, reviews[i] as { evaluatorId: string }) > 0) {
      reviews.sort(byEvaluator);
      return;
    }
  }
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
  // Already in evaluator order when filled from prepare()'s sorted reviews; sorted only if that ever changes.
  sortByEvaluator(es.complete);
  sortByEvaluator(es.incomplete);
  const n = es.complete.length;
  if (n === 0) return;
  if (es.stage.passFail) {
    // Strict majority: a split panel is not enough to pass a verification.
    let passes = 0;
    for (const r of es.complete) if (r.passed) passes++;
    es.verdict = passes * 2 > n ? "PASS" : "FAIL";
    return;
  }
  const scores = new Array<number>(n);
  for (let i = 0; i < n; i++) scores[i] = (es.complete[i] as CompleteReview).adjusted as number;
  es.score = aggregate(scores, method);
  es.disagreement = disagreement(scores);
  es.effectiveAggregation = effectiveAggregation(n, method);
}

/** Mean normalised (0–1) value of a criterion over the complete reviews that filled it; null when none did. */
export function criterionMean(es: EntryStage, code: string): number | null {
  const memo = (es.criterionMeans ??= new Map());
  const known = memo.get(code);
  if (known !== undefined) return known;
  const i = es.stage.criteria.findIndex((c) => c.code === code);
  const values: number[] = [];
  for (const r of es.complete) {
    // Parts are in the stage's criterion order; look the code up only if that ever stops being true.
    const at = r.criteria[i];
    const part = at !== undefined && at.code === code ? at : r.criteria.find((p) => p.code === code);
    if (part !== undefined && part.normalized !== null) values.push(part.normalized);
  }
  const mean = values.length === 0 ? null : meanInPlace(values);
  memo.set(code, mean);
  return mean;
}

export function computeStages(p: Prepared): StageTable {
  const table: StageTable = new Map();
  for (const e of p.entries) {
    const row = new Map<string, EntryStage>();
    for (const s of p.stages) row.set(s.kind, emptyStage(s));
    table.set(e.id, row);
  }
  const completeInStage = new Map<string, CompleteReview[]>(p.stages.map((s) => [s.kind, []]));
  // One pass over the reviews; they are sorted by entry and stage, so consecutive ones share their row.
  let rowEntry: string | null = null;
  let rowStage: string | null = null;
  let row = null as unknown as EntryStage;
  for (const r of p.reviews) {
    if (r.entryId !== rowEntry || r.stage !== rowStage) {
      rowEntry = r.entryId;
      rowStage = r.stage;
      row = table.get(r.entryId)?.get(r.stage) as EntryStage;
    }
    const review = classify(row.stage, r);
    if ("reason" in review) {
      row.incomplete.push(review);
    } else {
      row.complete.push(review);
      (completeInStage.get(r.stage) as CompleteReview[]).push(review);
    }
  }
  for (const stage of p.stages) {
    if (p.input.zNormalize && !stage.passFail)
      normalizeStage(completeInStage.get(stage.kind) as CompleteReview[]);
    for (const e of p.entries) finish(table.get(e.id)?.get(stage.kind) as EntryStage, p.input.aggregation);
  }
  return table;
}

/** "Penilai 1", "Penilai 2"… by sorted evaluator id within the entry, so labels are stable across stages. */
export function evaluatorLabels(stages: Map<string, EntryStage>, anonymize: boolean): Map<string, string> {
  const ids: string[] = [];
  for (const es of stages.values()) {
    for (const r of es.complete) ids.push(r.evaluatorId);
    for (const r of es.incomplete) ids.push(r.evaluatorId);
  }
  ids.sort();
  const labels = new Map<string, string>();
  for (const id of ids) if (!labels.has(id)) labels.set(id, anonymize ? anonymousLabel(labels.size) : id);
  return labels;
}

// The same few labels serve every entry; made once instead of once per entry and evaluator.
const ANONYMOUS_LABELS: string[] = [];
function anonymousLabel(index: number): string {
  for (let i = ANONYMOUS_LABELS.length; i <= index; i++) ANONYMOUS_LABELS.push(`Penilai ${i + 1}`);
  return ANONYMOUS_LABELS[index] as string;
}
