import { z } from "zod";
import { MAIL_CATEGORIES } from "./rules/mail-categories";

const category = z.enum(MAIL_CATEGORIES, "mailPrefs.validation.unknownCategory");

/**
 * The form posts the categories left on (ticked boxes); every other category is switched off. A form with no box
 * ticked posts no `on` at all, so the hidden `surel` field tells a real save from a post without the form.
 */
export const mailPreferencesSchema = z.object({
  surel: z.literal("1", "validation.required"),
  on: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(category).max(MAIL_CATEGORIES.length),
  ),
});
export type MailPreferencesInput = z.input<typeof mailPreferencesSchema>;

export const markReadSchema = z.object({
  id: z.string().trim().min(1, "validation.invalidId").max(40, "validation.invalidId"),
  // "1": after marking it read, go to the notification's own link (as stored, never the client's).
  open: z
    .enum(["1", "0"])
    .optional()
    .transform((v) => v === "1"),
});

export const markAllReadSchema = z.object({});
