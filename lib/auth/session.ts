import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { rolesWith, type Permission } from "@/lib/access/policy";
import { sessionCookie } from "./cookies";
import { sessionUser, type SessionUser } from "./sessions";

export type CurrentUser = SessionUser;

/** The session cookie's JWT (next-auth splits one over 4 kB into `name.0`, `name.1`…), decoded; null if absent or forged. */
async function sessionClaims(): Promise<Record<string, unknown> | null> {
  const e = env();
  const { name } = sessionCookie(e.APP_URL);
  const jar = await cookies();
  let raw = jar.get(name)?.value;
  if (!raw) {
    const chunks: string[] = [];
    for (let i = 0; jar.get(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!.value);
    raw = chunks.join("");
  }
  if (!raw) return null;
  try {
    return (await decode({ token: raw, secret: e.NEXTAUTH_SECRET })) as Record<string, unknown> | null;
  } catch {
    return null;
  }
}

/** The id of this browser's session (to tell it apart in the list of signed-in devices); null when signed out. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const sid = (await sessionClaims())?.sid;
  return typeof sid === "string" ? sid : null;
});

/**
 * The signed-in user as the database sees them now, in one query: the cookie must name a live session row, so a
 * sign-out, a new password, a deactivation or a role change takes effect on the next request, whatever the
 * cookie says. `opdActive` is false for the accounts of a deactivated OPD (read-only, see lib/auth/write-access.ts).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  return sessionUser(db, { uid: claims.uid as string, sid: claims.sid as string });
});

/** For pages: sends a visitor to the login page, and a user of another role to their own home. */
export async function requireUser(roles?: readonly Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  if (roles && !roles.includes(user.role)) redirect("/terlarang");
  return user;
}

/** For pages: as requireUser, for the roles that hold a permission (lib/access/policy.ts). */
export function requirePermission(permission: Permission): Promise<CurrentUser> {
  return requireUser(rolesWith(permission));
}

export function homeFor(role: Role): string {
  switch (role) {
    case "ADMIN":
    case "HUB_ADMIN":
      return "/admin";
    case "EVALUATOR":
      return "/penilai";
    default:
      return "/opd";
  }
}
