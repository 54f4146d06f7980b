"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { assignManuallySchema, removeAssignmentSchema, stageSchema } from "../schemas";
import { assignManually, autoAssign, remindOverdue, removeAssignment } from "../service/assignments";

export const autoAssignAction = action(
  { permission: "competition.write", schema: stageSchema },
  async (input, ctx) => {
    const result = await autoAssign(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/penugasan`);
    const t = await getTranslations("competitions.assign");
    return {
      ok: true,
      message: [t("autoDone", { count: result.assignments.length }), ...result.explanation].join(" "),
    };
  },
);

export const assignManuallyAction = action(
  { permission: "competition.write", schema: assignManuallySchema },
  async (input, ctx) => {
    const { created } = await assignManually(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/penugasan`);
    return {
      ok: true,
      message: (await getTranslations("competitions.assign"))("manualDone", { count: created }),
    };
  },
);

export const removeAssignmentAction = action(
  { permission: "competition.write", schema: removeAssignmentSchema },
  async (input, ctx) => {
    await removeAssignment(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/penugasan`);
    return { ok: true, message: (await getTranslations("competitions.assign"))("removed") };
  },
);

export const remindAction = action(
  { permission: "competition.write", schema: stageSchema },
  async (input, ctx) => {
    const { reminded } = await remindOverdue(db, ctx, input);
    return {
      ok: true,
      message: (await getTranslations("competitions.assign"))("reminded", { count: reminded }),
    };
  },
);
