import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  opdId: string | null;
  regionId: string;
};

/**
 * The signed-in user as the database sees them now: a deactivated account or a changed role
 * takes effect on the next request, whatever the session cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true, active: true },
  });
  if (!user?.active) return null;
  const { active: _active, ...rest } = user;
  return rest;
});

/** For pages: sends a visitor to the login page, and a user of another role to their own home. */
export async function requireUser(roles?: readonly Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  if (roles && !roles.includes(user.role)) redirect("/terlarang");
  return user;
}

export function homeFor(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin";
    case "EVALUATOR":
      return "/penilai";
    default:
      return "/opd";
  }
}
