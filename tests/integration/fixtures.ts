// Shared fixtures for integration files that use the shared database (global-setup.ts): accounts as
// action contexts, and the clean-up of the audit lines and notifications that domain calls write as
// a side effect (and the mail they queue), so that each file leaves the database as it found it (leave-as-found.ts).
import type { ActionContext } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";

export const ACTOR_FIELDS = {
  id: true,
  name: true,
  email: true,
  role: true,
  opdId: true,
  regionId: true,
} as const;

/** A seeded or test-made account as the context an action passes to the domain. */
export async function contextOf(
  db: Db,
  email: string,
  requestId = "it",
  ip: string | null = "127.0.0.1",
): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: ACTOR_FIELDS });
  return { user, requestId, ip };
}

/**
 * The audit lines and notifications written from now on. Integration files run one at a time
 * (fileParallelism: false), so a row that was not there when the file started is the file's own,
 * written by a domain call it made; remove() deletes exactly those at the end.
 */
export async function sideEffectsFrom(db: Db) {
  const [audit, notes, mails, jobs] = await Promise.all([
    db.auditLog.findMany({ select: { id: true } }),
    db.notification.findMany({ select: { id: true } }),
    db.mailMessage.findMany({ select: { id: true } }),
    db.$queryRaw<{ id: string }[]>`SELECT id::text FROM pgboss.job`,
  ]);
  const auditIds = audit.map((r) => r.id);
  const noteIds = notes.map((r) => r.id);
  const mailIds = mails.map((r) => r.id);
  const jobIds = jobs.map((r) => r.id);
  return {
    async remove() {
      await db.auditLog.deleteMany({ where: { id: { notIn: auditIds } } });
      await db.notification.deleteMany({ where: { id: { notIn: noteIds } } });
      // Mail queued by a domain call (an account's setup link): its record and its job on the queue.
      await db.mailMessage.deleteMany({ where: { id: { notIn: mailIds } } });
      await db.$executeRaw`DELETE FROM pgboss.job WHERE NOT (id::text = ANY(${jobIds}::text[]))`;
    },
  };
}

export type SideEffects = Awaited<ReturnType<typeof sideEffectsFrom>>;
