import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

type AuditEntry = {
  actorId: string | null;
  /**
   * The region whose log holds the line: the actor's (by() gives it), or for a line without an actor the record's.
   * Null only where no region is known: the line is kept and shown in no region's log.
   */
  regionId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
};

/** Writes an audit line inside the caller's transaction, so the change and its record land together. */
export async function audit(tx: Tx, e: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: e.actorId,
      regionId: e.regionId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: (e.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (e.after ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: e.ip ?? null,
      requestId: e.requestId ?? null,
    },
  });
}

/** Several audit lines in one statement, inside the caller's transaction (an import writes one per record). */
export async function auditMany(tx: Tx, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      actorId: e.actorId,
      regionId: e.regionId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: (e.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (e.after ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: e.ip ?? null,
      requestId: e.requestId ?? null,
    })),
  });
}

/** Who did it, and so whose region's log holds it, from an action's context: `audit(tx, { ...by(ctx), action, … })`. */
export function by(ctx: { user: { id: string; regionId: string }; ip: string | null; requestId: string }) {
  return { actorId: ctx.user.id, regionId: ctx.user.regionId, ip: ctx.ip, requestId: ctx.requestId };
}
