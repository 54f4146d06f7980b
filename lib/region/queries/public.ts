import "server-only";
// The public side of the regions: the directory of every region, a region's page and an OPD's page. Public reads
// only: published innovations (lib/catalog/queries/visibility), published competition results, and what a region shows
// of itself (name, kind, logo, its hub).
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { COUNTED_REPLICATION, PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import { listPublicCompetitions } from "@/lib/publication/queries";
import { complianceOf, opdMetYears } from "@/lib/statistics/queries";
import { getPortalRegionProfile } from "./profile";
import { regionOrder, regionTree, type RegionTree } from "@/lib/region/rules/tree";
import { yearIn, type RegionZone } from "@/lib/time/zones";

export type RegionKind = "PROVINSI" | "KABUPATEN" | "KOTA";

export type DirectoryRegion = {
  id: string;
  code: string;
  name: string;
  kind: RegionKind;
  parentId: string | null;
  publicCount: number;
};

const LINK_SELECT = { id: true, code: true, name: true, kind: true, parentId: true } as const;

/** Every region with its public innovation count, arranged by hub. */
export async function listRegionDirectory(db: Db): Promise<RegionTree<DirectoryRegion>> {
  const [regions, counts] = await Promise.all([
    db.region.findMany({ select: LINK_SELECT }),
    db.innovation.groupBy({ by: ["regionId"], where: PUBLIC_INNOVATION, _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.regionId, c._count._all]));
  return regionTree(regions.map((r) => ({ ...r, publicCount: count.get(r.id) ?? 0 })));
}

export type RegionOption = { code: string; name: string; depth: 0 | 1 };

/** Every region for a select, in the directory's order (a hub, then the regions under it). */
export async function listRegionOptions(db: Db): Promise<RegionOption[]> {
  const regions = await db.region.findMany({ select: LINK_SELECT });
  return regionOrder(regions).map(({ region, depth }) => ({ code: region.code, name: region.name, depth }));
}

export type PublicRegion = {
  id: string;
  code: string;
  name: string;
  kind: RegionKind;
  timeZone: RegionZone;
  logoKey: string | null;
  parent: { code: string; name: string } | null;
  children: { code: string; name: string; kind: RegionKind }[];
};

/** The region with this code as its public page shows it; null when there is none. Once per request. */
export const getPublicRegion = cache(async (db: Db, code: string): Promise<PublicRegion | null> => {
  const region = await db.region.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      timeZone: true,
      logoKey: true,
      parent: { select: { code: true, name: true } },
      children: {
        select: { code: true, name: true, kind: true },
        orderBy: [{ name: "asc" }, { code: "asc" }],
      },
    },
  });
  return region;
});

export type ChosenRegion = { id: string; code: string; name: string; timeZone: "WIB" | "WITA" | "WIT" };

/**
 * The region a filtered public page shows: the one whose code is given, otherwise the portal's region (the first
 * created, lib/region/queries/profile.ts). `unknown` when a code names no region; null only before the first-run setup.
 */
export async function chooseRegion(
  db: Db,
  code: string | undefined | null,
): Promise<ChosenRegion | "unknown" | null> {
  if (code) {
    const region = await db.region.findUnique({
      where: { code },
      select: { id: true, code: true, name: true, timeZone: true },
    });
    return region ?? "unknown";
  }
  const portal = await getPortalRegionProfile(db);
  return portal && { id: portal.id, code: portal.code, name: portal.name, timeZone: portal.timeZone };
}

/** The public competition list (lib/publication's rule: what the public may see) of one region. */
export function listRegionCompetitions(db: Db, regionId: string) {
  return listPublicCompetitions(db, regionId);
}

export type RegionWinner = {
  competitionId: string;
  competition: string;
  year: number;
  innovationId: string;
  title: string;
  /** Whether the innovation is in the catalogue (its page can be linked). */
  isPublic: boolean;
  opdShortName: string;
  opdName: string;
};

/** Winners of the region's competitions whose results are published (a live publication), newest year first. */
export function listRegionWinners(db: Db, regionId: string, opdId?: string): Promise<RegionWinner[]> {
  return db.$queryRaw<RegionWinner[]>`
    SELECT c."id" AS "competitionId", c."name" AS competition, c."year", i."id" AS "innovationId", i."title",
           (i."status" = 'APPROVED' AND i."isPublic") AS "isPublic", o."shortName" AS "opdShortName", o."name" AS "opdName"
    FROM "Entry" e
    JOIN "Competition" c ON c."id" = e."competitionId"
    JOIN "Innovation" i ON i."id" = e."innovationId"
    JOIN "Opd" o ON o."id" = i."opdId"
    WHERE c."regionId" = ${regionId} AND e."status" = 'WINNER'
      AND (${opdId ?? null}::text IS NULL OR i."opdId" = ${opdId ?? null}::text)
      AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."competitionId" = c."id" AND p."supersededAt" IS NULL)
    ORDER BY c."year" DESC, c."name", i."title", i."id"`;
}

