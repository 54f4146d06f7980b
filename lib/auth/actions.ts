"use server";
import type { ActionResult } from "@/lib/action-types";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formDataToObject, action } from "@/lib/action";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestContext } from "@/lib/request-context";
import { loginSchema, forgotPasswordSchema } from "@/lib/auth/schemas";
import { sessionCookie } from "./cookies";
import { deviceCookie, deviceToken, deviceUser } from "./device";
import { attemptLogin } from "./login";
import { loginLimits } from "./options";
import { openSession, SESSION_MAX_AGE_S } from "./sessions";
import { getTranslations } from "next-intl/server";
import { requestPasswordReset } from "./password-reset";
import { z } from "zod";
import { audit, by } from "@/lib/audit";
import { SIGNED_OUT_EVERYWHERE } from "./paths";

/** What the form shows after a failed attempt: a message code, and the identifier to fill in again. */
export type LoginState = { error: "invalid" | "limited"; identifier: string } | null;

/**
 * The login form's action: a POST that works before (or without) JavaScript, so the password never lands in an
 * address. It sets the same cookie next-auth's credentials callback would, naming a new session row.
 */
export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(formDataToObject(form));
  const identifier = String(form.get("identifier") ?? "").slice(0, 200);
  if (!parsed.success) return { error: "invalid", identifier };
  const e = env();
  const { ip } = await requestContext();
  const jar = await cookies();
  const device = deviceCookie(e.APP_URL);
  const knownDevice = deviceUser(jar.get(device.name)?.value, e.NEXTAUTH_SECRET);
  const outcome = await attemptLogin(db, parsed.data, ip, loginLimits(e), { knownDevice });
  if (!outcome.ok) return { error: outcome.code, identifier };

  const { user } = outcome;
  const sid = await openSession(db, user.id);
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, uid: user.id, role: user.role, sid },
    secret: e.NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_S,
  });
  const cookie = sessionCookie(e.APP_URL);
  jar.set(cookie.name, token, { ...cookie.options, maxAge: SESSION_MAX_AGE_S });
  jar.set(device.name, deviceToken(user.id, e.NEXTAUTH_SECRET), device.options);
  redirect("/dasbor");
}

/** The one answer for every identifier (ok), the limit, or a missing identifier; `identifier` refills the form. */
export type ForgotState = (ActionResult & { identifier: string }) | null;

/** Public action: anyone may ask; only the mailbox of the account receives the link. */
export async function forgotPasswordAction(_prev: ForgotState, form: FormData): Promise<ForgotState> {
  const t = await getTranslations("forgot");
  const identifier = String(form.get("identifier") ?? "").slice(0, 200);
  const parsed = forgotPasswordSchema.safeParse(formDataToObject(form));
  if (!parsed.success)
    return { ok: false, message: t("required"), fieldErrors: { identifier: [t("required")] }, identifier };
  const { ip, requestId } = await requestContext();
  const result = await requestPasswordReset(db, parsed.data.identifier, { ip, requestId });
  return result === "sent"
    ? { ok: true, message: t("sent"), identifier: "" }
    : { ok: false, message: t("limited"), identifier };
}

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
