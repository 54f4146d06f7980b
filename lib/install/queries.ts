// Whether the first-run setup may run: no ADMIN yet, and the page's one-time link (lib/install/service.ts) is valid.
import { rolesWith } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { hashToken, isUsable } from "@/lib/auth/setup-token";

export async function hasAdmin(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: { in: rolesWith("region.administer") } } })) > 0;
}

/** Whether the setup page may be shown: the token is known, unused, unexpired, and no ADMIN exists yet. */
export async function isInstallTokenUsable(db: Db, token: string, now = new Date()): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const row = await db.installToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, usedAt: true },
  });
  if (!row || !isUsable(row, now)) return false;
  return !(await hasAdmin(db));
}

/** The setup page's loader: the token from its query when the page may be shown, else null (the page is a 404). */
export async function installPageToken(db: Db, raw: string | string[] | undefined): Promise<string | null> {
  return typeof raw === "string" && (await isInstallTokenUsable(db, raw)) ? raw : null;
}
