import "server-only";
// What is read around entries: the secretariat's list, the rules an innovation would not meet before it is
// entered (rules/eligibility.ts), and the facts screening starts from.
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { findEditable } from "@/lib/innovations/queries";
import { implementationAge } from "@/lib/innovations/rules/form/implementation-age";
import { eligibilityIssues, REPLICA_STATUSES, type EligibilityIssue } from "../rules/eligibility";

type Tx = Prisma.TransactionClient | Db;

export type EntryInput = { competitionId: string; innovationId: string; categoryId: string };

export async function listEntries(db: Db, caller: Caller, competitionId: string, status?: EntryStatus) {
  return db.entry.findMany({
    where: scopes.entry.read(caller, { competitionId, ...(status ? { status } : {}) }),
    orderBy: { registeredAt: "asc" },
    select: {
      id: true,
      status: true,
      screening: true,
      screeningNote: true,
      registeredAt: true,
      category: { select: { name: true } },
      innovation: { select: { id: true, title: true, opd: { select: { shortName: true } } } },
      version: { select: { versionNo: true, snapshot: true } },
      _count: { select: { assignments: true } },
    },
  });
}

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

type ScreeningFacts = { implementedOneYear: boolean; registrationClosesAt: Date; documents: boolean };

/** Facts the screening checklist starts from; the secretariat confirms or corrects them. */
export async function screeningFacts(db: Db, caller: Caller, entryId: string): Promise<ScreeningFacts> {
  const facts = (await screeningFactsFor(db, caller, [entryId])).get(entryId);
  if (!facts) throw new ActionError("errors.notFound");
  return facts;
}

/** The same facts for many entries in one query (the screening page lists them all); others' are absent. */
export async function screeningFactsFor(db: Tx, caller: Caller, entryIds: readonly string[]) {
  const entries = entryIds.length
    ? await db.entry.findMany({
        where: scopes.entry.read(caller, { id: { in: [...entryIds] } }),
        select: {
          id: true,
          version: { select: { snapshot: true } },
          innovation: { select: { _count: { select: { attachments: true } } } },
          competition: {
            select: {
              stages: { where: { kind: "REGISTRATION" }, select: { endsAt: true } },
              region: { select: { timeZone: true } },
            },
          },
        },
      })
    : [];
  return new Map(
    entries.map((entry): [string, ScreeningFacts] => {
      const snapshot = entry.version.snapshot as Record<string, unknown>;
      const closes = entry.competition.stages[0]?.endsAt ?? new Date();
      const age = implementationAge(
        typeof snapshot.implementedDate === "string" ? snapshot.implementedDate : null,
        closes,
        entry.competition.region.timeZone,
      );
      return [
        entry.id,
        {
          implementedOneYear: Boolean(age?.atLeastOneYear),
          registrationClosesAt: closes,
          documents: entry.innovation._count.attachments > 0,
        },
      ];
    }),
  );
}
