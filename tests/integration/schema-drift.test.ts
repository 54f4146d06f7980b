// Proves prisma/schema.prisma and prisma/migrations describe the same database: one database is
// built by our migrations, another by the SQL Prisma's own schema engine writes for schema.prisma
// from nothing; their catalogs must agree on every table, column, type, nullability, default,
// enum, index, primary, unique and foreign key. (CHECK constraints, triggers and partial indexes, which
// schema.prisma cannot express, are ours alone; so is the mail queue's own `pgboss` schema, kept by pg-boss.)
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { diffSql, schemaTarget } from "@/scripts/lib/schema-engine";
import { createDatabase, dropDatabase } from "./db";

const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
                   character_maximum_length, numeric_precision, numeric_scale
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  enums: `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY 1`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(c.oid) AS def
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND contype IN ('p', 'u', 'f') AND conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
};

type IndexRow = { tablename: string; indexname: string; indexdef: string };
const isPartial = (i: IndexRow) => / WHERE /.test(i.indexdef);

async function catalog(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const [k, sql] of Object.entries(CATALOG)) out[k] = (await c.query(sql)).rows;
    return out;
  } finally {
    await c.end();
  }
}

describe("schema.prisma and the migrations", () => {
  let fromSchema: { name: string; url: string };
  beforeAll(async () => {
    fromSchema = await createDatabase("inovasi_schema");
    const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");
    const sql = await diffSql({ tag: "empty" }, await schemaTarget(schemaPath));
    const c = new pg.Client({ connectionString: fromSchema.url });
    await c.connect();
    await c.query(sql);
    await c.end();
  });
  afterAll(async () => {
    await dropDatabase(fromSchema.name);
  });

  it("describe the same database", async () => {
    const migrated = await catalog(inject("databaseUrl"));
    const expected = await catalog(fromSchema.url);
    expect(migrated.columns!.length).toBeGreaterThan(100);
    expect(migrated.columns).toEqual(expected.columns);
    expect(migrated.enums).toEqual(expected.enums);
    const migratedIndexes = migrated.indexes as IndexRow[];
    expect(migratedIndexes.filter((i) => !isPartial(i))).toEqual(expected.indexes);
    expect(migratedIndexes.filter(isPartial).map((i) => i.indexname)).toEqual([
      "Override_one_active_adjustment_key",
      "Override_one_active_decision_key",
    ]);
    expect(migrated.constraints).toEqual(expected.constraints);
  });
});
