// zod schemas of citizen feedback, shared by the server and the forms; messages are i18n keys.
import { z } from "zod";
import { line, optionalLine, optionalText, text } from "@/lib/validation/text";
import { CONTACT_MAX, normaliseContact } from "@/lib/abuse";

export const COMMENT_MAX = 2000;
export const NAME_MAX = 100;
const REPLY_MAX = 2000;
/** The form's honeypot: a field people never see, so anything in it was typed by a bot. */
export const HONEYPOT_FIELD = "situs_web";
/** Status codes the public form's endpoint puts in the URL (?masukan=…) when it redirects back. */
export const FEEDBACK_STATUS = [
  "terkirim",
  "invalid",
  "rating",
  "contact",
  "rateLimited",
  "notFound",
  "control",
  "unexpected",
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUS)[number];
export const STATES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type FeedbackState = (typeof STATES)[number];

const recordId = z
  .string("validation.invalidId")
  .min(1, "validation.invalidId")
  .max(40, "validation.invalidId")
  .regex(/^[a-z0-9]+$/i, "validation.invalidId");

/** Optional free text: empty becomes null. */
const optionalComment = (max: number) => optionalText({ max, tooLong: "feedback.validation.tooLong" });

export const submitFeedbackSchema = z.object({
  innovationId: recordId,
  rating: z.coerce
    .number("feedback.validation.rating")
    .int("feedback.validation.rating")
    .min(1, "feedback.validation.rating")
    .max(5, "feedback.validation.rating"),
  comment: optionalComment(COMMENT_MAX),
  name: optionalLine({ max: NAME_MAX, tooLong: "feedback.validation.tooLong" }),
  contact: line({ max: CONTACT_MAX, tooLong: "feedback.validation.tooLong" })
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const c = normaliseContact(v);
      if (c === null) {
        ctx.addIssue({ code: "custom", message: "feedback.validation.contact" });
        return z.NEVER;
      }
      return c;
    }),
  [HONEYPOT_FIELD]: z.string().max(CONTACT_MAX).optional(),
});
export type SubmitFeedback = z.output<typeof submitFeedbackSchema>;

export const moderateFeedbackSchema = z.object({
  feedbackId: recordId,
  decision: z.enum(["APPROVED", "REJECTED"], "validation.invalidChoice"),
});
export type ModerateFeedback = z.output<typeof moderateFeedbackSchema>;

export const replyFeedbackSchema = z.object({
  feedbackId: recordId,
  reply: text({ min: 1, max: REPLY_MAX, tooLong: "feedback.validation.tooLong" }),
});
export type ReplyFeedback = z.output<typeof replyFeedbackSchema>;