export type RegionFigures = {
  publicCount: number;
  perYear: { year: number; count: number }[];
  /** Satu OPD Satu Inovasi this year (in the region's zone), by lib/statistics' rule. */
  compliance: { year: number; met: number; total: number; rate: number };
  digital: number;
  /** Counted replications (implemented or verified) of the region's public innovations. */
  replications: number;
  winners: RegionWinner[];
  opds: { shortName: string; name: string; count: number }[];
  latest: { id: string; title: string; year: number; opdName: string; approvedAt: Date | null }[];
};

export const LATEST_COUNT = 6;

/** Every figure of a region's page, read together. `now` fixes "this year" (in the region's zone). */
export async function getRegionFigures(
  db: Db,
  region: { id: string; timeZone: RegionZone },
  now = new Date(),
): Promise<RegionFigures> {
  const regionId = region.id;
  const where = { regionId, ...PUBLIC_INNOVATION };
  const year = yearIn(now, region.timeZone);
  const [years, digital, replications, compliance, winners, opds, opdCounts, latest] = await Promise.all([
    db.innovation.groupBy({ by: ["year"], where, _count: { _all: true }, orderBy: { year: "asc" } }),
    db.innovation.count({ where: { ...where, jenis: "DIGITAL" } }),
    db.replication.count({ where: { status: { in: [...COUNTED_REPLICATION] }, source: where } }),
    complianceOf(db, regionId),
    listRegionWinners(db, regionId),
    db.opd.findMany({ where: { regionId, active: true }, select: { id: true, shortName: true, name: true } }),
    db.innovation.groupBy({ by: ["opdId"], where, _count: { _all: true } }),
    db.innovation.findMany({
      where,
      orderBy: [{ approvedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: LATEST_COUNT,
      select: { id: true, title: true, year: true, approvedAt: true, opd: { select: { name: true } } },
    }),
  ]);
  const opdCount = new Map(opdCounts.map((o) => [o.opdId, o._count._all]));
  const thisYear = compliance.series.find((c) => c.year === year);
  const total = compliance.activeOpds;
  const met = thisYear?.met ?? 0;
  return {
    publicCount: years.reduce((n, y) => n + y._count._all, 0),
    perYear: years.map((y) => ({ year: y.year, count: y._count._all })),
    compliance: { year, met, total, rate: total ? met / total : 0 },
    digital,
    replications,
    winners,
    opds: opds
      .map((o) => ({ shortName: o.shortName, name: o.name, count: opdCount.get(o.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "id")),
    latest: latest.map(({ opd, ...i }) => ({ ...i, opdName: opd.name })),
  };
}

export type OpdPage = {
  opd: { id: string; shortName: string; name: string; active: boolean };
  innovations: { id: string; title: string; year: number; approvedAt: Date | null }[];
  awards: {
    year: number;
    name: string;
    level: string;
    rank: string | null;
    innovationId: string;
    title: string;
  }[];
  winners: RegionWinner[];
  metYears: number[];
};

/** An OPD of a region by its short name, with its public innovations, awards and the years it met the programme. */
export async function getOpdPage(db: Db, regionId: string, shortName: string): Promise<OpdPage | null> {
  const opd = await db.opd.findUnique({
    where: { regionId_shortName: { regionId, shortName } },
    select: { id: true, shortName: true, name: true, active: true },
  });
  if (!opd) return null;
  const where = { opdId: opd.id, regionId, ...PUBLIC_INNOVATION };
  const [innovations, awards, winners, metYears] = await Promise.all([
    db.innovation.findMany({
      where,
      orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, year: true, approvedAt: true },
    }),
    db.award.findMany({
      where: { innovation: where },
      orderBy: [{ year: "desc" }, { name: "asc" }, { id: "asc" }],
      select: {
        year: true,
        name: true,
        level: true,
        rank: true,
        innovation: { select: { id: true, title: true } },
      },
    }),
    listRegionWinners(db, regionId, opd.id),
    opdMetYears(db, regionId, opd.id),
  ]);
  return {
    opd,
    innovations,
    awards: awards.map(({ innovation, ...a }) => ({
      ...a,
      innovationId: innovation.id,
      title: innovation.title,
    })),
    winners,
    metYears,
  };
}
