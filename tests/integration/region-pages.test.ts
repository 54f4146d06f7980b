// The public side of many regions on the seeded demo (a province, the demo kabupaten and Kota Harapan Baru under
// it): the directory, a region's figures and an OPD's page, each checked against SQL written by hand here, and the
// region filters of the catalogue, statistics, open data and the competition list, which must return only the
// chosen region's rows. Its own database: the counts must not see what other files add to the shared one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { parseCatalogQuery } from "@/lib/catalog/schemas";
import { searchCatalog } from "@/lib/catalog/queries/search";
import { catalogueRows, listInnovations, listPublishedCompetitions } from "@/lib/opendata/queries";
import { parseListParams, parseRegionCodes } from "@/lib/opendata/schemas";
import {
  chooseRegion,
  getOpdPage,
  getPublicRegion,
  getRegionFigures,
  listRegionCompetitions,
  listRegionDirectory,
  listRegionOptions,
  listRegionWinners,
} from "@/lib/region/queries/public";
import { yearIn } from "@/lib/time/zones";
import { getStatistics } from "@/lib/statistics/queries";
import { seed } from "@/prisma/seed";
import { DEMO_CITY, DEMO_PROVINCE } from "@/prisma/demo-hub";
import { createDatabase, dropDatabase } from "./db";

let db: Db;
let database: { name: string; url: string };
const now = new Date();
const ids: Record<string, string> = {};
let kabupatenCode: string;

beforeAll(async () => {
  database = await createDatabase("inovasi_daerah_publik");
  await migrate(database.url);
  db = createPrismaClient(database.url, 4);
  await seed(db, now);
  for (const r of await db.region.findMany({ select: { id: true, code: true } })) ids[r.code] = r.id;
  const first = await db.region.findFirstOrThrow({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  kabupatenCode = first.code;
});

afterAll(async () => {
  await db?.$disconnect();
  if (database) await dropDatabase(database.name);
});

const PUBLIC = `i."status" = 'APPROVED' AND i."isPublic"`;

async function publicCountSql(regionId: string): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Innovation" i WHERE i."regionId" = $1 AND ${PUBLIC}`,
    regionId,
  );
  return row!.n;
}

