"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { moderateFeedbackSchema, replyFeedbackSchema } from "./schemas";
import { moderateFeedback, replyToFeedback } from "./service";

function refresh(innovationId: string) {
  revalidatePath(`/katalog/${innovationId}`);
  revalidatePath("/opd/masukan");
  revalidatePath("/admin/masukan");
}

/** Approve or reject a comment (scope checked in moderateFeedback). */
export const moderateFeedbackAction = action(
  { permission: "feedback.moderate", schema: moderateFeedbackSchema },
  async (input, ctx) => {
    const row = await moderateFeedback(db, ctx, input);
    refresh(row.innovationId);
    const t = await getTranslations("feedback.moderation");
    return { ok: true, message: t(row.state === "APPROVED" ? "approved" : "rejected") };
  },
);

/** Write or edit the public reply (scope checked in replyToFeedback). */
export const replyFeedbackAction = action(
  { permission: "feedback.moderate", schema: replyFeedbackSchema },
  async (input, ctx) => {
    const row = await replyToFeedback(db, ctx, input);
    refresh(row.innovationId);
    const t = await getTranslations("feedback.moderation");
    return { ok: true, message: t("replied") };
  },
);
