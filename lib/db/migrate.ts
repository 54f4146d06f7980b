// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` would, recording each
// in _prisma_migrations with Prisma's columns and sha256 checksums. Used by `npm run db:migrate`,
// the dev/start runner and the tests; never imported by the web app.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { installMailQueue, queryableExecutor } from "../mail/boss";

export type MigrationFile = { name: string; sql: string; checksum: string };
export type AppliedMigration = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};
type MigrationPlan = { pending: MigrationFile[]; problems: string[] };

export function checksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

/** Decides what to apply; refuses when history and files disagree. Pure, so it is unit-tested. */
export function planMigrations(files: MigrationFile[], applied: AppliedMigration[]): MigrationPlan {
  const problems: string[] = [];
  const live = applied.filter((a) => a.rolled_back_at === null);
  const byName = new Map(live.map((a) => [a.migration_name, a]));
  const fileNames = new Set(files.map((f) => f.name));

  for (const a of live) {
    if (a.finished_at === null) {
      problems.push(
        `Migration ${a.migration_name} started but did not finish; resolve it by hand before migrating.`,
      );
    } else if (!fileNames.has(a.migration_name)) {
      problems.push(
        `Migration ${a.migration_name} is applied to the database but missing from prisma/migrations.`,
      );
    }
  }
  for (const f of files) {
    const a = byName.get(f.name);
    if (a && a.finished_at !== null && a.checksum !== f.checksum) {
      problems.push(
        `Migration ${f.name} was modified after it was applied (checksum ${a.checksum.slice(0, 12)}… ≠ ${f.checksum.slice(0, 12)}…). Write a new migration instead.`,
      );
    }
  }
  const pending = files.filter((f) => !byName.has(f.name));
  return { pending, problems };
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Same advisory-lock key as Prisma's migrate, so the two never run at once.
const LOCK_KEY = 72707369;

class MigrationError extends Error {}

export async function migrate(
  connectionString: string,
  dir = path.join(process.cwd(), "prisma", "migrations"),
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const applied = await client.query<AppliedMigration>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const plan = planMigrations(await readMigrations(dir), applied.rows);
    if (plan.problems.length > 0) throw new MigrationError(plan.problems.join("\n"));

    for (const m of plan.pending) {
      log(`applying ${m.name}`);
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count, started_at)
           VALUES ($1, $2, now(), $3, 1, now())`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${(err as Error).message}`);
      }
    }
    // The mail queue's tables live in their own schema, kept by pg-boss itself (docs/decisions/012-mail-queue.md).
    await installMailQueue(queryableExecutor(client));
    return plan.pending.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
