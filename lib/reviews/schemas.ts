// Zod schemas of the review actions (pure, so unit tests can parse with them). Messages are i18n keys.
import { z } from "zod";
import { MAX_UNCONFIRMED } from "@/lib/autosave/schemas";
import { text } from "@/lib/validation/text";

export const NOTE_MAX = 2000;
export const COMMENT_MAX = 2000;
export const OVERALL_MAX = 5000;
const MAX_CRITERIA = 100;
/** Bounds that keep a number inside its column; the rubric's own scale is checked by the service. */
const MAX_INT = 2_147_483_647;
const MAX_SCORE = 1_000_000;

const id = z.string().trim().min(1, "validation.invalidId").max(40, "validation.invalidId");
const criterionId = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const revision = z.coerce.number().int().min(1).max(MAX_INT, "validation.outOfRange");
const requiredText = (max: number, message: string) => text({ min: 1, max, required: message });
const fewKeys = (v: Record<string, unknown>) => Object.keys(v).length <= MAX_CRITERIA;

export const assignmentSchema = z.object({ assignmentId: id });

export const conflictSchema = z.object({
  assignmentId: id,
  note: requiredText(NOTE_MAX, "reviews.errors.noteRequired"),
});

/** Scores and comments of some criteria, and maybe the overall comment: a patch, or what one started from. */
const reviewPart = z.object({
  values: z
    .record(
      criterionId,
      z
        .number("reviews.errors.notANumber")
        .min(-MAX_SCORE, "validation.outOfRange")
        .max(MAX_SCORE, "validation.outOfRange")
        .nullable(),
    )
    .default({})
    .refine(fewKeys, "validation.tooLong"),
  comments: z
    .record(criterionId, text({ max: COMMENT_MAX }).nullable())
    .default({})
    .refine(fewKeys, "validation.tooLong"),
  overallComment: text({ max: OVERALL_MAX }).optional(),
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
