import "server-only";
import { can } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// What a region's secretariat sees of its winners sent on to the province's competition (service/nominations.ts),
// and where the entries of a province's competition came from.

/** A winner is one while its competition's latest publication stands. */
export const PUBLISHED_WINNER = {
  status: "WINNER",
  competition: { publications: { some: { supersededAt: null } } },
} as const satisfies Prisma.EntryWhereInput;

const openForEntry = (now: Date) =>
  ({
    status: "ACTIVE",
    stages: { some: { kind: "REGISTRATION", startsAt: { lte: now }, endsAt: { gt: now } } },
  }) as const satisfies Prisma.CompetitionWhereInput;

/**
 * For a published competition of the caller's region: its winners, where each has been sent already, and the
 * province's competitions open for entry (with their categories). Nothing for a caller who may not send winners.
 */
export async function nominationOptions(db: Db, caller: Caller, competitionId: string, now = new Date()) {
  if (!can(caller, "competition.nominate")) return { winners: [], targets: [] };
  const [winners, targets] = await Promise.all([
    db.entry.findMany({
      where: scopes.entry.write(caller, { competitionId, ...PUBLISHED_WINNER }),
      orderBy: { registeredAt: "asc" },
      select: {
        id: true,
        innovation: { select: { title: true, opd: { select: { shortName: true } } } },
        sentOn: { select: { competition: { select: { id: true, name: true } } } },
      },
    }),
    db.competition.findMany({
      where: scopes.competition.nominate(caller, openForEntry(now)),
      orderBy: [{ year: "desc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        region: { select: { name: true } },
        categories: { orderBy: { code: "asc" }, select: { id: true, name: true } },
      },
    }),
  ]);
  return { winners, targets };
}

/** Where each entry of a competition sent on by a region came from: { entryId → the winner's competition, region }. */
export async function entryLineage(db: Db, caller: Caller, competitionId: string) {
  const entries = await db.entry.findMany({
    where: scopes.entry.read(caller, { competitionId, sourceEntryId: { not: null } }),
    select: {
      id: true,
      source: {
        select: { competition: { select: { id: true, name: true, region: { select: { name: true } } } } },
      },
    },
  });
  return new Map(
    entries.flatMap((e) =>
      e.source
        ? [[e.id, { competition: e.source.competition.name, region: e.source.competition.region.name }]]
        : [],
    ),
  );
}
