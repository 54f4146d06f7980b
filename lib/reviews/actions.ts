"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { assignmentSchema, conflictSchema, reopenSchema, saveScoresSchema, submitSchema } from "./schemas";
import {
  declareConflict,
  declareNoConflict,
  reopenReview,
  saveScores,
  submitReview,
  type SaveScoresResult,
} from "./service";

const pagePath = (assignmentId: string) => `/penilai/tugas/${assignmentId}`;

export const declareNoConflictAction = action(
  { permission: "review.write", schema: assignmentSchema },
  async (input, ctx) => {
    await declareNoConflict(db, ctx, input);
    revalidatePath(pagePath(input.assignmentId));
    revalidatePath("/penilai");
    return { ok: true, message: (await getTranslations("reviews"))("conflict.noConflictDone") };
  },
);

export const declareConflictAction = action(
  { permission: "review.write", schema: conflictSchema },
  async (input, ctx) => {
    await declareConflict(db, ctx, input);
    revalidatePath("/penilai");
    redirect("/penilai?konflik=1");
  },
);

export const saveScoresAction = action(
  { permission: "review.write", schema: saveScoresSchema },
  async (input, ctx) => {
    const result = await saveScores(db, ctx, input);
    return { ok: true, data: result } as { ok: true; data: SaveScoresResult };
  },
);

export const submitReviewAction = action(
  { permission: "review.write", schema: submitSchema },
  async (input, ctx) => {
    const t = await getTranslations("reviews");
    const result = await submitReview(db, ctx, input);
    if (!result.ok) {
      const fieldErrors = Object.fromEntries(
        result.missing.map((c) => [`values.${c.id}`, [t("errors.required")]]),
      );
      return {
        ok: false,
        message: t("errors.missingRequired", {
          count: result.missing.length,
          codes: result.missing.map((c) => c.code).join(", "),
        }),
        fieldErrors,
      };
    }
    revalidatePath(pagePath(input.assignmentId));
    revalidatePath("/penilai");
    return { ok: true, message: t("submit.done") };
  },
);

export const reopenReviewAction = action(
  { permission: "competition.write", schema: reopenSchema },
  async (input, ctx) => {
    await reopenReview(db, ctx, input);
    revalidatePath("/admin", "layout");
    return { ok: true, message: (await getTranslations("reviews"))("reopen.done") };
  },
);
