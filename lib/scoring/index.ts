// Pure, deterministic ranking engine. See docs/scoring.md for the rules.
import { adjustShortlist } from "./adjust";
import { buildExplanation, incompleteInfo } from "./explain";
import { passes, rankDesk, rankFinal } from "./rank";
import { selectShortlist } from "./shortlist";
import { computeStages, evaluatorLabels, type EntryStage } from "./stages";
import type {
  AppliedOverride,
  CompetitionInput,
  DeskResult,
  Explanation,
  RankingOutput,
  StageScoreRow,
} from "./types";
import { prepare } from "./validate";

export type * from "./types";
export { aggregate, disagreement, effectiveAggregation, zNormalize } from "./aggregate";
export { formatScore } from "./numeric";
export { reviewScore } from "./review";
export { selectShortlist, type ShortlistCandidate, type ShortlistResult } from "./shortlist";
export { FALLBACK_LABEL, tieBreakerLabel } from "./tiebreak";

export function computeRanking(input: CompetitionInput): RankingOutput {
  const p = prepare(input);
  const table = computeStages(p);
  const stagesOf = (id: string) => table.get(id) as Map<string, EntryStage>;
  const labels = new Map(p.entries.map((e) => [e.id, evaluatorLabels(stagesOf(e.id), p.input.anonymize)]));

  const deskRanked = rankDesk(p, table);
  const passing = deskRanked
    .filter((r) => passes(r.candidate.total, p.input.passingGrade))
    .map((r) => ({ entryId: r.candidate.entry.id, category: r.candidate.entry.category }));
  const picked = selectShortlist(passing, p.categories, p.input.shortlistSize);
  const adjusted = adjustShortlist(picked.selected, new Set(passing.map((e) => e.entryId)), p.adjustments);
  const selected = adjusted.selected;
  const shortlist = passing.filter((e) => selected.has(e.entryId)).map((e) => e.entryId);
  // Quotas report the places each category holds after adjustments.
  const quotas = picked.quotas.map((q) => ({
    ...q,
    shortlisted: passing.filter((e) => e.category === q.category && selected.has(e.entryId)).length,
  }));
  const final = rankFinal(p, table, shortlist);

  const deskRank = new Map(deskRanked.map((r) => [r.candidate.entry.id, r]));
  // Ranked entries in desk order, then entries without a desk score by id (p.entries is sorted by id).
  const deskOrder = [
    ...deskRanked.map((r) => r.candidate.entry),
    ...p.entries.filter((e) => !deskRank.has(e.id)),
  ];
  const desk = deskOrder.map((e): DeskResult => {
    const r = deskRank.get(e.id);
    const score = r?.candidate.total ?? null;
    return {
      entryId: e.id,
      category: e.category,
      deskScore: score,
      deskRank: r?.rank ?? null,
      passed: passes(score, p.input.passingGrade),
      shortlisted: selected.has(e.id),
      shortlistVia: selected.get(e.id) ?? null,
      incomplete: score === null,
      incompleteReviews: incompleteInfo(
        stagesOf(e.id).get(p.input.deskStage) as EntryStage,
        labels.get(e.id) ?? new Map(),
      ),
      tieBreak: r?.tieBreak ?? null,
    };
  });

  const scoredStages = p.stages.filter((s) => !s.passFail);
  const stageScores: StageScoreRow[] = [];
  for (const e of p.entries) {
    const stages = stagesOf(e.id);
    for (const s of scoredStages) {
      const es = stages.get(s.kind) as EntryStage;
      stageScores.push({
        entryId: e.id,
        stage: s.kind,
        score: es.score,
        disagreement: es.disagreement,
        completeReviews: es.complete.length,
        incompleteReviews: es.incomplete.length,
      });
    }
  }

  const finalById = new Map(final.results.map((f) => [f.entryId, f]));
  const deskById = new Map(desk.map((d) => [d.entryId, d]));
  // fromEntries defines own properties, so even an id like "__proto__" is stored safely.
  const explanations: Record<string, Explanation> = Object.fromEntries(
    p.entries.map((e) => {
      const overrides: AppliedOverride[] = [];
      const adjustment = adjusted.applied.get(e.id);
      const override = final.overrides.get(e.id);
      if (adjustment !== undefined) overrides.push(adjustment);
      if (override !== undefined) overrides.push(override);
      const explanation = buildExplanation(
        p,
        stagesOf(e.id),
        labels.get(e.id) ?? new Map(),
        deskById.get(e.id) as DeskResult,
        finalById.get(e.id),
        overrides,
      );
      return [e.id, explanation];
    }),
  );

  return {
    desk,
    shortlist,
    shortlistNotes: [...picked.notes, ...adjusted.notes],
    overrideNotes: final.overrideNotes,
    quotas,
    stageScores,
    final: final.results,
    explanations,
  };
}

/** Breakdown for one entry; runs the whole ranking because ranks and normalisation depend on every entry. */
export function explainEntry(input: CompetitionInput, entryId: string): Explanation {
  const explanations = computeRanking(input).explanations;
  if (!Object.hasOwn(explanations, entryId)) throw new Error(`Unknown entry "${entryId}"`);
  return explanations[entryId] as Explanation;
}
