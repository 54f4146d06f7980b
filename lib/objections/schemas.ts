// zod schemas of the objection forms, shared by the server and the forms; messages are i18n keys.
import { z } from "zod";
import { CONTROL_MESSAGE, hasControlCharacters, line, text } from "@/lib/validation/text";
import { CONTACT_MAX, honeypotFilled, normaliseContact } from "@/lib/abuse";

const REASON_MIN = 30;
const REASON_MAX = 4000;
export const NAME_MAX = 120;
export { CONTACT_MAX };
const DECISION_MIN = 10;
const DECISION_MAX = 2000;
/** The optional supporting document: PDF, JPEG or PNG by content, at most 5 MB. */
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export const DOCUMENT_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/** The form's honeypot: a field people never see, so anything in it was typed by a bot. */
export const HONEYPOT_FIELD = "situs_web";

const recordId = z
  .string("validation.invalidId")
  .min(1, "validation.invalidId")
  .max(40, "validation.invalidId")
  .regex(/^[a-z0-9]+$/i, "validation.invalidId");

export { normaliseContact };

const noControl = (v: string) => !hasControlCharacters(v);

/** Counts characters as a person does (code points), after trimming. */
const length = (s: string) => Array.from(s.trim()).length;

export const fileObjectionSchema = z.object({
  competitionId: recordId,
  entryId: recordId,
  name: line({ min: 1, max: NAME_MAX }),
  contact: line({ min: 1, max: CONTACT_MAX }).transform((v, ctx) => {
    const c = normaliseContact(v);
    if (c === null) {
      ctx.addIssue({ code: "custom", message: "objections.validation.contact" });
      return z.NEVER;
    }
    return c;
  }),
  reason: z
    .string("validation.required")
    .trim()
    .min(1, { message: "validation.required", abort: true })
    // Counted in code units first, so a megabyte of text is refused before it is split into characters.
    .max(REASON_MAX * 2, { message: "objections.validation.reasonLong", abort: true })
    .refine((v) => length(v) >= REASON_MIN, "objections.validation.reasonShort")
    .refine((v) => length(v) <= REASON_MAX, "objections.validation.reasonLong")
    .refine(noControl, CONTROL_MESSAGE),
  // Missing is fine; present and non-empty means a bot (see isBot).
  [HONEYPOT_FIELD]: z.string().max(CONTACT_MAX).optional(),
});

/** Whether the honeypot was filled in. Checked before anything else, and never explained to the sender. */
export function isBot(raw: Record<string, unknown>): boolean {
  return honeypotFilled(raw, HONEYPOT_FIELD);
}

export const OUTCOMES = ["DISMISS", "UPHOLD", "DISQUALIFY"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const decideObjectionSchema = z
  .object({
    objectionId: recordId,
    outcome: z.enum(OUTCOMES, "validation.invalidChoice"),
    reason: z
      .string("validation.required")
      .trim()
      .min(1, { message: "validation.required", abort: true })
      .max(DECISION_MAX * 2, { message: "validation.tooLong", abort: true })
      .refine((v) => length(v) >= DECISION_MIN, "objections.validation.decisionShort")
      .refine((v) => length(v) <= DECISION_MAX, "validation.tooLong")
      .refine(noControl, CONTROL_MESSAGE),
    // A disqualification must be confirmed explicitly: the checkbox works without JavaScript.
    confirmDisqualify: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "DISQUALIFY" && !v.confirmDisqualify)
      ctx.addIssue({
        code: "custom",
        path: ["confirmDisqualify"],
        message: "objections.validation.confirmDisqualify",
      });
  });

export type DecideObjection = z.output<typeof decideObjectionSchema>;

const STATUS_FILTERS = ["SUBMITTED", "UPHELD", "REJECTED"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export function parseStatusFilter(v: unknown): StatusFilter | null {
  return typeof v === "string" && (STATUS_FILTERS as readonly string[]).includes(v)
    ? (v as StatusFilter)
    : null;
}

// The clarification a secretariat asks of the OPD concerned, and the OPD's answer.
const clarificationFormId = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");

const TOO_SHORT = "objections.clarification.tooShort";
export const askClarificationSchema = z.object({
  objectionId: clarificationFormId,
  question: text({ min: 10, max: 2000, tooShort: TOO_SHORT }),
});
export const answerClarificationSchema = z.object({
  clarificationId: clarificationFormId,
  answer: text({ min: 10, max: 5000, tooShort: TOO_SHORT }),
});
