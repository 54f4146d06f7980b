// A review as the flat field map autosave compares: "v:<criterionId>" → value, "c:<criterionId>" →
// comment, "overall" → the overall comment. Pure; the score form and the review save share it.
import type { FlatValues } from "@/lib/autosave/merge";

export type ReviewPart = {
  values: Record<string, number | null>;
  comments: Record<string, string | null>;
  /** Undefined: not part of this patch. */
  overallComment?: string;
};

export const OVERALL_KEY = "overall";
export const valueKey = (criterionId: string) => `v:${criterionId}`;
export const commentKey = (criterionId: string) => `c:${criterionId}`;

export function flattenReview(part: ReviewPart): FlatValues {
  const flat: FlatValues = {};
  for (const [id, v] of Object.entries(part.values)) flat[valueKey(id)] = v;
  for (const [id, c] of Object.entries(part.comments)) flat[commentKey(id)] = c;
  if (part.overallComment !== undefined) flat[OVERALL_KEY] = part.overallComment;
  return flat;
}

/** The save action's shape of a flat map; unknown keys are dropped, an emptied comment is null. */
export function unflattenReview(flat: FlatValues): ReviewPart {
  const values: Record<string, number | null> = {};
  const comments: Record<string, string | null> = {};
  let overallComment: string | undefined;
  for (const [k, v] of Object.entries(flat)) {
    if (k === OVERALL_KEY) overallComment = typeof v === "string" ? v : "";
    else if (k.startsWith("v:")) values[k.slice(2)] = typeof v === "number" && Number.isFinite(v) ? v : null;
    else if (k.startsWith("c:")) comments[k.slice(2)] = typeof v === "string" && v !== "" ? v : null;
  }
  return overallComment === undefined ? { values, comments } : { values, comments, overallComment };
}
