import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";

export const SETUP_TOKEN_TTL_MS = 72 * 60 * 60 * 1000;
/** A "Lupa kata sandi" link lives an hour: it reaches a mailbox, which may be read by others later. */
const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** SETUP: a new account's first password, or a link the secretariat issues; RESET: the user's own request. */
type TokenPurpose = "SETUP" | "RESET";

const TTL: Record<TokenPurpose, number> = { SETUP: SETUP_TOKEN_TTL_MS, RESET: RESET_TOKEN_TTL_MS };

type Tx = Prisma.TransactionClient | Db;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isUsable(t: { expiresAt: Date; usedAt: Date | null }, now = new Date()): boolean {
  return t.usedAt === null && t.expiresAt.getTime() > now.getTime();
}

/**
 * Creates a one-time link token for the user; only its hash is stored. Earlier unused ones die. Runs inside the
 * caller's transaction, so the token and the mail that carries it (lib/auth/setup-mail.ts) commit together.
 */
export async function issueToken(
  tx: Tx,
  userId: string,
  purpose: TokenPurpose = "SETUP",
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + TTL[purpose]);
  await tx.setupToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.setupToken.create({ data: { userId, tokenHash: hashToken(token), purpose, expiresAt } });
  return { token, expiresAt };
}

/** A setup token (72 hours), as a string. */
export async function createSetupToken(tx: Tx, userId: string, now = new Date()): Promise<string> {
  return (await issueToken(tx, userId, "SETUP", now)).token;
}

export async function findUsableToken(db: Db, token: string, now = new Date()) {
  const row = await db.setupToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { name: true, email: true, active: true } },
    },
  });
  return row && isUsable(row, now) && row.user.active ? row : null;
}

/**
 * Sets the password and spends the token in one transaction. The conditional update makes the
 * token single-use even when two requests race with it.
 */
export async function consumeSetupToken(db: Db, token: string, password: string, now = new Date()) {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const spent = await tx.setupToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return null;
    const row = await tx.setupToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
      select: { userId: true },
    });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    return { userId: row.userId };
  });
}
