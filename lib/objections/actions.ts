"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { decideObjectionSchema } from "./schema";
import { decideObjection } from "./service";

/** The secretariat decides an objection (scope and state are checked in decideObjection). */
export const decideObjectionAction = action(
  { roles: ["ADMIN"], schema: decideObjectionSchema },
  async (input, ctx) => {
    const result = await decideObjection(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${result.competitionId}/sanggahan`);
    revalidatePath(`/kompetisi/${result.competitionId}/sanggahan`);
    const t = await getTranslations("objections.admin.decide");
    return { ok: true, message: t("done", { reference: result.reference }) };
  },
);
