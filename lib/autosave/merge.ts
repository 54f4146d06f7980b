// The rule that decides whether an autosave collides with another save. Pure, shared by the
// server (draft and review saves) and the browser (dropping restored edits the server already has).
//
// An autosave carries, for every field it changes, the value the user's edit started from (the
// base) and any value this client sent earlier whose answer never arrived (unconfirmed). A field
// is in conflict only when the stored value is none of those and not the new value either: then
// someone else changed the very field the user changed. A stale revision alone is no conflict.

export type FlatValues = Record<string, unknown>;

/**
 * One spelling per meaning: an emptied field ("", [], null, undefined) is null; text is compared
 * trimmed (the server trims what it stores); numbers to three decimals (scores are NUMERIC(8,3));
 * blank items of a list are ignored.
 */
export function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    const s = value.trim();
    return s === "" ? null : s;
  }
  if (typeof value === "number") return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : null;
  if (Array.isArray(value)) {
    // A list box keeps blank lines while typing; the server drops them.
    const items = value.map(canonical).filter((item) => item !== null);
    return items.length === 0 ? null : items;
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

type MergeInput = {
  /** What is stored now, for at least every key of `patch`. */
  stored: FlatValues;
  /** The new values the client sends. */
  patch: FlatValues;
  /** The value each changed field had when the user's edit started. */
  base: FlatValues;
  /** Values sent earlier by this client whose answer was lost: the server may hold them. */
  unconfirmed?: readonly FlatValues[];
  /** The stored revision is the one the client started from. */
  sameRevision: boolean;
};

/** The keys of `patch` where another save changed what the user also changed. */
export function conflictingKeys({
  stored,
  patch,
  base,
  unconfirmed = [],
  sameRevision,
}: MergeInput): string[] {
  return Object.keys(patch).filter((key) => {
    const now = stored[key];
    if (sameValue(now, patch[key])) return false;
    if (Object.hasOwn(base, key)) {
      if (sameValue(now, base[key])) return false;
    } else if (sameRevision) {
      // An older client sends no base: the unchanged revision vouches for every field.
      return false;
    }
    return !unconfirmed.some((sent) => Object.hasOwn(sent, key) && sameValue(now, sent[key]));
  });
}