async function publicIdsSql(regionId: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT i."id" FROM "Innovation" i WHERE i."regionId" = $1 AND ${PUBLIC} ORDER BY i."id"`,
    regionId,
  );
  return rows.map((r) => r.id);
}

describe("the seeded regions", () => {
  it("are the demo kabupaten and Kota Harapan Baru under Provinsi Jawa Tengah, each with public innovations", async () => {
    expect(Object.keys(ids).sort()).toEqual([DEMO_PROVINCE.code, DEMO_CITY.code, kabupatenCode].sort());
    expect(await publicCountSql(ids[DEMO_CITY.code]!)).toBeGreaterThan(0);
    expect(await publicCountSql(ids[kabupatenCode]!)).toBeGreaterThan(0);
  });
});

describe("the directory", () => {
  it("lists the province with both regions under it, each with its public count", async () => {
    const tree = await listRegionDirectory(db);
    expect(tree.alone).toEqual([]);
    expect(tree.hubs).toHaveLength(1);
    const [hub] = tree.hubs;
    expect(hub!.region.code).toBe(DEMO_PROVINCE.code);
    expect(hub!.children.map((c) => c.code).sort()).toEqual([DEMO_CITY.code, kabupatenCode].sort());
    const counts = await db.$queryRawUnsafe<{ code: string; n: number }[]>(
      `SELECT r."code", count(i."id") FILTER (WHERE ${PUBLIC})::int AS n
       FROM "Region" r LEFT JOIN "Innovation" i ON i."regionId" = r."id" GROUP BY r."code"`,
    );
    const listed = [hub!.region, ...hub!.children];
    for (const { code, n } of counts) expect(listed.find((r) => r.code === code)?.publicCount, code).toBe(n);
  });

  it("offers every region for a select, the province first and the regions under it after it", async () => {
    const options = await listRegionOptions(db);
    expect(options[0]).toMatchObject({ code: DEMO_PROVINCE.code, depth: 0 });
    expect(options.slice(1).map((o) => o.depth)).toEqual([1, 1]);
  });
});

describe("a region's page", () => {
  it("names the region's hub, or the regions under it", async () => {
    const city = await getPublicRegion(db, DEMO_CITY.code);
    expect(city).toMatchObject({ name: DEMO_CITY.name, kind: "KOTA", parent: { code: DEMO_PROVINCE.code } });
    const province = await getPublicRegion(db, DEMO_PROVINCE.code);
    expect(province!.parent).toBeNull();
    expect(province!.children.map((c) => c.code).sort()).toEqual([DEMO_CITY.code, kabupatenCode].sort());
  });

  it("is null for an unknown code, and a filter with an unknown code says so", async () => {
    expect(await getPublicRegion(db, "9999")).toBeNull();
    expect(await chooseRegion(db, "9999")).toBe("unknown");
  });

  it("defaults a filter to the portal's region: the first one created", async () => {
    expect(await chooseRegion(db, undefined)).toMatchObject({ code: kabupatenCode });
    expect(await chooseRegion(db, "")).toMatchObject({ code: kabupatenCode });
    expect(await chooseRegion(db, DEMO_CITY.code)).toMatchObject({ id: ids[DEMO_CITY.code] });
  });

  for (const which of ["city", "kabupaten", "province"] as const) {
    it(`has figures that agree with SQL written by hand (${which})`, async () => {
      const code =
        which === "city" ? DEMO_CITY.code : which === "province" ? DEMO_PROVINCE.code : kabupatenCode;
      const regionId = ids[code]!;
      const region = (await getPublicRegion(db, code))!;
      const f = await getRegionFigures(db, region, now);
      const year = yearIn(now, region.timeZone);

      expect(f.publicCount).toBe(await publicCountSql(regionId));
      expect(f.perYear).toEqual(
        await db.$queryRawUnsafe(
          `SELECT i."year", count(*)::int AS count FROM "Innovation" i WHERE i."regionId" = $1 AND ${PUBLIC}
           GROUP BY i."year" ORDER BY i."year"`,
          regionId,
        ),
      );
      const [digital] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "Innovation" i WHERE i."regionId" = $1 AND ${PUBLIC} AND i."jenis" = 'DIGITAL'`,
        regionId,
      );
      expect(f.digital).toBe(digital!.n);
      const [replications] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "Replication" r JOIN "Innovation" i ON i."id" = r."sourceInnovationId"
         WHERE i."regionId" = $1 AND ${PUBLIC} AND r."status" IN ('IMPLEMENTED', 'VERIFIED')`,
        regionId,
      );
      expect(f.replications).toBe(replications!.n);

      // Satu OPD Satu Inovasi this year: active OPDs with an approval dated this year in the region's zone, or a
      // winner of this year's competition whose results are published.
      const zone = { WIB: "Asia/Jakarta", WITA: "Asia/Makassar", WIT: "Asia/Jayapura" }[region.timeZone];
      const [met] = await db.$queryRawUnsafe<{ met: number; total: number }[]>(
        `SELECT count(*) FILTER (WHERE
            EXISTS (SELECT 1 FROM "Innovation" i LEFT JOIN "InnovationVersion" v ON v."innovationId" = i."id" AND v."status" = 'APPROVED'
                    WHERE i."opdId" = o."id" AND (
                      date_part('year', (v."decidedAt" AT TIME ZONE 'UTC') AT TIME ZONE $3) = $2
                      OR date_part('year', (i."approvedAt" AT TIME ZONE 'UTC') AT TIME ZONE $3) = $2))
            OR EXISTS (SELECT 1 FROM "Entry" e JOIN "Competition" c ON c."id" = e."competitionId"
                       JOIN "Innovation" i ON i."id" = e."innovationId"
                       WHERE i."opdId" = o."id" AND c."regionId" = $1 AND c."year" = $2 AND e."status" = 'WINNER'
                         AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."competitionId" = c."id" AND p."supersededAt" IS NULL))
          )::int AS met, count(*)::int AS total
         FROM "Opd" o WHERE o."regionId" = $1 AND o."active"`,
        regionId,
        year,
        zone,
      );
      expect(f.compliance).toEqual({
        year,
        met: met!.met,
        total: met!.total,
        rate: met!.total ? met!.met / met!.total : 0,
      });

      const winners = await db.$queryRawUnsafe<{ competitionId: string; innovationId: string }[]>(
        `SELECT e."competitionId", e."innovationId" FROM "Entry" e JOIN "Competition" c ON c."id" = e."competitionId"
         WHERE c."regionId" = $1 AND e."status" = 'WINNER'
           AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."competitionId" = c."id" AND p."supersededAt" IS NULL)
         ORDER BY 1, 2`,
        regionId,
      );
      expect(
        f.winners
          .map((w) => ({ competitionId: w.competitionId, innovationId: w.innovationId }))
          .sort((a, b) => (a.competitionId + a.innovationId).localeCompare(b.competitionId + b.innovationId)),
      ).toEqual(winners);

      const opds = await db.$queryRawUnsafe<{ shortName: string; count: number }[]>(
        `SELECT o."shortName", count(i."id") FILTER (WHERE ${PUBLIC})::int AS count
         FROM "Opd" o LEFT JOIN "Innovation" i ON i."opdId" = o."id"
         WHERE o."regionId" = $1 AND o."active" GROUP BY o."shortName" ORDER BY o."shortName"`,
        regionId,
      );
      expect(
        f.opds
          .map((o) => ({ shortName: o.shortName, count: o.count }))
          .sort((a, b) => a.shortName.localeCompare(b.shortName)),
      ).toEqual(opds);

      const latest = await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT i."id" FROM "Innovation" i WHERE i."regionId" = $1 AND ${PUBLIC}
         ORDER BY i."approvedAt" DESC NULLS LAST, i."id" LIMIT 6`,
        regionId,
      );
      expect(f.latest.map((i) => i.id)).toEqual(latest.map((r) => r.id));
    });
  }

  it("shows the city's published winners, and none for the province whose competition is still open", async () => {
    expect((await listRegionWinners(db, ids[DEMO_CITY.code]!)).length).toBeGreaterThan(0);
    expect(await listRegionWinners(db, ids[DEMO_PROVINCE.code]!)).toEqual([]);
  });
});

