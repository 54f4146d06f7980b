"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { db } from "@/lib/db";
import {
  createInnovationSchema,
  decideInnovationSchema,
  draftSchema,
  saveDraftSchema,
  submitInnovationSchema,
} from "./schemas";
import { submitProblems } from "./rules/form/section-state";
import { createInnovation, decideInnovation, saveDraft, submitInnovation, type SaveResult } from "./service";

export const createInnovationAction = action(
  { permission: "innovation.edit", schema: createInnovationSchema },
  async (input, ctx) => {
    const row = await createInnovation(db, ctx, input);
    redirect(`/inovasi/${row.id}/ubah`);
  },
);

export const saveDraftAction = action(
  { permission: "innovation.edit", schema: saveDraftSchema },
  async (input, ctx) => {
    // Earlier sends are compared with what was stored from them, so they get the same normalisation.
    const unconfirmed = input.unconfirmed?.map((sent) => draftSchema.safeParse(sent).data ?? sent);
    const result = await saveDraft(db, ctx, { ...input, unconfirmed });
    if (result.kind === "saved" && result.reopened) revalidateCatalogue();
    return { ok: true, data: result } as { ok: true; data: SaveResult };
  },
);

export const submitInnovationAction = action(
  { permission: "innovation.edit", schema: submitInnovationSchema },
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

export const decideInnovationAction = action(
  { permission: "innovation.decide", schema: decideInnovationSchema },
  async (input, ctx) => {
    const result = await decideInnovation(db, ctx, input);
    revalidatePath(`/inovasi/${input.id}`);
    if (result.status === "APPROVED") revalidateCatalogue();
    const t = await getTranslations("innovations");
    return { ok: true, message: result.status === "APPROVED" ? t("approved") : t("returned") };
  },
);
