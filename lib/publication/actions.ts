"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { action } from "@/lib/action";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { db } from "@/lib/db";
import { publish } from "./service";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const publishSchema = z
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

export const publishAction = action(
  { permission: "competition.write", schema: publishSchema },
  async (input, ctx) => {
    const result = await publish(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/publikasi`);
    revalidatePath(`/kompetisi/${input.competitionId}`, "layout");
    revalidatePath("/kompetisi");
    revalidateCatalogue();
    const t = await getTranslations("publication");
    return { ok: true, message: t("published", { number: result.number, hash: result.contentHash }) };
  },
);
