import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const PAGE_SIZE = 30;

export type AuditFilter = { action?: string; entityType?: string; actor?: string; from?: Date; to?: Date };

/** Audit lines of the admin's region: those whose actor belongs to it (system lines have none). */
export async function listAudit(db: Db, regionId: string, f: AuditFilter, page: number) {
  const where: Prisma.AuditLogWhereInput = {
    OR: [{ actor: { regionId } }, { actorId: null }],
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.actor ? { actor: { regionId, email: { contains: f.actor.toLowerCase() } } } : {}),
    ...(f.from || f.to
      ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
      : {}),
  };
  const [total, rows, entityTypes] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        ip: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditLog.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows,
    entityTypes: entityTypes.map((e) => e.entityType),
  };
}
