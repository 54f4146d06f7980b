import { z } from "zod";
import { line } from "@/lib/validation/text";

// Messages are i18n keys (messages/*.json → "validation.*"), translated where they are shown.
export const loginSchema = z.object({
  identifier: line({ min: 1, max: 200 }),
  // Not trimmed and not checked for control characters: a password is compared, never stored or shown.
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
});

export const passwordSchema = z
  .string()
  .min(10, "validation.passwordTooShort")
  .max(128, "validation.tooLong")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "validation.passwordWeak");

export const setPasswordSchema = z
  .object({
    token: z.string().min(20, "validation.invalidToken").max(200, "validation.invalidToken"),
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation.passwordMismatch" });

export const forgotPasswordSchema = z.object({ identifier: line({ min: 1, max: 200 }) });
