import { ascending, clamp, key9, mean, meanOfSorted, stdDev } from "./numeric";
import type { Aggregation, EvaluatorScore, NormalizedScore } from "./types";

/** Trimming needs at least 4 reviews so that two remain after dropping the extremes. */
export function effectiveAggregation(count: number, method: Aggregation): Aggregation {
  return method === "TRIMMED_MEAN" && count < 4 ? "MEAN" : method;
}

export function aggregate(scores: readonly number[], method: Aggregation): number {
  if (scores.length === 0) throw new Error("aggregate: no scores to aggregate");
  const sorted = ascending(scores);
  const applied = effectiveAggregation(sorted.length, method);
  if (applied === "MEAN") return meanOfSorted(sorted);
  if (applied === "TRIMMED_MEAN") return meanOfSorted(sorted.slice(1, -1));
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

export function disagreement(scores: readonly number[]): number {
  if (scores.length === 0) throw new Error("disagreement: no scores");
  return Math.max(...scores) - Math.min(...scores);
}

const MIN_REVIEWS_FOR_NORMALIZATION = 3;

/**
 * Per-evaluator z-score normalisation within one stage: x' = μ + σ·(x − μₑ)/σₑ, clamped to 0–100, where μ, σ are
 * over all given scores and μₑ, σₑ over the evaluator's own. Evaluators with too few reviews or no spread keep their
 * scores because their μₑ/σₑ say nothing reliable about their scale. Output is in input order.
 */
export function zNormalize(scores: readonly EvaluatorScore[]): NormalizedScore[] {
  if (scores.length === 0) return [];
  const all = scores.map((s) => s.score);
  const mu = mean(all);
  const sigma = stdDev(all);

  const byEvaluator = new Map<string, number[]>();
  for (const s of scores) {
    const list = byEvaluator.get(s.evaluatorId) ?? [];
    list.push(s.score);
    byEvaluator.set(s.evaluatorId, list);
  }
  const stats = new Map<string, { mean: number; std: number }>();
  for (const [id, list] of byEvaluator) {
    if (list.length < MIN_REVIEWS_FOR_NORMALIZATION) continue;
    const std = stdDev(list);
    if (key9(std) === 0) continue;
    stats.set(id, { mean: mean(list), std });
  }

  return scores.map((s) => {
    const st = stats.get(s.evaluatorId);
    const adjusted = st ? clamp(mu + (sigma * (s.score - st.mean)) / st.std, 0, 100) : s.score;
    return { evaluatorId: s.evaluatorId, score: s.score, adjusted, applied: st !== undefined };
  });
}
