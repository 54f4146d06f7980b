import { byKey } from "./numeric";
import { note, type EngineNote } from "./notes";
import type { CategoryDef, QuotaResult, ShortlistVia } from "./types";

export interface ShortlistCandidate {
  entryId: string;
  category: string;
}

export interface ShortlistResult {
  selected: Map<string, ShortlistVia>;
  notes: EngineNote[];
  quotas: QuotaResult[];
}

/**
 * Picks up to `size` entries from `passing` (already best first). Each quota reserves places for its category's
 * best entries; reserved places a category cannot fill, and all unreserved places, go to the best remaining
 * passing entries of any category, so a quota is a floor rather than a cap.
 */
export function selectShortlist(
  passing: readonly ShortlistCandidate[],
  categories: readonly CategoryDef[],
  size: number,
): ShortlistResult {
  const sorted = [...categories].sort(byKey((c) => c.code));
  const quotaSum = sorted.reduce((sum, c) => sum + (c.quota ?? 0), 0);
  if (quotaSum > size) {
    throw new Error(
      `Invalid scoring input: sum of category quotas (${quotaSum}) exceeds the shortlist size (${size})`,
    );
  }

  const selected = new Map<string, ShortlistVia>();
  const notes: EngineNote[] = [];
  let redistributedTotal = 0;
  for (const c of sorted) {
    if (c.quota == null) continue;
    const members = passing.filter((e) => e.category === c.code);
    members.slice(0, c.quota).forEach((e) => selected.set(e.entryId, "QUOTA"));
    const unfilled = c.quota - Math.min(c.quota, members.length);
    if (unfilled > 0) {
      redistributedTotal += unfilled;
      notes.push(
        note("QUOTA_UNFILLED", { category: c.code, quota: c.quota, passing: members.length, unfilled }),
      );
    }
  }
  let open = size - selected.size;
  for (const e of passing) {
    if (open <= 0) break;
    if (selected.has(e.entryId)) continue;
    selected.set(e.entryId, "OPEN");
    open--;
  }
  if (redistributedTotal > 0) notes.push(note("PLACES_REDISTRIBUTED", { count: redistributedTotal }));
  if (selected.size < size) {
    notes.push(note("SHORTLIST_SHORT", { selected: selected.size, size, passed: passing.length }));
  }

  const quotas = sorted.map((c) => {
    const members = passing.filter((e) => e.category === c.code);
    const reservedFilled = c.quota == null ? 0 : Math.min(c.quota, members.length);
    return {
      category: c.code,
      quota: c.quota ?? null,
      passing: members.length,
      reservedFilled,
      redistributed: c.quota == null ? 0 : c.quota - reservedFilled,
      shortlisted: members.filter((e) => selected.has(e.entryId)).length,
    };
  });
  return { selected, notes, quotas };
}
