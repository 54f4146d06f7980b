// The one-time link to the first-run setup page. While no ADMIN exists, every start makes one (earlier unused ones
// die) and prints it; only its hash is stored, as with setup links. Setting the region up spends it.
import { rolesWith } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { hashToken, isUsable, newToken } from "@/lib/auth/setup-token";

export const INSTALL_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export async function hasAdmin(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: { in: rolesWith("region.administer") } } })) > 0;
}

/** A new install token, or null when an ADMIN exists (the setup is done and the page is gone). */
export async function createInstallToken(db: Db, now = new Date()): Promise<string | null> {
  if (await hasAdmin(db)) return null;
  const token = newToken();
  await db.$transaction([
    db.installToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } }),
    db.installToken.create({
      data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INSTALL_TOKEN_TTL_MS) },
    }),
  ]);
  return token;
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

export function installUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/pasang?token=${encodeURIComponent(token)}`;
}

/** The setup page's loader: the token from its query when the page may be shown, else null (the page is a 404). */
export async function installPageToken(db: Db, raw: string | string[] | undefined): Promise<string | null> {
  return typeof raw === "string" && (await isInstallTokenUsable(db, raw)) ? raw : null;
}
