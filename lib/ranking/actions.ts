"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import {
  adjustShortlistSchema,
  createOverrideSchema,
  generateShortlistSchema,
  revokeOverrideSchema,
} from "./schemas";
import { adjustShortlist, createOverride, generateShortlist, revokeOverride } from "./service";

const refresh = (competitionId: string) =>
  revalidatePath(`/admin/kompetisi/${competitionId}/peringkat`, "layout");

export const generateShortlistAction = action(
  { permission: "competition.write", schema: generateShortlistSchema },
  async (input, ctx) => {
    const r = await generateShortlist(db, ctx, input);
    refresh(input.competitionId);
    const t = await getTranslations("ranking.shortlist");
    return { ok: true, message: r.changed === 0 ? t("unchanged") : t("generated", { count: r.changed }) };
  },
);

export const adjustShortlistAction = action(
  { permission: "competition.write", schema: adjustShortlistSchema },
  async (input, ctx) => {
    await adjustShortlist(db, ctx, input);
    refresh(input.competitionId);
    return { ok: true, message: (await getTranslations("ranking.shortlist"))("adjusted") };
  },
);

export const createOverrideAction = action(
  { permission: "competition.write", schema: createOverrideSchema },
  async (input, ctx) => {
    await createOverride(db, ctx, input);
    refresh(input.competitionId);
    return { ok: true, message: (await getTranslations("ranking.overrides"))("saved") };
  },
);

export const revokeOverrideAction = action(
  { permission: "competition.write", schema: revokeOverrideSchema },
  async (input, ctx) => {
    await revokeOverride(db, ctx, input);
    refresh(input.competitionId);
    return { ok: true, message: (await getTranslations("ranking.overrides"))("revoked") };
  },
);
