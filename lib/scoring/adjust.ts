// Shortlist adjustments: the admin's written-reason additions and removals, applied after the computed shortlist
// (quotas) and before the final ranking. Each adjustment concerns only its own entry, so their order never matters.
import { note, type EngineNote, type EngineNoteCode } from "./notes";
import type { AppliedOverride, ShortlistAdjustment, ShortlistVia } from "./types";

interface AdjustmentOutcome {
  selected: Map<string, ShortlistVia>;
  applied: Map<string, AppliedOverride>;
  notes: EngineNote[];
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
  const notes: EngineNote[] = [];
  for (const a of adjustments) {
    let why: EngineNoteCode | null = null;
    if (a.kind === "SHORTLIST_REMOVE") {
      if (computed.has(a.entryId)) selected.delete(a.entryId);
      else why = "IGNORED_NOT_SHORTLISTED";
    } else if (computed.has(a.entryId)) {
      why = "IGNORED_ALREADY_SHORTLISTED";
    } else if (!passed.has(a.entryId)) {
      why = "IGNORED_NOT_PASSED";
    } else {
      selected.set(a.entryId, "ADJUSTED");
    }
    const said =
      why === null
        ? note("ADJUSTMENT_APPLIED", { entryId: a.entryId, kind: a.kind, reason: a.reason })
        : note(why, { entryId: a.entryId, kind: a.kind });
    notes.push(said);
    applied.set(a.entryId, {
      kind: a.kind,
      reason: a.reason,
      targetRank: null,
      appliedRank: null,
      status: why === null ? "APPLIED" : "IGNORED",
      note: why === null ? null : said,
    });
  }
  return { selected, applied, notes };
}
