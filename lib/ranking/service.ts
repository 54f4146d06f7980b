import "server-only";
// The decisions taken on a competition's ranking: generating the shortlist from the desk ranking, adjusting it with
// written reasons, jury overrides (MOVE / DISQUALIFY) and their revocation. The engine is asked before every
// decision, so an adjustment it would ignore is refused instead of stored.
import { assertCan } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { LOCKING_TRANSACTION } from "@/lib/db/transactions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntryStatus, OverrideKind } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/service";
import { exportCompetition } from "@/lib/scoring/io/export";
import { inputHash } from "@/lib/scoring/io/hash";
import { rankExport } from "@/lib/scoring/io/rank";
import type { RankingExport } from "@/lib/scoring/io/schema";
import { competitionForAdmin, liveRanking, type LiveRanking } from "./queries";

type Tx = Prisma.TransactionClient;

// One lock for every decision on a competition's ranking: generating the shortlist, adjusting it, jury overrides and
// their revocation, an upheld objection that disqualifies, and publication. Each takes the competition's row lock
// first and only then reads what it decides on (the ranking, the active overrides, the entry's status), so two
// decisions never both act on a state the other is about to change. The database adds its own guard: at most one
// active override of each group per entry (migration 20261206020000_one_active_override).

/** Waits for, then holds until the transaction ends, the competition's ranking lock. */
export async function lockRanking(tx: Tx, competitionId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Competition" WHERE "id" = ${competitionId} FOR UPDATE`;
}

/** Runs `fn` in a transaction that first takes the competition's ranking lock. */
export function underRankingLock<T>(db: Db, competitionId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await lockRanking(tx, competitionId);
    return fn(tx);
  }, LOCKING_TRANSACTION);
}

/** True for the error of an insert refused by a unique index, e.g. a second active override of an entry. */
export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

const ADJUSTMENT_KINDS = ["SHORTLIST_ADD", "SHORTLIST_REMOVE"] as const;

function requireAdmin(user: Caller) {
  assertCan(user, "competition.write");
}

/**
 * The live ranking read inside a transaction that holds the ranking lock (underRankingLock): what a decision is
 * checked against, so no other decision can change it before this one is written.
 */
async function lockedLiveRanking(tx: Tx, user: Caller, competitionId: string) {
  return liveRanking(tx, user, competitionId, true);
}

export { inputHash } from "@/lib/scoring/io/hash";

async function opdUsersOf(tx: Tx, entryIds: readonly string[]) {
  if (entryIds.length === 0) return new Map<string, { title: string; users: string[] }>();
  const entries = await tx.entry.findMany({
    where: { id: { in: [...entryIds] } },
    select: { id: true, innovation: { select: { title: true, opdId: true } } },
  });
  const users = await tx.user.findMany({
    where: {
      opdId: { in: entries.map((e) => e.innovation.opdId) },
      active: true,
      role: { in: ["OPD_OPERATOR", "OPD_HEAD"] },
    },
    select: { id: true, opdId: true },
  });
  return new Map(
    entries.map((e) => [
      e.id,
      {
        title: e.innovation.title,
        users: users.filter((u) => u.opdId === e.innovation.opdId).map((u) => u.id),
      },
    ]),
  );
}

async function moveEntry(
  tx: Tx,
  ctx: ActionContext,
  entryId: string,
  from: EntryStatus,
  to: EntryStatus,
  reason: string,
) {
  await tx.entry.update({ where: { id: entryId }, data: { status: to } });
  await tx.entryStatusChange.create({
    data: { entryId, fromStatus: from, toStatus: to, actorId: ctx.user.id, reason },
  });
  await audit(tx, {
    ...by(ctx),
    action: `entry.${to.toLowerCase()}`,
    entityType: "Entry",
    entityId: entryId,
    before: { status: from },
    after: { status: to, reason },
  });
}

async function notifyMoves(
  tx: Tx,
  competitionName: string,
  moves: { entryId: string; to: EntryStatus }[],
  reason: string,
) {
  const who = await opdUsersOf(
    tx,
    moves.map((m) => m.entryId),
  );
  for (const m of moves) {
    const e = who.get(m.entryId);
    if (!e) continue;
    await notify(tx, {
      userIds: e.users,
      kind:
        m.to === "SHORTLISTED"
          ? "ranking.shortlisted"
          : m.to === "DISQUALIFIED"
            ? "ranking.disqualified"
            : "ranking.unshortlisted",
      title: `${competitionName}: ${e.title}`,
      body:
        m.to === "SHORTLISTED"
          ? `Masuk daftar pendek. ${reason}`
          : m.to === "DISQUALIFIED"
            ? `Didiskualifikasi. ${reason}`
            : `Tidak lagi dalam daftar pendek. ${reason}`,
      link: "/opd/kompetisi",
      en: {
        title: `${competitionName}: ${e.title}`,
        body:
          m.to === "SHORTLISTED"
            ? `Shortlisted. ${reason}`
            : m.to === "DISQUALIFIED"
              ? `Disqualified. ${reason}`
              : `No longer on the shortlist. ${reason}`,
      },
    });
  }
}

