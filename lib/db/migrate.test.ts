import { describe, expect, it } from "vitest";
import { checksum, planMigrations, type AppliedMigration, type MigrationFile } from "./migrate";

const file = (name: string, sql = `-- ${name}`): MigrationFile => ({ name, sql, checksum: checksum(sql) });
const applied = (f: MigrationFile, over: Partial<AppliedMigration> = {}): AppliedMigration => ({
  migration_name: f.name,
  checksum: f.checksum,
  finished_at: new Date(),
  rolled_back_at: null,
  ...over,
});

describe("checksum", () => {
  it("is the lowercase hex sha256 of the file, as Prisma records it", () => {
    expect(checksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(checksum("SELECT 1;")).toMatch(/^[0-9a-f]{64}$/);
  });
  it("changes when one character changes", () => {
    expect(checksum("SELECT 1;")).not.toBe(checksum("SELECT 2;"));
  });
});

describe("planMigrations", () => {
  const a = file("20260101000000_a");
  const b = file("20260102000000_b");

  it("applies everything on an empty database, in order", () => {
    expect(planMigrations([a, b], [])).toEqual({ pending: [a, b], problems: [] });
  });

  it("applies only what is new", () => {
    expect(planMigrations([a, b], [applied(a)]).pending).toEqual([b]);
  });

  it("refuses when an applied migration's file changed", () => {
    const edited = file(a.name, "-- edited");
    const plan = planMigrations([edited, b], [applied(a)]);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatch(/20260101000000_a was modified after it was applied/);
  });

  it("refuses when a migration started but never finished", () => {
    const plan = planMigrations([a], [applied(a, { finished_at: null })]);
    expect(plan.problems[0]).toMatch(/did not finish/);
  });

  it("refuses when the database knows a migration the folder does not", () => {
    const plan = planMigrations([b], [applied(a)]);
    expect(plan.problems[0]).toMatch(/missing from prisma\/migrations/);
  });

  it("re-applies a migration that was rolled back", () => {
    const plan = planMigrations([a], [applied(a, { rolled_back_at: new Date(), finished_at: null })]);
    expect(plan).toEqual({ pending: [a], problems: [] });
  });
});
