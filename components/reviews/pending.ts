// Unsent edits of a review, kept in localStorage until the server has them. The storage, the
// acknowledgement and the comparison are the innovation editor's helpers (pending.ts there); this
// file only maps a review onto their flat patch: "v:<criterionId>" → value, "c:<criterionId>" →
// comment, "overall" → the overall comment.
import {
  acknowledge as acknowledgeDraft,
  loadPending as loadDraftPending,
  same,
  storePending as storeDraftPending,
  without as withoutDraft,
  type KeyValueStore,
  type Patch as DraftPatch,
} from "@/components/innovations/editor/pending";

export type { KeyValueStore } from "@/components/innovations/editor/pending";

export type ScorePatch = Record<string, number | string | null>;
export type ReviewValues = {
  values: Record<string, number | null>;
  comments: Record<string, string | null>;
  overallComment: string;
};

export const OVERALL_KEY = "overall";
export const valueKey = (criterionId: string) => `v:${criterionId}`;
export const commentKey = (criterionId: string) => `c:${criterionId}`;

// The shared helpers are typed for innovation drafts but only treat the patch as a plain record.
const asDraft = (p: ScorePatch) => p as unknown as DraftPatch;
const asScore = (p: DraftPatch) => p as unknown as ScorePatch;
/** Its own key space in localStorage ("inovasi:draft:review:<assignmentId>"), apart from drafts. */
const storeId = (assignmentId: string) => `review:${assignmentId}`;

export function loadScorePending(
  store: KeyValueStore,
  assignmentId: string,
): { baseRevision: number; patch: ScorePatch } | null {
  const entry = loadDraftPending(store, storeId(assignmentId));
  return entry ? { baseRevision: entry.baseRevision, patch: asScore(entry.patch) } : null;
}

export function storeScorePending(
  store: KeyValueStore,
  assignmentId: string,
  baseRevision: number,
  patch: ScorePatch,
) {
  storeDraftPending(store, storeId(assignmentId), baseRevision, asDraft(patch));
}

export function clearScorePending(store: KeyValueStore, assignmentId: string) {
  storeDraftPending(store, storeId(assignmentId), 0, {});
}

/** What is still unsent after the server stored `sent` (keys edited again since are kept). */
export function acknowledgeScores(pending: ScorePatch, sent: ScorePatch): ScorePatch {
  return asScore(acknowledgeDraft(asDraft(pending), asDraft(sent)));
}

export function withoutKeys(patch: ScorePatch, keys: Iterable<string>): ScorePatch {
  return asScore(withoutDraft(asDraft(patch), keys));
}

/** The save action's input for a patch. */
export function toRequest(patch: ScorePatch): {
  values: Record<string, number | null>;
  comments: Record<string, string | null>;
  overallComment?: string;
} {
  const values: Record<string, number | null> = {};
  const comments: Record<string, string | null> = {};
  let overallComment: string | undefined;
  for (const [k, v] of Object.entries(patch)) {
    if (k === OVERALL_KEY) overallComment = typeof v === "string" ? v : "";
    else if (k.startsWith("v:")) values[k.slice(2)] = typeof v === "number" && Number.isFinite(v) ? v : null;
    else if (k.startsWith("c:")) comments[k.slice(2)] = typeof v === "string" && v !== "" ? v : null;
  }
  return overallComment === undefined ? { values, comments } : { values, comments, overallComment };
}

/** A review with a patch applied on top (what the form shows). */
export function applyPatch(base: ReviewValues, patch: ScorePatch): ReviewValues {
  const req = toRequest(patch);
  return {
    values: { ...base.values, ...req.values },
    comments: { ...base.comments, ...req.comments },
    overallComment: req.overallComment ?? base.overallComment,
  };
}

function serverValue(server: ReviewValues, key: string): number | string | null {
  if (key === OVERALL_KEY) return server.overallComment;
  if (key.startsWith("v:")) return server.values[key.slice(2)] ?? null;
  if (key.startsWith("c:")) return server.comments[key.slice(2)] ?? null;
  return null;
}

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/** Keys where my unsent edits and the version saved elsewhere disagree. */
export function conflictingKeys(mine: ScorePatch, server: ReviewValues): string[] {
  return Object.keys(mine).filter((k) => !same(blankToNull(mine[k]), blankToNull(serverValue(server, k))));
}

/** Parses what the evaluator typed: "" is no value, a comma works as the decimal point. */
export function parseScoreInput(raw: string): { ok: true; value: number | null } | { ok: false } {
  const text = raw.trim().replace(",", ".");
  if (text === "") return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false };
  const value = Number(text);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
