import { z } from "zod";
import { text } from "@/lib/validation/text";
import { patternProblem } from "./rules/numbering";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const publishSchema = z
  .object({
    competitionId: z.string().min(1, "validation.invalidId").max(40, "validation.invalidId"),
    expectedNumber: z.coerce
      .number("publication.validation.invalidNumber")
      .int("publication.validation.invalidNumber")
      .min(1, "publication.validation.invalidNumber")
      .max(100_000, "publication.validation.invalidNumber"),
    reason: text({ max: 2000 }).optional().default(""),
    closeObjections: checkbox,
  })
  .superRefine((v, ctx) => {
    // A superseding publication must say why; the database refuses it too.
    if (v.expectedNumber > 1 && v.reason.length < 10)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "publication.validation.reasonRequired" });
  });

/** `nomor` from the query string: a positive whole number, or undefined (the latest); null when malformed. */
export function parseNumber(raw: string | null): number | undefined | null {
  if (raw === null || raw === "") return undefined;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** The optional pattern field of the region profile: blank means the default pattern. */
export const numberPattern = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\s+/g, " ") : null))
    .superRefine((v, ctx) => {
      const problem = v === null ? null : patternProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem, input: v });
    });
