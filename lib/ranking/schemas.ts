// Zod schemas of the ranking actions. Messages are i18n keys.
import { z } from "zod";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const reason = z.string().trim().min(5, "validation.tooShort").max(2000, "validation.tooLong");

export const generateShortlistSchema = z.object({ competitionId: id });

export const adjustShortlistSchema = z.object({
  competitionId: id,
  entryId: id,
  kind: z.enum(["SHORTLIST_ADD", "SHORTLIST_REMOVE"], "validation.invalidChoice"),
  reason,
});

export const createOverrideSchema = z
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
  });

export const revokeOverrideSchema = z.object({ competitionId: id, overrideId: id, reason });
