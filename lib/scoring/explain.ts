// Per-entry breakdown of how its scores and ranks came about, safe to show to the entrant when anonymised.
import type { EntryStage } from "./stages";
import type {
  AppliedOverride,
  DeskResult,
  Explanation,
  FinalResult,
  IncompleteReviewInfo,
  StageExplanation,
} from "./types";
import type { Prepared } from "./validate";

type Labels = ReadonlyMap<string, string>;

const labelOf = (labels: Labels, evaluatorId: string) => labels.get(evaluatorId) ?? evaluatorId;

export function incompleteInfo(es: EntryStage, labels: Labels): IncompleteReviewInfo[] {
  return es.incomplete.map((r) => ({
    stage: es.stage.kind,
    evaluator: labelOf(labels, r.evaluatorId),
    reason: r.reason,
    missing: r.missing,
  }));
}

function explainStage(p: Prepared, es: EntryStage, labels: Labels): StageExplanation {
  const passFail = es.stage.passFail === true;
  return {
    stage: es.stage.kind,
    weight: es.stage.weight,
    passFail,
    aggregation: p.input.aggregation,
    effectiveAggregation: es.effectiveAggregation,
    normalization: p.input.zNormalize && !passFail,
    score: es.score,
    disagreement: es.disagreement,
    verdict: es.verdict,
    reviews: es.complete.map((r) => ({
      evaluator: labelOf(labels, r.evaluatorId),
      score: r.score,
      adjustedScore: r.adjusted,
      normalizationApplied: r.normalizationApplied,
      passed: r.passed,
      criteria: r.criteria,
    })),
    incompleteReviews: incompleteInfo(es, labels),
  };
}

export function buildExplanation(
  p: Prepared,
  stages: ReadonlyMap<string, EntryStage>,
  labels: Labels,
  desk: DeskResult,
  final: FinalResult | undefined,
  overrides: AppliedOverride[],
): Explanation {
  const entry = p.entryById.get(desk.entryId);
  if (!entry) throw new Error(`Unknown entry "${desk.entryId}"`);
  return {
    entryId: entry.id,
    title: entry.title ?? null,
    category: entry.category,
    anonymized: p.input.anonymize,
    stages: p.stages.map((s) => explainStage(p, stages.get(s.kind) as EntryStage, labels)),
    desk: {
      score: desk.deskScore,
      rank: desk.deskRank,
      passed: desk.passed,
      shortlisted: desk.shortlisted,
      shortlistVia: desk.shortlistVia,
      tieBreak: desk.tieBreak,
    },
    final: final
      ? {
          status: final.status,
          total: final.total,
          computedRank: final.computedRank,
          finalRank: final.finalRank,
          tieBreak: final.tieBreak,
          reasons: final.reasons,
        }
      : null,
    overrides,
  };
}
