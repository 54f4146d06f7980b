"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/action";
import { audit, by } from "@/lib/audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sessionCookie } from "./cookies";
import { SIGNED_OUT_EVERYWHERE } from "./paths";

// The confirmation dialog posts this value: a stray or replayed post without it ends nothing.
const signOutEverywhereSchema = z.object({ confirm: z.literal("ya", "validation.required") });

/**
 * Ends every session of the caller's account, this browser's included (a lost phone, a shared computer), with an
 * audit line; then the login page. `personal`: a read-only account of a deactivated OPD may do it too.
 */
export const signOutEverywhereAction = action(
  { permission: "self.manage", schema: signOutEverywhereSchema, personal: true },
  async (_input, ctx) => {
    await db.$transaction(async (tx) => {
      const { count } = await tx.userSession.deleteMany({ where: { userId: ctx.user.id } });
      await audit(tx, {
        ...by(ctx),
        action: "auth.signOutEverywhere",
        entityType: "User",
        entityId: ctx.user.id,
        after: { sessionsEnded: count },
      });
    });
    (await cookies()).delete(sessionCookie(env().APP_URL).name);
    redirect(`/masuk?keluar=${SIGNED_OUT_EVERYWHERE}`);
  },
);
