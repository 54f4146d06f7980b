import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import { complianceOf } from "@/lib/statistics/queries";
import { yearIn, type RegionZone } from "@/lib/time/zones";

// The public home page and help page of a region: only what the public may see (published results, public
// innovations), and aggregate figures.

const HOME_LIST = 6;

/** A winner of a competition whose results are live (published, not superseded), shown only when public. */
function liveWinner(regionId: string): Prisma.EntryWhereInput {
  return {
    status: "WINNER",
    competition: { regionId, publications: { some: { supersededAt: null } } },
    innovation: { regionId, ...PUBLIC_INNOVATION },
  };
}

export async function homePage(db: Db, region: { id: string; timeZone: RegionZone }, now = new Date()) {
  const regionId = region.id;
  const year = yearIn(now, region.timeZone);
  const publicWhere = { regionId, ...PUBLIC_INNOVATION };
  const [winners, recent, innovations, opds, winnerCount, compliance] = await Promise.all([
    db.entry.findMany({
      where: liveWinner(regionId),
      orderBy: [{ competition: { year: "desc" } }, { updatedAt: "desc" }, { id: "asc" }],
      take: HOME_LIST,
      select: {
        id: true,
        competition: { select: { id: true, name: true, year: true } },
        innovation: { select: { id: true, title: true, opd: { select: { shortName: true, name: true } } } },
      },
    }),
    db.innovation.findMany({
      where: publicWhere,
      orderBy: [{ approvedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: HOME_LIST,
      select: { id: true, title: true, summary: true, opd: { select: { shortName: true, name: true } } },
    }),
    db.innovation.count({ where: publicWhere }),
    db.opd.count({ where: { regionId, active: true } }),
    db.entry.count({ where: liveWinner(regionId) }),
    complianceOf(db, regionId),
  ]);
  return {
    winners,
    recent,
    figures: {
      innovations,
      opds,
      winners: winnerCount,
      complianceRate: compliance.series.find((c) => c.year === year)?.rate ?? 0,
      year,
    },
  };
}

/** The help page's timeline: the stages of the region's current competition (the latest running one), if any. */
export async function currentCompetitionTimeline(db: Db, regionId: string) {
  const [running, published] = await Promise.all([
    db.competition.findFirst({
      where: { regionId, status: "ACTIVE" },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        name: true,
        stages: {
          orderBy: [{ startsAt: "asc" }, { kind: "asc" }],
          select: { kind: true, startsAt: true, endsAt: true },
        },
      },
    }),
    db.competition.findFirst({
      where: { regionId, publications: { some: { supersededAt: null } } },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { running, published };
}
