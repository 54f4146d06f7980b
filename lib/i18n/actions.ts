"use server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isLocale, LOCALE_COOKIE } from "./config";

/** The language switch: the cookie for this browser and, for a signed-in user, the language of their e-mail. */
export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await db.user.updateMany({ where: { id: user.id, locale: { not: locale } }, data: { locale } });
}
