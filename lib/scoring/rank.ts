// Desk ranking (all entries) and final ranking (shortlisted entries).
import { compareIds, key9 } from "./numeric";
import { note, type EngineNote } from "./notes";
import { applyOverrides, type OverrideOutcome } from "./overrides";
import type { EntryStage, StageTable } from "./stages";
import { rankCandidates, type Candidate, type Ranked } from "./tiebreak";
import type {
  AppliedOverride,
  EntryInput,
  FinalResult,
  FinalStatus,
  StageDef,
  TieBreaker,
  Verdict,
} from "./types";
import type { Prepared } from "./validate";

function stagesOf(table: StageTable, entryId: string): Map<string, EntryStage> {
  return table.get(entryId) as Map<string, EntryStage>;
}

/** Desk tie-breakers can only use data that exists at desk time, so rules naming later stages are skipped. */
function deskTieBreakers(p: Prepared): TieBreaker[] {
  return p.input.tieBreakers.filter(
    (t) => t.kind === "OBJECTIONS" || t.kind === "SUBMITTED_AT" || t.stage === p.input.deskStage,
  );
}

export function rankDesk(p: Prepared, table: StageTable): Ranked[] {
  const candidates: Candidate[] = [];
  for (const entry of p.entries) {
    const stages = stagesOf(table, entry.id);
    const score = stages.get(p.input.deskStage)?.score;
    if (score == null) continue;
    candidates.push({ entry, submittedMs: p.submittedMs.get(entry.id) as number, total: score, stages });
  }
  return rankCandidates(candidates, deskTieBreakers(p));
}

export function passes(score: number | null, passingGrade: number): boolean {
  return score !== null && key9(score) >= key9(passingGrade);
}

interface Gate {
  status: FinalStatus;
  total: number | null;
  reasons: EngineNote[];
}

/** Decides whether a shortlisted entry can be ranked: every weighted stage scored, every pass/fail stage passed. */
function gate(stages: Map<string, EntryStage>, defs: readonly StageDef[]): Gate {
  const reasons: EngineNote[] = [];
  let failed = false;
  let incomplete = false;
  let missingScore = false;
  let weighted = 0;
  let weights = 0;
  for (const def of defs) {
    const es = stages.get(def.kind) as EntryStage;
    if (def.passFail) {
      if (es.verdict === null) {
        incomplete = true;
        reasons.push(note("NO_VERDICT", { stage: def.kind, incomplete: es.incomplete.length }));
      } else if (es.verdict === "FAIL") {
        failed = true;
        const passed = es.complete.filter((r) => r.passed).length;
        reasons.push(note("FAILED_PASS_FAIL", { stage: def.kind, passed, complete: es.complete.length }));
      }
    } else if (def.weight > 0) {
      if (es.score === null) {
        incomplete = missingScore = true;
        reasons.push(note("NO_COMPLETE_REVIEWS", { stage: def.kind, incomplete: es.incomplete.length }));
      } else {
        weighted += def.weight * es.score;
        weights += def.weight;
      }
    }
  }
  const status: FinalStatus = failed ? "EXCLUDED" : incomplete ? "INCOMPLETE" : "RANKED";
  const total = missingScore ? null : weighted / weights;
  return { status, total, reasons };
}

function stageRecord<T>(defs: readonly StageDef[], pick: (def: StageDef) => T): Record<string, T> {
  return Object.fromEntries(defs.map((def) => [def.kind, pick(def)]));
}

function nullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return a - b;
}

interface FinalComputation {
  results: FinalResult[];
  overrideNotes: EngineNote[];
  /** Every override by entry id, including ignored ones for entries outside the final list. */
  overrides: Map<string, AppliedOverride>;
}

export function rankFinal(p: Prepared, table: StageTable, shortlist: readonly string[]): FinalComputation {
  const scored = p.stages.filter((s) => !s.passFail);
  const gated = shortlist.map((id) => ({
    id,
    stages: stagesOf(table, id),
    gate: gate(stagesOf(table, id), p.stages),
  }));
  const candidates: Candidate[] = gated
    .filter((g) => g.gate.status === "RANKED")
    .map((g) => ({
      entry: p.entryById.get(g.id) as EntryInput,
      submittedMs: p.submittedMs.get(g.id) as number,
      total: g.gate.total as number,
      stages: g.stages,
    }));
  const ranked = new Map(
    rankCandidates(candidates, p.input.tieBreakers).map((r) => [r.candidate.entry.id, r]),
  );
  const unranked = new Set(gated.filter((g) => !ranked.has(g.id)).map((g) => g.id));
  const outcome: OverrideOutcome = applyOverrides([...ranked.keys()], unranked, p.overrides);
  const finalRank = new Map(outcome.order.map((id, i) => [id, i + 1]));

  const results = gated.map((g): FinalResult => {
    const override = outcome.applied.get(g.id) ?? null;
    const disqualified = override?.kind === "DISQUALIFY" && override.status === "APPLIED";
    const r = ranked.get(g.id);
    return {
      entryId: g.id,
      category: (p.entryById.get(g.id) as EntryInput).category,
      status: disqualified ? "DISQUALIFIED" : g.gate.status,
      computedRank: r?.rank ?? null,
      finalRank: finalRank.get(g.id) ?? null,
      total: g.gate.total,
      stageScores: stageRecord(scored, (d) => g.stages.get(d.kind)?.score ?? null),
      disagreement: stageRecord(scored, (d) => g.stages.get(d.kind)?.disagreement ?? null),
      verdicts: stageRecord(
        p.stages.filter((s) => s.passFail),
        (d): Verdict | null => g.stages.get(d.kind)?.verdict ?? null,
      ),
      tieBreak: r?.tieBreak ?? null,
      disqualified,
      disqualifyReason: disqualified ? override.reason : null,
      override,
      reasons: g.gate.reasons,
    };
  });
  // Ranked entries by final rank, then disqualified ones by computed rank, then unranked ones by id.
  results.sort(
    (a, b) =>
      nullsLast(a.finalRank, b.finalRank) ||
      nullsLast(a.computedRank, b.computedRank) ||
      compareIds(a.entryId, b.entryId),
  );
  return { results, overrideNotes: outcome.notes, overrides: outcome.applied };
}
