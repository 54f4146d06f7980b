import { cp, mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createDatabase, dropDatabase } from "./db";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe("the migration runner on a real PostgreSQL", () => {
  let db: { name: string; url: string };
  beforeAll(async () => {
    db = await createDatabase("inovasi_mig");
  });
  afterAll(async () => {
    await dropDatabase(db.name);
  });

  it("applies every migration to an empty database and records it like Prisma", async () => {
    const files = await readMigrations(MIGRATIONS);
    const applied = await migrate(db.url);
    expect(applied).toEqual(files.map((f) => f.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      db.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    expect(await migrate(db.url)).toEqual([]);
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mig-"));
    await cp(MIGRATIONS, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    const file = path.join(dir, first!.name, "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")) + "\n-- edited\n");
    await expect(migrate(db.url, dir)).rejects.toThrow(/was modified after it was applied/);
  });

  it("rolls a failing migration back whole and records nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mig-"));
    await cp(MIGRATIONS, dir, { recursive: true });
    await mkdir(path.join(dir, "99999999999999_broken"));
    await writeFile(
      path.join(dir, "99999999999999_broken", "migration.sql"),
      `CREATE TABLE "ShouldNotExist" (id INT);\nSELECT * FROM "NoSuchTable";`,
    );
    await expect(migrate(db.url, dir)).rejects.toThrow(/99999999999999_broken failed and was rolled back/);
    const tables = await query(
      db.url,
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'ShouldNotExist'`,
    );
    expect(tables).toHaveLength(0);
    const recorded = await query(
      db.url,
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`,
    );
    expect(recorded).toHaveLength(0);
  });

  it("enforces a score within its criterion's scale in the database itself", async () => {
    const rows = await query<{ proname: string }>(
      db.url,
      `SELECT proname FROM pg_proc WHERE proname = 'score_within_scale'`,
    );
    expect(rows).toHaveLength(1);
  });
});