describe("an OPD's page", () => {
  it("lists the OPD's public innovations, awards and years met, as SQL counts them", async () => {
    const regionId = ids[DEMO_CITY.code]!;
    const opd = await db.opd.findUniqueOrThrow({
      where: { regionId_shortName: { regionId, shortName: "DINKES" } },
      select: { id: true },
    });
    const page = (await getOpdPage(db, regionId, "DINKES"))!;
    expect(page.opd.id).toBe(opd.id);
    const innovations = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT i."id" FROM "Innovation" i WHERE i."opdId" = $1 AND ${PUBLIC} ORDER BY i."id"`,
      opd.id,
    );
    expect(page.innovations.map((i) => i.id).sort()).toEqual(innovations.map((r) => r.id));
    const awards = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Award" a JOIN "Innovation" i ON i."id" = a."innovationId"
       WHERE i."opdId" = $1 AND ${PUBLIC}`,
      opd.id,
    );
    expect(page.awards).toHaveLength(awards[0]!.n);
    expect(page.winners.every((w) => w.opdShortName === "DINKES")).toBe(true);
    const years = await db.$queryRawUnsafe<{ year: number }[]>(
      `SELECT DISTINCT y::int AS year FROM (
         SELECT date_part('year', (v."decidedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta') AS y
         FROM "InnovationVersion" v JOIN "Innovation" i ON i."id" = v."innovationId"
         WHERE i."opdId" = $1 AND v."status" = 'APPROVED' AND v."decidedAt" IS NOT NULL
         UNION
         SELECT date_part('year', (i."approvedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta')
         FROM "Innovation" i WHERE i."opdId" = $1 AND i."approvedAt" IS NOT NULL
         UNION
         SELECT c."year" FROM "Entry" e JOIN "Competition" c ON c."id" = e."competitionId"
         JOIN "Innovation" i ON i."id" = e."innovationId"
         WHERE i."opdId" = $1 AND e."status" = 'WINNER'
           AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."competitionId" = c."id" AND p."supersededAt" IS NULL)
       ) t ORDER BY 1`,
      opd.id,
    );
    expect(page.metYears).toEqual(years.map((r) => r.year));
  });

  it("is null for a short name the region does not have, even one another region has", async () => {
    expect(await getOpdPage(db, ids[DEMO_CITY.code]!, "TIDAK-ADA")).toBeNull();
    const provinceOnly = await db.$queryRawUnsafe<{ shortName: string }[]>(
      `SELECT p."shortName" FROM "Opd" p WHERE p."regionId" = $1
       AND NOT EXISTS (SELECT 1 FROM "Opd" c WHERE c."regionId" = $2 AND c."shortName" = p."shortName") LIMIT 1`,
      ids[DEMO_PROVINCE.code],
      ids[DEMO_CITY.code],
    );
    expect(provinceOnly).toHaveLength(1);
    expect(await getOpdPage(db, ids[DEMO_CITY.code]!, provinceOnly[0]!.shortName)).toBeNull();
  });
});

