"use server";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/action";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestContext } from "@/lib/request-context";
import { loginSchema } from "@/lib/validation/auth";
import { sessionCookie } from "./cookies";
import { deviceCookie, deviceToken, deviceUser } from "./device";
import { attemptLogin } from "./login";
import { loginLimits } from "./options";
import { openSession, SESSION_MAX_AGE_S } from "./sessions";

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
