// zod schemas of the objection forms, shared by the server and the forms; messages are i18n keys.
import { z } from "zod";

export const REASON_MIN = 30;
export const REASON_MAX = 4000;
export const NAME_MAX = 120;
export const CONTACT_MAX = 254;
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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Indonesian numbers: mobile 08xx (10–13 digits in all) or a landline with its area code (02x…07xx),
// written with 0, 62 or +62 in front; spaces, dashes, dots and brackets between digits are allowed.
const PHONE = /^(?:\+62|62|0)(?:8[1-9]\d{7,10}|[2-7]\d{7,10})$/;

/** An email address or an Indonesian phone number; returns the normalised contact, or null. */
export function normaliseContact(raw: string): string | null {
  const value = raw.trim();
  if (value.includes("@"))
    return EMAIL.test(value) && value.length <= CONTACT_MAX ? value.toLowerCase() : null;
  if (!/^[+(\d][\d\s().-]*$/.test(value)) return null;
  const compact = value.replace(/[\s().-]/g, "");
  return PHONE.test(compact) ? compact : null;
}

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
  const v = raw[HONEYPOT_FIELD];
  return typeof v === "string" ? v.trim().length > 0 : v != null && v !== "";
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
