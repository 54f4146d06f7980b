"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { line, optionalText } from "@/lib/validation/text";
import { action } from "@/lib/action";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { flatValuesSchema, unconfirmedSchema } from "@/lib/autosave/schemas";
import { db } from "@/lib/db";
import { draftSchema } from "./form/schemas";
import { submitProblems } from "./form/section-state";
import { createInnovation, decideInnovation, saveDraft, submitInnovation, type SaveResult } from "./service";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const revision = z.coerce.number().int().min(1).max(2_147_483_647, "validation.outOfRange");

const createSchema = z.object({
  title: line({ min: 5, max: 200 }),
});

export const createInnovationAction = action(
  { permission: "innovation.edit", schema: createSchema },
  async (input, ctx) => {
    const row = await createInnovation(db, ctx, input);
    redirect(`/inovasi/${row.id}/ubah`);
  },
);

const saveSchema = z.object({
  id,
  revision,
  patch: draftSchema,
  base: flatValuesSchema.optional(),
  unconfirmed: unconfirmedSchema.optional(),
});

export const saveDraftAction = action(
  { permission: "innovation.edit", schema: saveSchema },
  async (input, ctx) => {
    // Earlier sends are compared with what was stored from them, so they get the same normalisation.
    const unconfirmed = input.unconfirmed?.map((sent) => draftSchema.safeParse(sent).data ?? sent);
    const result = await saveDraft(db, ctx, { ...input, unconfirmed });
    if (result.kind === "saved" && result.reopened) revalidateCatalogue();
    return { ok: true, data: result } as { ok: true; data: SaveResult };
  },
);

export const submitInnovationAction = action(
  { permission: "innovation.edit", schema: z.object({ id, revision }) },
  async (input, ctx) => {
    const t = await getTranslations();
    const result = await submitInnovation(db, ctx, input, (draft, zone) => {
      const problems = submitProblems(draft, { zone });
      if (!problems) return null;
      return Object.fromEntries(
        Object.entries(problems).map(([field, keys]) => [field, keys.map((k) => (t.has(k) ? t(k) : k))]),
      );
    });
    if (!result.ok)
      return { ok: false, message: t("innovations.submitInvalid"), fieldErrors: result.fieldErrors };
    revalidatePath(`/inovasi/${input.id}`);
    return { ok: true, message: t("innovations.submitted", { version: result.versionNo }) };
  },
);

const decisionSchema = z
  .object({
    id,
    decision: z.enum(["APPROVE", "RETURN"], "validation.invalidChoice"),
    comment: optionalText({ max: 2000 }),
  })
  .refine((v) => v.decision === "APPROVE" || v.comment, {
    path: ["comment"],
    message: "innovations.errors.commentRequired",
  });

export const decideInnovationAction = action(
  { permission: "innovation.decide", schema: decisionSchema },
  async (input, ctx) => {
    const result = await decideInnovation(db, ctx, input);
    revalidatePath(`/inovasi/${input.id}`);
    if (result.status === "APPROVED") revalidateCatalogue();
    const t = await getTranslations("innovations");
    return { ok: true, message: result.status === "APPROVED" ? t("approved") : t("returned") };
  },
);
