import type { Db } from "@/lib/db/client";

/**
 * Satu OPD Satu Inovasi per region and year: how many active OPDs met the year. One rule for the public statistics,
 * the secretariat's report and the hub's comparison (decision 016): the year of each approval in the region's own
 * zone, the implementation year of an approved record older than the workflow, and the year of a competition of the
 * region whose published results name the OPD's innovation a winner.
 */
export function complianceByRegion(
  db: Db,
  regionIds: readonly string[],
): Promise<{ regionId: string; year: number; met: number }[]> {
  const ids = [...regionIds];
  return db.$queryRaw<{ regionId: string; year: number; met: number }[]>`
    WITH tz AS (
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
    )
    SELECT o."regionId", m."year" AS year, count(DISTINCT m."opdId")::int AS met
    FROM met m JOIN "Opd" o ON o."id" = m."opdId"
    WHERE o."active"
    GROUP BY o."regionId", m."year"`;
}
