import "server-only";
// The admin's live ranking of a competition, its overrides and its stored computations. The live ranking is always
// rankExport(exportCompetition(db, id)), so the portal and `npm run ranking` agree by construction.
import { assertCan } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rankingJson } from "@/lib/scoring/io/format";
import { DESK_STAGE, exportCompetition } from "@/lib/scoring/io/export";
import { rankExport } from "@/lib/scoring/io/rank";
import type { RankingExport } from "@/lib/scoring/io/schema";
import type { RankingOutput } from "@/lib/scoring/types";

type Tx = Prisma.TransactionClient;

export interface LiveRanking {
  competition: { id: string; name: string; year: number; hideEvaluatorNames: boolean };
  desk: { startsAt: Date; endsAt: Date } | null;
  published: boolean;
  file: RankingExport;
  output: RankingOutput;
}

function requireAdmin(user: Caller) {
  assertCan(user, "competition.write");
}

/** The competition in the admin's region, or null (unknown id and another region's look the same). */
export async function competitionForAdmin(db: Db | Tx, user: Caller, id: string) {
  requireAdmin(user);
  return db.competition.findFirst({
    where: scopes.competition.write(user, { id }),
    select: {
      id: true,
      name: true,
      year: true,
      hideEvaluatorNames: true,
      stages: { where: { kind: DESK_STAGE }, select: { startsAt: true, endsAt: true } },
      _count: { select: { publications: true } },
    },
  });
}

/**
 * The live ranking exactly as `npm run ranking` computes it from the export; throws errors.notFound outside the region.
 * `inTransaction`: read inside the caller's transaction (a decision's, under the ranking lock: lib/ranking/service.ts).
 */
export async function liveRanking(
  db: Db | Tx,
  user: Caller,
  competitionId: string,
  inTransaction = false,
): Promise<LiveRanking> {
  const c = await competitionForAdmin(db, user, competitionId);
  if (!c) throw new ActionError("errors.notFound");
  // The engine checks every review itself (rankExport below), so the schema's pass over them is skipped; the file
  // is byte for byte the validated export (tests/integration/ranking-export.test.ts).
  const file = await exportCompetition(db, c.id, { validate: false, inTransaction });
  return {
    competition: { id: c.id, name: c.name, year: c.year, hideEvaluatorNames: c.hideEvaluatorNames },
    desk: c.stages[0] ?? null,
    published: c._count.publications > 0,
    file,
    output: rankExport(file),
  };
}

/** Overrides and adjustments of a competition, active first, for the admin pages. */
export async function listOverrides(db: Db, user: Caller, competitionId: string) {
  requireAdmin(user);
  return db.override.findMany({
    where: scopes.override.read(user, { competitionId }),
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      entryId: true,
      kind: true,
      targetRank: true,
      reason: true,
      createdAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

/** Body of the admin JSON endpoint: the live ranking as exactly the text `npm run ranking` prints. */
export async function liveRankingJson(db: Db, user: Caller, competitionId: string): Promise<string> {
  return rankingJson((await liveRanking(db, user, competitionId)).output);
}

/**
 * Whether a shortlist exists: drawn from this page, or entries already moved onto it (an import, an earlier
 * version). Until then the ranking's shortlist columns say what drawing it would give.
 */
export async function shortlistDrawn(db: Db, caller: Caller, competitionId: string) {
  const [runs, entries] = await Promise.all([
    db.rankingRun.count({ where: scopes.rankingRun.read(caller, { competitionId }) }),
    db.entry.count({
      where: scopes.entry.read(caller, {
        competitionId,
        status: { in: ["SHORTLISTED", "FINALIST", "WINNER"] },
      }),
    }),
  ]);
  return runs + entries > 0;
}

/** The latest stored computation of a competition. */
export async function lastRun(db: Db, caller: Caller, competitionId: string) {
  return db.rankingRun.findFirst({
    where: scopes.rankingRun.read(caller, { competitionId }),
    orderBy: [{ computedAt: "desc" }, { id: "desc" }],
    select: { computedAt: true, inputHash: true, computedBy: { select: { name: true } } },
  });
}
