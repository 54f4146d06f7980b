import "server-only";
import { rolesWith } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";
import type { RegionKind, RegionTimeZone } from "@/lib/generated/prisma/enums";
import { yearIn } from "@/lib/time/zones";
import { complianceByRegion } from "@/lib/statistics/queries";

// What a province's Hub JIPP reads of the regions under it: one row of figures per region, computed by the database
// over the regions the hub's scope returns (lib/access/scopes.ts hubRegion), never over a list the caller sends.

export type HubRegion = {
  id: string;
  code: string;
  name: string;
  kind: RegionKind;
  timeZone: RegionTimeZone;
  /** The province itself (the hub's own region) rather than a region under it. */
  own: boolean;
};

export type HubRow = HubRegion & {
  /** Approved innovations, all years. */
  innovations: number;
  /** Approved innovations recorded for the year shown. */
  innovationsThisYear: number;
  /** Satu OPD Satu Inovasi in the year shown: active OPDs that met it, of all active OPDs. */
  compliance: { met: number; total: number; rate: number };
  /** Share of approved innovations that are digital (0–1); null without innovations. */
  digitalShare: number | null;
  /** Replications the region takes part in, as the source's region or the adopter, not refused. */
  replications: number;
  /** Winners in the region's competitions whose results are published. */
  winners: number;
};

export type HubOverview = {
  year: number;
  rows: HubRow[];
  /** Approved innovations per year and region: { year, [regionId]: count }. */
  perYear: { year: number; counts: Record<string, number> }[];
};

/** The hub's regions (the province first, then the others by name); none for any caller but a hub. */
export async function hubRegions(db: Db, caller: Caller): Promise<HubRegion[]> {
  const regions = await db.region.findMany({
    where: scopes.hubRegion.read(caller),
    select: { id: true, code: true, name: true, kind: true, timeZone: true, parentId: true },
    orderBy: { name: "asc" },
  });
  return regions
    .map(({ parentId, ...r }) => ({ ...r, own: parentId === null && r.id === caller.regionId }))
    .sort((a, b) => Number(b.own) - Number(a.own));
}

/** Every figure of the hub's comparison, for the year given (this year in the province's zone by default). */
export async function hubOverview(
  db: Db,
  caller: Caller,
  year?: number,
  now = new Date(),
): Promise<HubOverview> {
  const regions = await hubRegions(db, caller);
  const own = regions.find((r) => r.own);
  const shownYear = year ?? yearIn(now, own?.timeZone ?? "WIB");
  const ids = regions.map((r) => r.id);
  if (ids.length === 0) return { year: shownYear, rows: [], perYear: [] };

  const approved = { regionId: { in: ids }, status: "APPROVED" as const };
  const [perYearRows, jenisRows, activeOpds, compliance, replicationRows, winnerRows] = await Promise.all([
    db.innovation.groupBy({ by: ["regionId", "year"], where: approved, _count: { _all: true } }),
    db.innovation.groupBy({ by: ["regionId", "jenis"], where: approved, _count: { _all: true } }),
    db.opd.groupBy({
      by: ["regionId"],
      where: { regionId: { in: ids }, active: true },
      _count: { _all: true },
    }),
    complianceByRegion(db, ids),
    db.$queryRaw<{ regionId: string; n: number }[]>`
      SELECT r."id" AS "regionId", count(DISTINCT p."id")::int AS n
      FROM "Region" r
      JOIN "Replication" p ON p."status" <> 'REJECTED' AND (
        p."adopterRegionId" = r."id"
        OR EXISTS (SELECT 1 FROM "Innovation" i WHERE i."id" = p."sourceInnovationId" AND i."regionId" = r."id"))
      WHERE r."id" = ANY(${ids})
      GROUP BY r."id"`,
    db.$queryRaw<{ regionId: string; n: number }[]>`
      SELECT c."regionId", count(e."id")::int AS n
      FROM "Entry" e JOIN "Competition" c ON c."id" = e."competitionId"
      WHERE c."regionId" = ANY(${ids}) AND e."status" = 'WINNER'
        AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."competitionId" = c."id" AND p."supersededAt" IS NULL)
      GROUP BY c."regionId"`,
  ]);

  const count = (rows: { regionId: string; n: number }[], id: string) =>
    rows.find((r) => r.regionId === id)?.n ?? 0;
  const rows = regions.map((r): HubRow => {
    const years = perYearRows.filter((y) => y.regionId === r.id);
    const innovations = years.reduce((n, y) => n + y._count._all, 0);
    const digital = jenisRows.find((j) => j.regionId === r.id && j.jenis === "DIGITAL")?._count._all ?? 0;
    const total = activeOpds.find((o) => o.regionId === r.id)?._count._all ?? 0;
    const met = compliance.find((c) => c.regionId === r.id && c.year === shownYear)?.met ?? 0;
    return {
      ...r,
      innovations,
      innovationsThisYear: years.find((y) => y.year === shownYear)?._count._all ?? 0,
      compliance: { met, total, rate: total ? met / total : 0 },
      digitalShare: innovations ? digital / innovations : null,
      replications: count(replicationRows, r.id),
      winners: count(winnerRows, r.id),
    };
  });

  const years = [...new Set(perYearRows.map((y) => y.year))].sort((a, b) => a - b);
  const perYear = years.map((y) => ({
    year: y,
    counts: Object.fromEntries(
      regions.map((r) => [
        r.id,
        perYearRows.find((p) => p.regionId === r.id && p.year === y)?._count._all ?? 0,
      ]),
    ),
  }));
  return { year: shownYear, rows, perYear };
}

export const HUB_INNOVATIONS_SHOWN = 20;

/** One region of the hub with its competitions and its secretariat's accounts; null outside the hub. */
export async function hubRegionDetail(db: Db, caller: Caller, code: string) {
  const region = await db.region.findFirst({
    where: scopes.hubRegion.read(caller, { code }),
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      timeZone: true,
      parentId: true,
      competitions: {
        where: { status: { not: "DRAFT" } },
        orderBy: [{ year: "desc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          year: true,
          status: true,
          _count: { select: { entries: true } },
          publications: { where: { supersededAt: null }, select: { number: true, publishedAt: true } },
        },
      },
      // The region's innovations past the draft, newest first (a hub reads them; the region's OPDs write them).
      innovations: {
        where: { status: { not: "DRAFT" } },
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: HUB_INNOVATIONS_SHOWN,
        select: {
          id: true,
          title: true,
          year: true,
          status: true,
          isPublic: true,
          opd: { select: { shortName: true } },
        },
      },
      _count: { select: { innovations: { where: { status: { not: "DRAFT" } } } } },
      users: {
        where: { role: { in: rolesWith("region.administer") } },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          lastLoginAt: true,
          passwordHash: true,
        },
      },
    },
  });
  if (!region) return null;
  return {
    ...region,
    // Whether the hub may add this region's admins: a region under it, not the province's own.
    manageable: region.parentId === caller.regionId,
    users: region.users.map(({ passwordHash, ...u }) => ({ ...u, setUp: passwordHash !== null })),
  };
}
