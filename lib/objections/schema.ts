// zod schemas of the objection forms, shared by the server and the forms; messages are i18n keys.
import { z } from "zod";
import { CONTACT_MAX, honeypotFilled, normaliseContact } from "@/lib/abuse";

export const REASON_MIN = 30;
export const REASON_MAX = 4000;
export const NAME_MAX = 120;
export { CONTACT_MAX };
export const DECISION_MIN = 10;
export const DECISION_MAX = 2000;
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

/** Counts characters as a person does (code points), after trimming. */
const length = (s: string) => Array.from(s.trim()).length;

const text = (max: number) =>
  z.string("validation.required").trim().min(1, "validation.required").max(max, "validation.tooLong");

export const fileObjectionSchema = z.object({
  competitionId: recordId,
  entryId: recordId,
  name: text(NAME_MAX),
  contact: z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .max(CONTACT_MAX, "validation.tooLong")
    .transform((v, ctx) => {
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
    .refine((v) => length(v) >= REASON_MIN, "objections.validation.reasonShort")
    .refine((v) => length(v) <= REASON_MAX, "objections.validation.reasonLong"),
  // Missing is fine; present and non-empty means a bot (see isBot).
  [HONEYPOT_FIELD]: z.string().optional(),
});

export type FileObjectionInput = z.input<typeof fileObjectionSchema>;
export type FileObjection = z.output<typeof fileObjectionSchema>;

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
      .refine((v) => length(v) >= DECISION_MIN, "objections.validation.decisionShort")
      .refine((v) => length(v) <= DECISION_MAX, "validation.tooLong"),
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

export const STATUS_FILTERS = ["SUBMITTED", "UPHELD", "REJECTED"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export function parseStatusFilter(v: unknown): StatusFilter | null {
  return typeof v === "string" && (STATUS_FILTERS as readonly string[]).includes(v)
    ? (v as StatusFilter)
    : null;
}
