import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";

let db: Db;
beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await db.$disconnect();
});

async function counts() {
  const [regions, opds, users, innovations, versions, indicators, competitions, stages, criteria, categories] = await Promise.all([
    db.region.count(),
    db.opd.count(),
    db.user.count(),
    db.innovation.count(),
    db.innovationVersion.count(),
    db.iidIndicator.count(),
    db.competition.count(),
    db.competitionStage.count(),
    db.criterion.count(),
    db.competitionCategory.count(),
  ]);
  return { regions, opds, users, innovations, versions, indicators, competitions, stages, criteria, categories };
}

describe("the demo seed", () => {
  it("creates one account per role and the whole demo, and is idempotent", async () => {
    await seed(db);
    const first = await counts();
    expect(first.regions).toBeGreaterThanOrEqual(1);
    expect(first.indicators).toBe(20);
    expect(first.stages).toBe(7);
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "EVALUATOR", "OPD_HEAD", "OPD_OPERATOR"]);

    await seed(db);
    expect(await counts()).toEqual(first);
  });

  it("stores password hashes, never plain passwords, and omits them from ordinary queries", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" } });
    expect("passwordHash" in user).toBe(false);
    const withHash = await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" }, select: { passwordHash: true } });
    expect(withHash.passwordHash).toMatch(/^\$2[aby]\$/);
  });
});
