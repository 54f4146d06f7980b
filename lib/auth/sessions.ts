import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

/** How long a sign-in lasts: the session row and the cookie's JWT expire together. */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

/** What the session cookie's JWT carries besides next-auth's own claims. */
type SessionClaims = { uid: string; sid: string };

/** Starts a session for a signed-in user and returns its id; the user's expired rows go at the same time. */
export async function openSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.$transaction([
    db.userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db.userSession.create({
      data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
    }),
  ]);
  return id;
}

/** Signing out: this browser's session only. */
export async function endSession(db: Db, sid: string) {
  await db.userSession.deleteMany({ where: { id: sid } });
}

/** The user's unexpired sessions, newest first: the browsers signed in with this account. */
export async function liveSessions(db: Db, userId: string, now = new Date()) {
  return db.userSession.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}

/** Every session of the user (a password, role, OPD or active change does this in the database too). */
export async function endAllSessions(db: Db, userId: string) {
  await db.userSession.deleteMany({ where: { userId } });
}

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  opdId: string | null;
  regionId: string;
  /** False when the user's OPD is deactivated: the account may read, not write. */
  opdActive: boolean;
};

/**
 * The user of a live session, read in one query: the session row must exist and be unexpired, the account active.
 * Null otherwise (signed out, password changed, deactivated, expired), whatever the cookie says.
 */
export async function sessionUser(db: Db, claims: Partial<SessionClaims>): Promise<SessionUser | null> {
  if (typeof claims.uid !== "string" || typeof claims.sid !== "string") return null;
  const rows = await db.$queryRaw<SessionUser[]>`
    SELECT u."id", u."name", u."email", u."role"::text AS "role", u."opdId", u."regionId",
           COALESCE(o."active", true) AS "opdActive"
    FROM "UserSession" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Opd" o ON o."id" = u."opdId"
    WHERE s."id" = ${claims.sid} AND s."userId" = ${claims.uid} AND s."expiresAt" > now() AND u."active"`;
  return rows[0] ?? null;
}
