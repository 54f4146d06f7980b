import "server-only";
// What an OPD sees around its own entries: the rules an innovation would not meet before it is
// entered (rules/eligibility.ts, the facts screening starts from), and withdrawing an entry
// before screening begins.
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext, type Actor } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findEditable } from "@/lib/innovations/queries";
import { eligibilityIssues, type EligibilityIssue } from "./rules/eligibility";

type Tx = Prisma.TransactionClient | Db;

export type EntryInput = { competitionId: string; innovationId: string; categoryId: string };

/** Replications that make an innovation a replica: agreed or further, never a mere request or a refusal. */
const REPLICA_STATUSES = ["AGREED", "IMPLEMENTED", "VERIFIED"] as const;

/**
 * Every entry rule the innovation would not meet in this competition and category, for the
 * caller's own OPD only. Unknown or out-of-scope competition, innovation or category: "not found".
 */
export async function entryIssues(db: Tx, user: Actor, input: EntryInput): Promise<EligibilityIssue[]> {
  const competition = await db.competition.findFirst({
    where: scopes.competition.read(user, {
      id: input.competitionId,
      status: { in: ["ACTIVE", "PUBLISHED"] },
    }),
    select: {
      id: true,
      stages: { where: { kind: "REGISTRATION" }, select: { endsAt: true } },
      categories: { where: { id: input.categoryId }, select: { code: true } },
      region: { select: { timeZone: true } },
    },
  });
  const category = competition?.categories[0];
  if (!competition || !category) throw new ActionError("errors.notFound");
  const innovation = await findEditable(db, user, input.innovationId, {
    id: true,
    attachments: { select: { kind: true } },
    replicaOf: { where: { status: { in: [...REPLICA_STATUSES] } }, select: { id: true }, take: 1 },
    versions: {
      where: { status: "APPROVED" },
      orderBy: { versionNo: "desc" },
      take: 1,
      select: { snapshot: true },
    },
  });
  const version = innovation.versions[0];
  if (!version) throw new ActionError("competitions.errors.notApproved");
  const snapshot = (version.snapshot ?? {}) as Record<string, unknown>;
  return eligibilityIssues({
    implementedDate: typeof snapshot.implementedDate === "string" ? snapshot.implementedDate : null,
    registrationClosesAt: competition.stages[0]?.endsAt ?? new Date(),
    zone: competition.region.timeZone,
    documentKinds: innovation.attachments.map((a) => a.kind),
    categoryCode: category.code,
    isReplica: innovation.replicaOf.length > 0,
  });
}

/** Inside the entry's transaction: a hard rule refuses the entry whatever the operator confirmed. */
export async function refuseIneligible(tx: Tx, user: Actor, input: EntryInput) {
  const hard = (await entryIssues(tx, user, input)).find((i) => i.hard);
  if (hard) throw new ActionError(`competitions.eligibility.${hard.code}`);
}

/**
 * The OPD takes its entry back before screening starts: the entry is deleted (it may be entered
 * again while registration is open) and the withdrawal is audited with what the entry was.
 */
export async function withdrawEntry(
  db: Db,
  ctx: ActionContext,
  input: { entryId: string },
  now = new Date(),
) {
  const { user } = ctx;
  assertCan(user, "competition.enter");
  return db.$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({
      where: scopes.entry.write(user, { id: input.entryId }),
      select: {
        id: true,
        status: true,
        competitionId: true,
        innovationId: true,
        categoryId: true,
        versionId: true,
        registeredAt: true,
        innovation: { select: { title: true } },
        competition: { select: { stages: { where: { kind: "SCREENING" }, select: { startsAt: true } } } },
        _count: { select: { statusChanges: { where: { fromStatus: { not: null } } } } },
      },
    });
    if (!entry) throw new ActionError("errors.notFound");
    const screeningStarts = entry.competition.stages[0]?.startsAt;
    // Once screening has begun (or this entry was ever screened) the secretariat's work is not undone.
    if (
      entry.status !== "REGISTERED" ||
      entry._count.statusChanges > 0 ||
      (screeningStarts && now >= screeningStarts)
    )
      throw new ActionError("competitions.withdraw.tooLate");
    await tx.entry.delete({ where: { id: entry.id } });
    await audit(tx, {
      ...by(ctx),
      action: "entry.withdraw",
      entityType: "Entry",
      entityId: entry.id,
      before: {
        status: entry.status,
        competitionId: entry.competitionId,
        innovationId: entry.innovationId,
        categoryId: entry.categoryId,
        versionId: entry.versionId,
        registeredAt: entry.registeredAt.toISOString(),
      },
      after: { withdrawn: true },
    });
    return { title: entry.innovation.title };
  });
}
