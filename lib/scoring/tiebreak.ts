// Ordering by score with configured tie-breakers and a fallback that makes every order total.
import { compareIds, key9 } from "./numeric";
import { criterionMean, type EntryStage } from "./stages";
import type { EntryInput, TieBreaker } from "./types";

export interface Candidate {
  entry: EntryInput;
  submittedMs: number;
  /** The score being ranked on (desk score or final total). */
  total: number;
  stages: Map<string, EntryStage>;
}

export const FALLBACK_LABEL = "FALLBACK:ENTRY_ID";

export function tieBreakerLabel(t: TieBreaker): string {
  if (t.kind === "STAGE") return `STAGE:${t.stage}`;
  if (t.kind === "CRITERION") return `CRITERION:${t.stage}:${t.code}`;
  return t.kind;
}

/** Higher first; a missing value loses to any present value. Compared on 9 decimals to ignore float noise. */
function higherFirst(a: number | null | undefined, b: number | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return key9(b) - key9(a);
}

function compareBy(t: TieBreaker, a: Candidate, b: Candidate): number {
  switch (t.kind) {
    case "STAGE":
      return higherFirst(a.stages.get(t.stage)?.score, b.stages.get(t.stage)?.score);
    case "CRITERION":
      return higherFirst(meanOf(a, t.stage, t.code), meanOf(b, t.stage, t.code));
    case "OBJECTIONS":
      return (a.entry.objectionsUpheld ?? 0) - (b.entry.objectionsUpheld ?? 0);
    case "SUBMITTED_AT":
      return a.submittedMs - b.submittedMs;
  }
}

function meanOf(c: Candidate, stage: string, code: string): number | null | undefined {
  const es = c.stages.get(stage);
  return es === undefined ? undefined : criterionMean(es, code);
}

interface Decision {
  order: number;
  /** Label of the rule that decided, or null when the totals already differed. */
  rule: string | null;
}

function decide(rules: readonly TieBreaker[], a: Candidate, b: Candidate): Decision {
  const byTotal = higherFirst(a.total, b.total);
  if (byTotal !== 0) return { order: byTotal, rule: null };
  for (const t of rules) {
    const order = compareBy(t, a, b);
    if (order !== 0) return { order, rule: tieBreakerLabel(t) };
  }
  return { order: compareIds(a.entry.id, b.entry.id), rule: FALLBACK_LABEL };
}

export interface Ranked {
  candidate: Candidate;
  rank: number;
  tieBreak: string | null;
}

/**
 * Sorts best first and labels each tied entry with the rule that separated it from the tied neighbour above it
 * (the top entry of a tied group gets the rule that separated it from the one below).
 */
export function rankCandidates(candidates: readonly Candidate[], rules: readonly TieBreaker[]): Ranked[] {
  const ordered = [...candidates].sort((a, b) => decide(rules, a, b).order);
  const tied = (i: number) => {
    const a = ordered[i - 1];
    const b = ordered[i];
    return a !== undefined && b !== undefined && key9(a.total) === key9(b.total);
  };
  return ordered.map((candidate, i) => {
    let tieBreak: string | null = null;
    if (tied(i)) tieBreak = decide(rules, ordered[i - 1] as Candidate, candidate).rule;
    else if (tied(i + 1)) tieBreak = decide(rules, candidate, ordered[i + 1] as Candidate).rule;
    return { candidate, rank: i + 1, tieBreak };
  });
}
