import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { exportCompetition } from "@/lib/scoring/io/export";
import { rankExport } from "@/lib/scoring/io";
import { createDatabase, dropDatabase } from "./db";

// A database of its own: the counts below must not see what other test files add to the shared one meanwhile.
let db: Db;
let database: { name: string; url: string };
beforeAll(async () => {
  database = await createDatabase("inovasi_seed");
  await migrate(database.url);
  db = createPrismaClient(database.url, 2);
});
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(database.name);
});

async function counts() {
  const [
    regions,
    opds,
    users,
    innovations,
    versions,
    indicators,
    competitions,
    stages,
    criteria,
    categories,
  ] = await Promise.all([
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
  return {
    regions,
    opds,
    users,
    innovations,
    versions,
    indicators,
    competitions,
    stages,
    criteria,
    categories,
  };
}

describe("the demo seed", () => {
  it("creates one account per role and the whole demo, and is idempotent", async () => {
    await seed(db);
    const first = await counts();
    // The province with its hub, the demo kabupaten and Kota Harapan Baru under it.
    expect(first.regions).toBe(3);
    const regions = await db.region.findMany({ select: { code: true, parent: { select: { code: true } } } });
    expect(regions.map((r) => [r.code, r.parent?.code ?? null]).sort()).toEqual([
      ["33", null],
      ["3398", "33"],
      ["3399", "33"],
    ]);
    expect(first.indicators).toBe(20);
    // The kabupaten's two, the city's published one, the province's open for entry.
    expect(first.competitions).toBe(4);
    expect(first.stages).toBe(7 + 7 + 7 + 5);
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual([
      "ADMIN",
      "EVALUATOR",
      "HUB_ADMIN",
      "OPD_HEAD",
      "OPD_OPERATOR",
    ]);
    // The city's winner already sent on to the province, with its lineage.
    const sent = await db.entry.findFirstOrThrow({
      where: { sourceEntryId: { not: null } },
      select: { competition: { select: { regionId: true } }, source: { select: { status: true } } },
    });
    expect(sent.source?.status).toBe("WINNER");

    await seed(db);
    expect(await counts()).toEqual(first);
  });

  it("stores password hashes, never plain passwords, and omits them from ordinary queries", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" } });
    expect("passwordHash" in user).toBe(false);
    const withHash = await db.user.findUniqueOrThrow({
      where: { email: "admin@inovasi.test" },
      select: { passwordHash: true },
    });
    expect(withHash.passwordHash).toMatch(/^\$2[aby]\$/);
  });

  it("seeds a proposal-only competition with desk reviews done, the engine's shortlist and the objection window open", async () => {
    const now = new Date();
    const c = await db.competition.findFirstOrThrow({
      where: { name: RESULTS_COMPETITION(now.getFullYear()) },
      include: { stages: true, entries: { select: { id: true, status: true } } },
    });
    const objection = c.stages.find((s) => s.kind === "OBJECTION")!;
    expect(objection.startsAt.getTime()).toBeLessThan(now.getTime());
    expect(objection.endsAt.getTime()).toBeGreaterThan(now.getTime());
    expect(
      await db.review.count({ where: { assignment: { entry: { competitionId: c.id } }, submittedAt: null } }),
    ).toBe(0);

    const ranking = rankExport(await exportCompetition(db, c.id));
    const shortlisted = c.entries.filter((e) => e.status === "SHORTLISTED").map((e) => e.id);
    expect(shortlisted.sort()).toEqual([...ranking.shortlist].sort());
    expect(ranking.shortlist).toHaveLength(5);
    // Someone falls below the passing grade, so the demo shows a failed entry too.
    expect(ranking.desk.some((d) => !d.passed)).toBe(true);
    expect(ranking.final.filter((f) => f.status === "RANKED")).toHaveLength(5);
  });
});
