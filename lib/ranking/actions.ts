"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { adjustShortlist, createOverride, generateShortlist, revokeOverride } from "./service";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const reason = z.string().trim().min(5, "validation.tooShort").max(2000, "validation.tooLong");

const refresh = (competitionId: string) =>
  revalidatePath(`/admin/kompetisi/${competitionId}/peringkat`, "layout");

export const generateShortlistAction = action(
  { permission: "competition.write", schema: z.object({ competitionId: id }) },
  async (input, ctx) => {
    const r = await generateShortlist(db, ctx, input);
    refresh(input.competitionId);
    const t = await getTranslations("ranking.shortlist");
    return { ok: true, message: r.changed === 0 ? t("unchanged") : t("generated", { count: r.changed }) };
  },
);

export const adjustShortlistAction = action(
  {
    permission: "competition.write",
    schema: z.object({
      competitionId: id,
      entryId: id,
      kind: z.enum(["SHORTLIST_ADD", "SHORTLIST_REMOVE"], "validation.invalidChoice"),
      reason,
    }),
  },
  async (input, ctx) => {
    await adjustShortlist(db, ctx, input);
    refresh(input.competitionId);
    return { ok: true, message: (await getTranslations("ranking.shortlist"))("adjusted") };
  },
);

export const createOverrideAction = action(
  {
    permission: "competition.write",
    schema: z
      .object({
        competitionId: id,
        entryId: id,
        kind: z.enum(["MOVE", "DISQUALIFY"], "validation.invalidChoice"),
        targetRank: z.preprocess(
          (v) => (v === "" || v === undefined || v === null ? undefined : Number(v)),
          z
            .number("ranking.validation.targetRank")
            .int("ranking.validation.targetRank")
            .min(1, "ranking.validation.targetRank")
            .optional(),
        ),
        reason,
      })
      .refine((v) => v.kind !== "MOVE" || v.targetRank !== undefined, {
        path: ["targetRank"],
        message: "ranking.validation.targetRank",
      }),
  },
  async (input, ctx) => {
    await createOverride(db, ctx, input);
    refresh(input.competitionId);
    return { ok: true, message: (await getTranslations("ranking.overrides"))("saved") };
  },
);

export const revokeOverrideAction = action(
  { permission: "competition.write", schema: z.object({ competitionId: id, overrideId: id, reason }) },
  async (input, ctx) => {
    await revokeOverride(db, ctx, input);
    refresh(input.competitionId);
    return { ok: true, message: (await getTranslations("ranking.overrides"))("revoked") };
  },
);
