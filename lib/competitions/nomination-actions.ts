"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { nominateWinner } from "./nominations";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
/** The province competition and its category, chosen in one list: "competitionId:categoryId". */
const target = z
  .string()
  .regex(/^[a-z0-9]{1,40}:[a-z0-9]{1,40}$/, "validation.invalidChoice")
  .transform((v) => {
    const [competitionId = "", categoryId = ""] = v.split(":");
    return { competitionId, categoryId };
  });
const nominationSchema = z.object({ entryId: id, target, sourceCompetitionId: id });

export const nominateWinnerAction = action(
  { permission: "competition.nominate", schema: nominationSchema },
  async ({ sourceCompetitionId, entryId, target }, ctx) => {
    await nominateWinner(db, ctx, { entryId, ...target });
    revalidatePath(`/admin/kompetisi/${sourceCompetitionId}/publikasi`);
    return { ok: true, message: (await getTranslations("hub.nominate"))("sent") };
  },
);
