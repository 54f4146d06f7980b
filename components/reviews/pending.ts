// A review as the score form holds it, mapped onto autosave's flat fields ("v:<criterionId>" →
// value, "c:<criterionId>" → comment, "overall" → the overall comment; lib/reviews/rules/autosave.ts).
import type { FlatValues } from "@/components/forms/use-autosave";
import { commentKey, OVERALL_KEY, unflattenReview, valueKey } from "@/lib/reviews/rules/autosave";

export { commentKey, OVERALL_KEY, valueKey } from "@/lib/reviews/rules/autosave";

export type ReviewValues = {
  values: Record<string, number | null>;
  comments: Record<string, string | null>;
  overallComment: string;
};

/** Every item of the form as a flat map, with null for the criteria not scored or commented yet. */
export function flatReview(criterionIds: readonly string[], review: ReviewValues): FlatValues {
  const flat: FlatValues = { [OVERALL_KEY]: review.overallComment };
  for (const id of criterionIds) {
    flat[valueKey(id)] = review.values[id] ?? null;
    flat[commentKey(id)] = review.comments[id] ?? null;
  }
  return flat;
}

/** A review with a flat patch applied on top (what the form shows). */
export function applyPatch(base: ReviewValues, patch: FlatValues): ReviewValues {
  const part = unflattenReview(patch);
  return {
    values: { ...base.values, ...part.values },
    comments: { ...base.comments, ...part.comments },
    overallComment: part.overallComment ?? base.overallComment,
  };
}

/** Parses what the evaluator typed: "" is no value, a comma works as the decimal point. */
export function parseScoreInput(raw: string): { ok: true; value: number | null } | { ok: false } {
  const text = raw.trim().replace(",", ".");
  if (text === "") return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false };
  const value = Number(text);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
