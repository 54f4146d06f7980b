// Shortlist adjustments: the admin's written-reason additions and removals, applied after the computed shortlist
// (quotas) and before the final ranking. Each adjustment concerns only its own entry, so their order never matters.
import type { AppliedOverride, ShortlistAdjustment, ShortlistVia } from "./types";

export interface AdjustmentOutcome {
  selected: Map<string, ShortlistVia>;
  applied: Map<string, AppliedOverride>;
  notes: string[];
}

/**
 * `computed` is the shortlist the quotas produced; `passed` the entries with a complete desk score at or above the
 * passing grade. REMOVE takes a shortlisted entry out; ADD puts in a passing entry that is not shortlisted. Anything
 * else is ignored with a note. `adjustments` must be sorted by entry id (prepare does it), so the notes are too.
 */
export function adjustShortlist(
  computed: ReadonlyMap<string, ShortlistVia>,
  passed: ReadonlySet<string>,
  adjustments: readonly ShortlistAdjustment[],
): AdjustmentOutcome {
  const selected = new Map(computed);
  const applied = new Map<string, AppliedOverride>();
  const notes: string[] = [];
  for (const a of adjustments) {
    let why: string | null = null;
    if (a.kind === "SHORTLIST_REMOVE") {
      if (computed.has(a.entryId)) selected.delete(a.entryId);
      else why = "the entry is not shortlisted";
    } else if (computed.has(a.entryId)) {
      why = "the entry is already shortlisted";
    } else if (!passed.has(a.entryId)) {
      why = "the entry did not pass the desk stage (complete desk score at or above the passing grade)";
    } else {
      selected.set(a.entryId, "ADJUSTED");
    }
    const note =
      why === null
        ? `Entry "${a.entryId}" ${a.kind === "SHORTLIST_ADD" ? "added to" : "removed from"} the shortlist by adjustment: ${a.reason}`
        : `Shortlist adjustment ${a.kind} of entry "${a.entryId}" ignored: ${why}.`;
    notes.push(note);
    applied.set(a.entryId, {
      kind: a.kind,
      reason: a.reason,
      targetRank: null,
      appliedRank: null,
      status: why === null ? "APPLIED" : "IGNORED",
      note: why === null ? null : note,
    });
  }
  return { selected, applied, notes };
}
