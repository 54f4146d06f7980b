import "server-only";
import { audit } from "@/lib/audit";
import { consumeSetupToken } from "@/lib/auth/setup-token";
import type { Db } from "@/lib/db/client";

/**
 * Sets the password of the account a one-time link was issued for, and puts it on the record; false when the link
 * is unknown, used or expired. The token is the authorization.
 */
export async function setPassword(
  db: Db,
  input: { token: string; password: string },
  ctx: { ip: string | null; requestId: string | null },
): Promise<boolean> {
  const done = await consumeSetupToken(db, input.token, input.password);
  if (!done) return false;
  await db.$transaction(async (tx) => {
    // The account the link was for: its region's log holds the line.
    const { regionId } = await tx.user.findUniqueOrThrow({
      where: { id: done.userId },
      select: { regionId: true },
    });
    await audit(tx, {
      actorId: done.userId,
      regionId,
      action: "user.password_set",
      entityType: "User",
      entityId: done.userId,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
  });
  return true;
}
