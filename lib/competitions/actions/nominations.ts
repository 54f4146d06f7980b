"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { nominationSchema } from "../schemas";
import { nominateWinner } from "../service/nominations";

export const nominateWinnerAction = action(
  { permission: "competition.nominate", schema: nominationSchema },
  async ({ sourceCompetitionId, entryId, target }, ctx) => {
    await nominateWinner(db, ctx, { entryId, ...target });
    revalidatePath(`/admin/kompetisi/${sourceCompetitionId}/publikasi`);
    return { ok: true, message: (await getTranslations("hub.nominate"))("sent") };
  },
);