export const GENERATE_REASON = "Daftar pendek disusun dari peringkat penilaian proposal.";

/**
 * Sets SHORTLISTED on the engine's shortlist (with adjustments) and SCREENED_PASS back on entries no longer in it,
 * stores the computation as a RankingRun, audits and notifies. Refused before the desk stage has ended and once the
 * competition has a publication. Idempotent: when no status changes and the last run had the same input, nothing
 * is written.
 */
export async function generateShortlist(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string },
  now = new Date(),
) {
  const competition = await competitionForAdmin(db, ctx.user, input.competitionId);
  if (!competition) throw new ActionError("errors.notFound");
  const desk = competition.stages[0];
  if (!desk || now < desk.endsAt) {
    throw new ActionError("ranking.errors.deskNotEnded", {
      startsAt: desk?.startsAt ?? "—",
      endsAt: desk?.endsAt ?? "—",
    });
  }
  if (competition._count.publications > 0) throw new ActionError("ranking.errors.published");

  // The ranking is read again under the lock, so what is stored is what the database held when it was taken.
  return underRankingLock(db, competition.id, async (tx) => {
    const published = await tx.publication.count({ where: { competitionId: competition.id } });
    if (published > 0) throw new ActionError("ranking.errors.published");
    const file = await exportCompetition(tx, competition.id, { validate: false, inTransaction: true });
    const output = rankExport(file);
    const hash = inputHash(file);
    const shortlist = new Set(output.shortlist);
    const entries = await tx.entry.findMany({
      where: { competitionId: competition.id, status: { in: ["SCREENED_PASS", "SHORTLISTED"] } },
      select: { id: true, status: true },
    });
    const moves = entries.flatMap((e): { entryId: string; from: EntryStatus; to: EntryStatus }[] => {
      if (e.status === "SCREENED_PASS" && shortlist.has(e.id))
        return [{ entryId: e.id, from: e.status, to: "SHORTLISTED" }];
      if (e.status === "SHORTLISTED" && !shortlist.has(e.id))
        return [{ entryId: e.id, from: e.status, to: "SCREENED_PASS" }];
      return [];
    });
    const last = await tx.rankingRun.findFirst({
      where: { competitionId: competition.id },
      orderBy: [{ computedAt: "desc" }, { id: "desc" }],
      select: { id: true, inputHash: true },
    });
    if (moves.length === 0 && last?.inputHash === hash) return { runId: last.id, changed: 0, created: false };

    for (const m of moves) await moveEntry(tx, ctx, m.entryId, m.from, m.to, GENERATE_REASON);
    const c = file.competition;
    const run = await tx.rankingRun.create({
      data: {
        competitionId: competition.id,
        computedById: ctx.user.id,
        inputHash: hash,
        settings: {
          kind: "SHORTLIST",
          passingGrade: c.passingGrade,
          shortlistSize: c.shortlistSize,
          aggregation: c.aggregation,
          zNormalize: c.zNormalize,
          tieBreakers: c.tieBreakers,
          shortlist: output.shortlist,
          shortlistNotes: output.shortlistNotes,
        } as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    const final = new Map(output.final.map((f) => [f.entryId, f]));
    await tx.rankingResult.createMany({
      data: output.desk.map((d) => {
        const f = final.get(d.entryId);
        return {
          runId: run.id,
          entryId: d.entryId,
          computedRank: f ? f.computedRank : d.deskRank,
          finalRank: f ? f.finalRank : null,
          totalScore: f ? f.total : d.deskScore,
          shortlisted: d.shortlisted,
          incomplete: d.incomplete,
          tieBreak: f ? f.tieBreak : d.tieBreak,
          breakdown: output.explanations[d.entryId] as unknown as Prisma.InputJsonValue,
        };
      }),
    });
    await audit(tx, {
      ...by(ctx),
      action: "ranking.shortlist.generate",
      entityType: "Competition",
      entityId: competition.id,
      after: {
        runId: run.id,
        inputHash: hash,
        shortlist: output.shortlist,
        moved: moves.map((m) => ({ entryId: m.entryId, to: m.to })),
      },
    });
    await notifyMoves(tx, competition.name, moves, GENERATE_REASON);
    return { runId: run.id, changed: moves.length, created: true };
  });
}

async function entryOf(db: Db | Tx, live: LiveRanking, entryId: string) {
  if (!live.file.entries.some((e) => e.id === entryId)) throw new ActionError("errors.notFound");
  const entry = await db.entry.findFirst({
    where: { id: entryId, competitionId: live.competition.id },
    select: { id: true, status: true },
  });
  if (!entry) throw new ActionError("errors.notFound");
  return entry;
}

/** What the engine does with one more override: its entry's explanation after adding it to the file. */
function withOverride(live: LiveRanking, o: RankingExport["overrides"][number]) {
  const out = rankExport({ ...live.file, overrides: [...live.file.overrides, o] });
  return { out, applied: out.explanations[o.entryId]?.overrides.find((x) => x.kind === o.kind) };
}

/** Adds or removes an entry from the shortlist with a written reason (Override SHORTLIST_ADD/REMOVE + status). */
export async function adjustShortlist(
  db: Db,
  ctx: ActionContext,
  input: {
    competitionId: string;
    entryId: string;
    kind: "SHORTLIST_ADD" | "SHORTLIST_REMOVE";
    reason: string;
  },
) {
  const reason = input.reason.trim();
  if (!reason) throw new ActionError("validation.required");
  const competition = await competitionForAdmin(db, ctx.user, input.competitionId);
  if (!competition) throw new ActionError("errors.notFound");
  return underRankingLock(db, competition.id, async (tx) => {
    const live = await lockedLiveRanking(tx, ctx.user, competition.id);
    if (live.published) throw new ActionError("ranking.errors.published");
    const entry = await entryOf(tx, live, input.entryId);
    if (
      live.file.overrides.some(
        (o) => o.entryId === entry.id && (o.kind === "SHORTLIST_ADD" || o.kind === "SHORTLIST_REMOVE"),
      )
    ) {
      throw new ActionError("ranking.errors.adjustmentExists");
    }
    const { applied } = withOverride(live, { entryId: entry.id, kind: input.kind, reason });
    if (applied?.status !== "APPLIED") {
      throw new ActionError(
        input.kind === "SHORTLIST_ADD" ? "ranking.errors.cannotAdd" : "ranking.errors.cannotRemove",
      );
    }
    const to: EntryStatus = input.kind === "SHORTLIST_ADD" ? "SHORTLISTED" : "SCREENED_PASS";
    const o = await createOverrideRow(
      tx,
      {
        competitionId: live.competition.id,
        entryId: entry.id,
        kind: input.kind,
        reason,
        createdById: ctx.user.id,
      },
      "ranking.errors.adjustmentExists",
    );
    await audit(tx, {
      ...by(ctx),
      action: `ranking.override.${input.kind.toLowerCase()}`,
      entityType: "Override",
      entityId: o.id,
      after: { entryId: entry.id, kind: input.kind, reason },
    });
    if ((entry.status === "SCREENED_PASS" || entry.status === "SHORTLISTED") && entry.status !== to) {
      await moveEntry(tx, ctx, entry.id, entry.status, to, reason);
      await notifyMoves(tx, live.competition.name, [{ entryId: entry.id, to }], reason);
    }
    return { overrideId: o.id };
  });
}

/**
 * Inserts an override. Under the ranking lock the checks before it already refuse a second active one; the
 * database's unique index is the guard behind them, and its refusal reads as the same message.
 */
async function createOverrideRow(
  tx: Tx,
  data: Prisma.OverrideUncheckedCreateInput,
  exists: "ranking.errors.overrideExists" | "ranking.errors.adjustmentExists",
) {
  try {
    return await tx.override.create({ data, select: { id: true } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ActionError(exists);
    throw e;
  }
}

/** A jury override of a shortlisted entry's final rank: MOVE to a target rank, or DISQUALIFY; reason required. */
export async function createOverride(
  db: Db,
  ctx: ActionContext,
  input: {
    competitionId: string;
    entryId: string;
    kind: "MOVE" | "DISQUALIFY";
    targetRank?: number | null;
    reason: string;
  },
) {
  const reason = input.reason.trim();
  if (!reason) throw new ActionError("validation.required");
  const competition = await competitionForAdmin(db, ctx.user, input.competitionId);
  if (!competition) throw new ActionError("errors.notFound");
  return underRankingLock(db, competition.id, async (tx) => {
    const live = await lockedLiveRanking(tx, ctx.user, competition.id);
    const entry = await entryOf(tx, live, input.entryId);
    if (!live.output.shortlist.includes(entry.id)) throw new ActionError("ranking.errors.notShortlisted");
    if (
      live.file.overrides.some(
        (o) => o.entryId === entry.id && (o.kind === "MOVE" || o.kind === "DISQUALIFY"),
      )
    ) {
      throw new ActionError("ranking.errors.overrideExists");
    }
    let override: RankingExport["overrides"][number];
    if (input.kind === "MOVE") {
      const ranked = live.output.final.filter((f) => f.finalRank !== null).length;
      const target = input.targetRank ?? 0;
      if (!Number.isInteger(target) || target < 1 || target > ranked)
        throw new ActionError("ranking.errors.targetRank", { max: ranked });
      override = { entryId: entry.id, kind: "MOVE", targetRank: target, reason };
    } else {
      override = { entryId: entry.id, kind: "DISQUALIFY", reason };
    }
    const { applied } = withOverride(live, override);
    if (applied?.status !== "APPLIED") throw new ActionError("ranking.errors.notRanked");
    const o = await createOverrideRow(
      tx,
      {
        competitionId: live.competition.id,
        entryId: entry.id,
        kind: input.kind,
        targetRank: override.kind === "MOVE" ? override.targetRank : null,
        reason,
        createdById: ctx.user.id,
      },
      "ranking.errors.overrideExists",
    );
    await audit(tx, {
      ...by(ctx),
      action: `ranking.override.${input.kind.toLowerCase()}`,
      entityType: "Override",
      entityId: o.id,
      after: override,
    });
    if (override.kind === "DISQUALIFY" && entry.status !== "DISQUALIFIED") {
      // The entry's status follows the decision, as when an upheld objection disqualifies it.
      await moveEntry(tx, ctx, entry.id, entry.status, "DISQUALIFIED", reason);
      await notifyMoves(tx, live.competition.name, [{ entryId: entry.id, to: "DISQUALIFIED" }], reason);
    }
    return { overrideId: o.id };
  });
}

/**
 * Revokes an override or a shortlist adjustment (revokedAt, reason in the audit log). Revoking an adjustment puts
 * the entry's status back where the engine now places it (in or out of the shortlist).
 */
export async function revokeOverride(
  db: Db,
  ctx: ActionContext,
  input: { overrideId: string; reason: string },
  now = new Date(),
) {
  requireAdmin(ctx.user);
  const reason = input.reason.trim();
  if (!reason) throw new ActionError("validation.required");
  const found = await db.override.findFirst({
    where: scopes.override.write(ctx.user, { id: input.overrideId }),
    select: { competitionId: true },
  });
  if (!found) throw new ActionError("errors.notFound");
  return underRankingLock(db, found.competitionId, async (tx) => {
    const o = await tx.override.findUniqueOrThrow({
      where: { id: input.overrideId },
      select: {
        id: true,
        competitionId: true,
        entryId: true,
        kind: true,
        targetRank: true,
        reason: true,
        revokedAt: true,
      },
    });
    if (o.revokedAt) throw new ActionError("ranking.errors.alreadyRevoked");
    const live = await lockedLiveRanking(tx, ctx.user, o.competitionId);
    const adjustment = (ADJUSTMENT_KINDS as readonly OverrideKind[]).includes(o.kind);
    if (adjustment && live.published) throw new ActionError("ranking.errors.published");
    // The shortlist without this adjustment decides the entry's status afterwards.
    const without = rankExport({
      ...live.file,
      overrides: live.file.overrides.filter((x) => !(x.entryId === o.entryId && x.kind === o.kind)),
    });
    await tx.override.update({ where: { id: o.id }, data: { revokedAt: now } });
    await audit(tx, {
      ...by(ctx),
      action: "ranking.override.revoke",
      entityType: "Override",
      entityId: o.id,
      before: { entryId: o.entryId, kind: o.kind, targetRank: o.targetRank, reason: o.reason },
      after: { revokedAt: now.toISOString(), reason },
    });
    if (o.kind === "DISQUALIFY") {
      // Back to the shortlist the disqualified entry was taken from (only shortlisted entries can be disqualified).
      const entry = await tx.entry.findUnique({ where: { id: o.entryId }, select: { status: true } });
      if (entry?.status === "DISQUALIFIED") {
        await moveEntry(tx, ctx, o.entryId, "DISQUALIFIED", "SHORTLISTED", reason);
        await notifyMoves(tx, live.competition.name, [{ entryId: o.entryId, to: "SHORTLISTED" }], reason);
      }
    }
    if (adjustment) {
      const entry = await tx.entry.findUnique({ where: { id: o.entryId }, select: { status: true } });
      const to: EntryStatus = without.shortlist.includes(o.entryId) ? "SHORTLISTED" : "SCREENED_PASS";
      if (
        entry &&
        (entry.status === "SCREENED_PASS" || entry.status === "SHORTLISTED") &&
        entry.status !== to
      ) {
        await moveEntry(tx, ctx, o.entryId, entry.status, to, reason);
        await notifyMoves(tx, live.competition.name, [{ entryId: o.entryId, to }], reason);
      }
    }
    return { competitionId: o.competitionId };
  });
}
