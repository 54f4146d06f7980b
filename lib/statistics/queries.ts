import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import { complianceSeries } from "./rules/compliance";
import type { Statistics } from "./rules/tables";

// What the public may see of an innovation: the catalogue's one rule (approved and marked public).
export { PUBLIC_INNOVATION };

/**
 * Entries counted as participants: those the secretariat has screened (passed or failed) and
 * everything after. A REGISTERED entry may still be withdrawn and a RETURNED one is being
 * revised, so neither counts yet. Stated on the page under the chart.
 */
export const PARTICIPANT_EXCLUDED = ["REGISTERED", "RETURNED"] as const;

const byCountThenLabel =
  <T extends { count: number }>(label: (r: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || label(a).localeCompare(label(b), "id");

/**
 * Every figure of the statistics page in a handful of aggregate queries, run together: the
 * database does the counting, so the cost does not grow with the number of innovations sent
 * to the server.
 */
export async function getStatistics(db: Db, regionId: string): Promise<Statistics> {
  const where = { regionId, ...PUBLIC_INNOVATION };
  const publicSql = PUBLIC_INNOVATION;
  const [years, urusan, opdCounts, jenis, tahapan, sdgRows, metRows, activeOpds, competitionRows] =
    await Promise.all([
      db.innovation.groupBy({ by: ["year"], where, _count: { _all: true }, orderBy: { year: "asc" } }),
      db.innovation.groupBy({ by: ["urusan"], where, _count: { _all: true } }),
      db.innovation.groupBy({ by: ["opdId"], where, _count: { _all: true } }),
      db.innovation.groupBy({ by: ["jenis"], where, _count: { _all: true } }),
      db.innovation.groupBy({ by: ["tahapan"], where, _count: { _all: true } }),
      db.$queryRaw<{ sdg: number; count: number }[]>`
      SELECT s.sdg::int AS sdg, count(*)::int AS count
      FROM "Innovation" i CROSS JOIN LATERAL unnest(i."sdgs") AS s(sdg)
      WHERE i."regionId" = ${regionId}
        AND i."status" = ${publicSql.status}::"InnovationStatus" AND i."isPublic" = ${publicSql.isPublic}
      GROUP BY s.sdg`,
      complianceRows(db, regionId),
      db.opd.count({ where: { regionId, active: true } }),
      db.$queryRaw<
        { name: string; year: number; participants: number; winners: number; published: boolean }[]
      >`
      SELECT c."name", c."year",
        count(e."id") FILTER (WHERE e."status"::text <> ALL (${[...PARTICIPANT_EXCLUDED]}::text[]))::int AS participants,
        count(e."id") FILTER (WHERE e."status" = 'WINNER' AND p."live")::int AS winners,
        coalesce(bool_or(p."live"), false) AS published
      FROM "Competition" c
      LEFT JOIN "Entry" e ON e."competitionId" = c."id"
      LEFT JOIN LATERAL (
        SELECT true AS live FROM "Publication" pb WHERE pb."competitionId" = c."id" AND pb."supersededAt" IS NULL LIMIT 1
      ) p ON true
      WHERE c."regionId" = ${regionId} AND c."status" <> 'DRAFT'
      GROUP BY c."id", c."name", c."year"
      ORDER BY c."year", c."name"`,
    ]);

  const opds = await db.opd.findMany({
    where: { id: { in: opdCounts.map((o) => o.opdId) } },
    select: { id: true, shortName: true, name: true },
  });
  const opdById = new Map(opds.map((o) => [o.id, o]));
  const sdgCount = new Map(sdgRows.map((r) => [r.sdg, r.count]));

  return {
    total: years.reduce((n, y) => n + y._count._all, 0),
    perYear: years.map((y) => ({ year: y.year, count: y._count._all })),
    perUrusan: urusan
      .map((u) => ({ urusan: u.urusan, count: u._count._all }))
      .sort(byCountThenLabel((r) => r.urusan ?? "")),
    perOpd: opdCounts
      .map((o) => {
        const opd = opdById.get(o.opdId);
        return { shortName: opd?.shortName ?? "?", name: opd?.name ?? "?", count: o._count._all };
      })
      .sort(byCountThenLabel((r) => r.name)),
    perJenis: jenis
      .map((j) => ({ jenis: j.jenis, count: j._count._all }))
      .sort(byCountThenLabel((r) => r.jenis ?? "~")),
    perTahapan: (["INISIATIF", "UJI_COBA", "PENERAPAN", null] as const)
      .map((k) => ({ tahapan: k, count: tahapan.find((r) => r.tahapan === k)?._count._all ?? 0 }))
      .filter((r) => r.tahapan !== null || r.count > 0),
    perSdg: Array.from({ length: 17 }, (_, i) => ({ sdg: i + 1, count: sdgCount.get(i + 1) ?? 0 })),
    compliance: complianceSeries(metRows, activeOpds),
    competitions: competitionRows,
  };
}

/**
 * Satu OPD Satu Inovasi, the same rule as the secretariat's compliance report (approvedInYear,
 * lib/innovations/queries.ts): an OPD meets a year with an approval in it (the year in the region's zone), the
 * implementation year of an approved record older than the workflow, or the year of a competition whose published
 * results name the OPD's innovation a winner. `met` is a CTE of (opdId, year) pairs.
 */
function metCte(regionIds: readonly string[]): Prisma.Sql {
  const ids = [...regionIds];
  return Prisma.sql`WITH tz AS (
        SELECT "id", CASE "timeZone" WHEN 'WITA' THEN 8 WHEN 'WIT' THEN 9 ELSE 7 END AS hours
        FROM "Region" WHERE "id" = ANY(${ids})
      ), approvals AS (
        SELECT i."regionId", i."opdId", v."decidedAt" AS at
        FROM "InnovationVersion" v JOIN "Innovation" i ON i."id" = v."innovationId"
        WHERE i."regionId" = ANY(${ids}) AND v."status" = 'APPROVED' AND v."decidedAt" IS NOT NULL
        UNION ALL
        SELECT i."regionId", i."opdId", i."approvedAt" FROM "Innovation" i
        WHERE i."regionId" = ANY(${ids}) AND i."approvedAt" IS NOT NULL
      ), met AS (
        SELECT a."opdId", extract(year FROM a.at + make_interval(hours => tz.hours))::int AS year
        FROM approvals a JOIN tz ON tz."id" = a."regionId"
        UNION
        SELECT i."opdId", extract(year FROM i."implementedDate")::int FROM "Innovation" i
        WHERE i."regionId" = ANY(${ids}) AND i."status" = 'APPROVED' AND i."approvedAt" IS NULL
          AND i."implementedDate" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "InnovationVersion" v
                          WHERE v."innovationId" = i."id" AND v."status" = 'APPROVED' AND v."decidedAt" IS NOT NULL)
        UNION
        SELECT i."opdId", c."year"
        FROM "Entry" e JOIN "Competition" c ON c."id" = e."competitionId" JOIN "Innovation" i ON i."id" = e."innovationId"
        WHERE c."regionId" = i."regionId" AND i."regionId" = ANY(${ids}) AND e."status" = 'WINNER'
          AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."competitionId" = c."id" AND p."supersededAt" IS NULL)
      )`;
}

/**
 * Active OPDs that met each year, per region: the hub's comparison over the regions its scope returned
 * (lib/hub/queries.ts), each region in its own zone.
 */
export function complianceByRegion(
  db: Db,
  regionIds: readonly string[],
): Promise<{ regionId: string; year: number; met: number }[]> {
  return db.$queryRaw<{ regionId: string; year: number; met: number }[]>`${metCte(regionIds)}
      SELECT o."regionId", m."year" AS year, count(DISTINCT m."opdId")::int AS met
      FROM met m JOIN "Opd" o ON o."id" = m."opdId"
      WHERE o."active"
      GROUP BY o."regionId", m."year"`;
}

/** Active OPDs that met each year. */
function complianceRows(db: Db, regionId: string) {
  return db.$queryRaw<{ year: number; met: number }[]>`${metCte([regionId])}
      SELECT m."year" AS year, count(DISTINCT m."opdId")::int AS met
      FROM met m JOIN "Opd" o ON o."id" = m."opdId"
      WHERE o."active"
      GROUP BY m."year"`;
}

/** The region's compliance series (as the statistics page shows it) and its number of active OPDs. */
export async function complianceOf(
  db: Db,
  regionId: string,
): Promise<{ series: Statistics["compliance"]; activeOpds: number }> {
  const [rows, activeOpds] = await Promise.all([
    complianceRows(db, regionId),
    db.opd.count({ where: { regionId, active: true } }),
  ]);
  return { series: complianceSeries(rows, activeOpds), activeOpds };
}

/** The years one OPD of the region met the programme, oldest first. */
export async function opdMetYears(db: Db, regionId: string, opdId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`${metCte([regionId])}
      SELECT DISTINCT m."year" AS year FROM met m WHERE m."opdId" = ${opdId} ORDER BY 1`;
  return rows.map((r) => r.year);
}
