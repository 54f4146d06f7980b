import "server-only";
import type { Actor } from "@/lib/action-types";
import type { AuditQuery } from "@/lib/admin/schemas";
import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";

/**
 * Puts an export of the audit log on the record before the file leaves: an inspector sees who took which part of
 * the log (the format, the filters given, how many lines).
 */
export async function recordAuditExport(
  db: Db,
  user: Actor,
  { format, q, rows }: { format: "csv" | "xlsx"; q: AuditQuery; rows: number },
  ctx: { ip: string | null; requestId: string | null },
) {
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: user.id,
      regionId: user.regionId,
      action: "audit.export",
      entityType: "Region",
      entityId: user.regionId,
      after: {
        format,
        filters: Object.fromEntries(
          Object.entries({
            action: q.action,
            entityType: q.entityType,
            actor: q.actor,
            from: q.from,
            to: q.to,
          }).filter(([, v]) => v !== undefined),
        ),
        rows,
      },
      ip: ctx.ip,
      requestId: ctx.requestId,
    }),
  );
}
