import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

type AuditEntry = {
  actorId: string | null;
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

/** Who did it, from an action's context: `audit(tx, { ...by(ctx), action, … })`. */
export function by(ctx: { user: { id: string }; ip: string | null; requestId: string }) {
  return { actorId: ctx.user.id, ip: ctx.ip, requestId: ctx.requestId };
}
