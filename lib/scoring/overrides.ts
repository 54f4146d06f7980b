import { clamp } from "./numeric";
import { note, type EngineNote, type EngineNoteCode } from "./notes";
import type { AppliedOverride, RankOverride } from "./types";

export interface OverrideOutcome {
  /** Final order after disqualifications and moves, best first. */
  order: string[];
  applied: Map<string, AppliedOverride>;
  notes: EngineNote[];
}

/**
 * Applies jury overrides to the computed order. `computed` lists ranked entry ids best first; `unranked` are
 * shortlisted entries without a computed rank (they can be disqualified but not moved). Overrides of other entries
 * are ignored with a note rather than failing the whole ranking, since review data may change after they were made.
 */
export function applyOverrides(
  computed: readonly string[],
  unranked: ReadonlySet<string>,
  overrides: readonly RankOverride[],
): OverrideOutcome {
  const applied = new Map<string, AppliedOverride>();
  const notes: EngineNote[] = [];
  const ignore = (o: RankOverride, why: EngineNoteCode) => {
    const said = note(why, { entryId: o.entryId, kind: o.kind });
    notes.push(said);
    const targetRank = o.kind === "MOVE" ? o.targetRank : null;
    applied.set(o.entryId, {
      kind: o.kind,
      reason: o.reason,
      targetRank,
      appliedRank: null,
      status: "IGNORED",
      note: said,
    });
  };

  const rankedSet = new Set(computed);
  const disqualified = new Set<string>();
  const moves: { entryId: string; target: number; computedIndex: number; override: RankOverride }[] = [];
  for (const o of overrides) {
    if (!rankedSet.has(o.entryId) && !unranked.has(o.entryId)) {
      ignore(o, "IGNORED_NOT_SHORTLISTED");
    } else if (o.kind === "DISQUALIFY") {
      disqualified.add(o.entryId);
      applied.set(o.entryId, {
        kind: o.kind,
        reason: o.reason,
        targetRank: null,
        appliedRank: null,
        status: "APPLIED",
        note: null,
      });
    } else if (!rankedSet.has(o.entryId)) {
      ignore(o, "IGNORED_NOT_RANKED");
    } else {
      moves.push({
        entryId: o.entryId,
        target: o.targetRank,
        computedIndex: computed.indexOf(o.entryId),
        override: o,
      });
    }
  }

  const remaining = computed.filter((id) => !disqualified.has(id));
  const slots: (string | undefined)[] = new Array<string | undefined>(remaining.length).fill(undefined);
  // Moves claim their slots first (lowest target first, ties by computed rank); everyone else fills the gaps
  // in computed order, which is exactly "the others shift".
  const clampTarget = (t: number) => clamp(t, 1, remaining.length);
  moves.sort((a, b) => clampTarget(a.target) - clampTarget(b.target) || a.computedIndex - b.computedIndex);
  for (const m of moves) {
    const wanted = clampTarget(m.target) - 1;
    let slot = slots.findIndex((s, i) => i >= wanted && s === undefined);
    if (slot === -1) slot = slots.findLastIndex((s) => s === undefined);
    slots[slot] = m.entryId;
    const appliedRank = slot + 1;
    const said =
      appliedRank === m.target
        ? null
        : note("MOVE_TARGET_ADJUSTED", { entryId: m.entryId, target: m.target, applied: appliedRank });
    if (said) notes.push(said);
    applied.set(m.entryId, {
      kind: "MOVE",
      reason: m.override.reason,
      targetRank: m.target,
      appliedRank,
      status: "APPLIED",
      note: said,
    });
  }
  const moved = new Set(moves.map((m) => m.entryId));
  const others = remaining.filter((id) => !moved.has(id));
  let next = 0;
  const order = slots.map((s) => s ?? (others[next++] as string));
  return { order, applied, notes };
}
