import type { Db } from "@/lib/db/client";

type RateLimitResult = { allowed: boolean; count: number; resetAt: Date };

/**
 * Fixed-window counter in PostgreSQL, so every server process shares it (DESIGN: nothing may
 * assume a single process). One atomic statement: increments, or restarts an expired window.
 */
export async function hit(db: Db, key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0]!;
  return { allowed: row.count <= limit, count: row.count, resetAt: row.resetAt };
}

export async function reset(db: Db, key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** The live counts of `keys` (expired windows count 0), without counting anything. */
export async function peek(db: Db, keys: string[]): Promise<Map<string, number>> {
  const rows = await db.rateLimit.findMany({
    where: { key: { in: keys }, resetAt: { gt: new Date() } },
    select: { key: true, count: true },
  });
  return new Map(rows.map((r) => [r.key, r.count]));
}

/** Gives back one count of a live window (an attempt that turned out not to be a failure). */
export async function refund(db: Db, key: string) {
  await db.rateLimit.updateMany({
    where: { key, count: { gt: 0 }, resetAt: { gt: new Date() } },
    data: { count: { decrement: 1 } },
  });
}
