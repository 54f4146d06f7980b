// Zod schemas of the review actions (pure, so unit tests can parse with them). Messages are i18n keys.
import { z } from "zod";
import { MAX_UNCONFIRMED } from "@/lib/autosave/schemas";

export const NOTE_MAX = 2000;
export const COMMENT_MAX = 2000;
export const OVERALL_MAX = 5000;
export const MAX_CRITERIA = 100;

const id = z.string().trim().min(1, "validation.invalidId").max(40, "validation.invalidId");
const criterionId = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const revision = z.coerce.number().int().min(1);
const requiredText = (max: number, message: string) =>
  z.string().trim().min(1, message).max(max, "validation.tooLong");
const fewKeys = (v: Record<string, unknown>) => Object.keys(v).length <= MAX_CRITERIA;

export const assignmentSchema = z.object({ assignmentId: id });

export const conflictSchema = z.object({
  assignmentId: id,
  note: requiredText(NOTE_MAX, "reviews.errors.noteRequired"),
});

/** Scores and comments of some criteria, and maybe the overall comment: a patch, or what one started from. */
const reviewPart = z.object({
  values: z
    .record(criterionId, z.number("reviews.errors.notANumber").nullable())
    .default({})
    .refine(fewKeys, "validation.tooLong"),
  comments: z
    .record(criterionId, z.string().max(COMMENT_MAX, "validation.tooLong").nullable())
    .default({})
    .refine(fewKeys, "validation.tooLong"),
  overallComment: z.string().max(OVERALL_MAX, "validation.tooLong").optional(),
});

export const saveScoresSchema = reviewPart.extend({
  assignmentId: id,
  revision,
  /** What the evaluator's edit started from, for each item of the patch. */
  base: reviewPart.optional(),
  /** Earlier sends whose answer never arrived (see lib/autosave/merge.ts). */
  unconfirmed: z.array(reviewPart).max(MAX_UNCONFIRMED, "validation.tooLong").optional(),
});

export const submitSchema = z.object({
  assignmentId: id,
  revision,
  /** The verdict of a pass/fail stage (field verification); refused on scored stages. */
  verdict: z.enum(["PASS", "FAIL"], "reviews.errors.verdictRequired").optional(),
});

export const reopenSchema = z.object({
  assignmentId: id,
  reason: requiredText(NOTE_MAX, "reviews.errors.reasonRequired"),
});
