"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { decideObjectionSchema } from "./schema";
import { decideObjection } from "./service";

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