describe("the region filters", () => {
  it("narrow the catalogue to the region's public innovations, with a region facet counted as SQL counts", async () => {
    for (const code of [DEMO_CITY.code, kabupatenCode]) {
      const expected = await publicIdsSql(ids[code]!);
      const { query } = parseCatalogQuery(new URLSearchParams({ daerah: code }));
      const result = await searchCatalog(db, query, 100);
      expect(result.total).toBe(expected.length);
      expect(result.items.map((i) => i.id).sort()).toEqual(expected);
      // The facet leaves out its own filter: it counts every region, so another can be added.
      const facet = Object.fromEntries(result.facets.daerah.map((f) => [f.value, f.count]));
      expect(facet[DEMO_CITY.code]).toBe(await publicCountSql(ids[DEMO_CITY.code]!));
      expect(facet[kabupatenCode]).toBe(await publicCountSql(ids[kabupatenCode]!));
      expect(result.facets.daerah.find((f) => f.value === DEMO_CITY.code)?.label).toBe(DEMO_CITY.name);
    }
    const both = await searchCatalog(
      db,
      parseCatalogQuery(new URLSearchParams(`daerah=${DEMO_CITY.code}&daerah=${kabupatenCode}`)).query,
      100,
    );
    expect(both.total).toBe(
      (await publicCountSql(ids[DEMO_CITY.code]!)) + (await publicCountSql(ids[kabupatenCode]!)),
    );
  });

  it("find nothing for an unknown region code, and drop a malformed one", async () => {
    const unknown = await searchCatalog(db, parseCatalogQuery(new URLSearchParams("daerah=9999")).query);
    expect(unknown.total).toBe(0);
    expect(unknown.items).toEqual([]);
    expect(parseCatalogQuery(new URLSearchParams("daerah=%27%3B--")).dropped).toEqual(["daerah"]);
  });

  it("narrow the statistics to the chosen region", async () => {
    const stats = await getStatistics(db, ids[DEMO_CITY.code]!);
    expect(stats.total).toBe(await publicCountSql(ids[DEMO_CITY.code]!));
  });

  it("narrow the open-data list and the download to the region", async () => {
    const cityIds = await publicIdsSql(ids[DEMO_CITY.code]!);
    const parsed = parseListParams(new URLSearchParams({ daerah: DEMO_CITY.code, limit: "100" }));
    if (!parsed.ok) throw new Error("parse");
    const page = await listInnovations(db, parsed.params);
    expect(page.count).toBe(cityIds.length);
    expect(page.data.map((i) => i.id).sort()).toEqual(cityIds);

    const rows: unknown[][] = [];
    for await (const batch of catalogueRows(db, { batch: 3, regionCodes: [DEMO_CITY.code] }))
      rows.push(...batch);
    expect(rows.map((r) => r[0] as string).sort()).toEqual(cityIds);
    const none: unknown[][] = [];
    for await (const batch of catalogueRows(db, { regionCodes: ["9999"] })) none.push(...batch);
    expect(none).toEqual([]);

    expect(parseRegionCodes(new URLSearchParams("daerah=3398&daerah=3398"))).toEqual({
      ok: true,
      codes: ["3398"],
    });
    expect(parseRegionCodes(new URLSearchParams("daerah=x%20y")).ok).toBe(false);
  });

  it("narrow the open-data competitions and the public competition list to the region", async () => {
    const city = await listPublishedCompetitions(db, [DEMO_CITY.code]);
    expect(city.length).toBeGreaterThan(0);
    expect(city.every((c) => c.region === DEMO_CITY.name)).toBe(true);
    expect(await listPublishedCompetitions(db, ["9999"])).toEqual([]);

    for (const code of [DEMO_CITY.code, DEMO_PROVINCE.code, kabupatenCode]) {
      const listed = await listRegionCompetitions(db, ids[code]!);
      const own = await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT c."id" FROM "Competition" c WHERE c."regionId" = $1 AND c."status" IN ('ACTIVE', 'PUBLISHED', 'ARCHIVED')
         ORDER BY 1`,
        ids[code],
      );
      expect(listed.map((c) => c.id).sort(), code).toEqual(own.map((r) => r.id));
    }
  });
});
