"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { answerClarificationSchema, askClarificationSchema, decideObjectionSchema } from "./schemas";
import { answerClarification, askClarification, decideObjection } from "./service";

/**
 * The secretariat decides an objection (scope and state are checked in decideObjection), then
 * lands on the list of its new status, where the page confirms which objection was decided.
 */
export const decideObjectionAction = action(
  { permission: "objection.decide", schema: decideObjectionSchema },
  async (input, ctx) => {
    const result = await decideObjection(db, ctx, input);
    revalidatePath(`/kompetisi/${result.competitionId}/sanggahan`);
    redirect(
      `/admin/kompetisi/${result.competitionId}/sanggahan?status=${result.status}&diputus=${result.reference}`,
    );
  },
);

/** The secretariat asks the OPD concerned for a clarification; the OPD's users are notified. */
export const askClarificationAction = action(
  { permission: "objection.decide", schema: askClarificationSchema },
  async (input, ctx) => {
    const result = await askClarification(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${result.competitionId}/sanggahan`);
    const t = await getTranslations("objections.clarification");
    return { ok: true, message: t("asked", { reference: result.reference }) };
  },
);

/** The OPD the objection concerns answers a clarification request, once. */
export const answerClarificationAction = action(
  { permission: "objection.answer", schema: answerClarificationSchema },
  async (input, ctx) => {
    const result = await answerClarification(db, ctx, input);
    revalidatePath("/opd/klarifikasi");
    // The form gives way to the answer itself, so the page confirms which objection was answered.
    redirect(`/opd/klarifikasi?dijawab=${result.reference}#k-${input.clarificationId}`);
  },
);
