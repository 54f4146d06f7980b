import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import type { Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readScope } from "@/lib/innovations/queries";
import { ownOpdCompliance } from "@/lib/innovations/queries";

// What each role's dashboard lists as work to do. Every list is one query for its rows (at most LIST_SIZE, the
// most urgent first) and one for its count, both scoped to the caller: the secretariat's region, the OPD staff's
// own OPD. The evaluator's tasks are the queue of lib/reviews/queries.ts.

const LIST_SIZE = 10;

export type Pending<T> = { count: number; rows: T[] };

async function pending<T>(count: Promise<number>, rows: Promise<T[]>): Promise<Pending<T>> {
  const [c, r] = await Promise.all([count, rows]);
  return { count: c, rows: r };
}

/** An assignment of the caller's region still owed after its due time (its own, else the stage's end). */
function lateAssignments(user: Actor, now: Date): Prisma.AssignmentWhereInput {
  return scopes.assignment.read(user, {
    conflictDeclared: false,
    OR: [{ review: null }, { review: { submittedAt: null } }],
    AND: [{ OR: [{ dueAt: { lt: now } }, { dueAt: null, stage: { endsAt: { lt: now } } }] }],
    entry: { competition: { status: "ACTIVE" } },
  });
}

/** Stage closings still ahead in the caller's region's running competitions, soonest first. */
function upcomingDeadlines(db: Db, user: Actor, now: Date) {
  const where: Prisma.CompetitionStageWhereInput = {
    endsAt: { gte: now },
    competition: scopes.competition.read(user, { status: "ACTIVE" }),
  };
  return pending(
    db.competitionStage.count({ where }),
    db.competitionStage.findMany({
      where,
      orderBy: [{ endsAt: "asc" }, { id: "asc" }],
      take: LIST_SIZE,
      select: {
        id: true,
        kind: true,
        startsAt: true,
        endsAt: true,
        competition: { select: { id: true, name: true } },
      },
    }),
  );
}

/** The secretariat: entries to screen, late reviews, objections and comments to decide, closings ahead. */
export async function secretariatWork(db: Db, user: Actor, now = new Date()) {
  assertCan(user, "region.administer");
  const screeningWhere = scopes.entry.read(user, { status: "REGISTERED" });
  const lateWhere = lateAssignments(user, now);
  const objectionWhere = scopes.objection.read(user, { status: "SUBMITTED" });
  const feedbackWhere = scopes.feedback.read(user, { state: "PENDING" });
  const [screening, lateReviews, objections, feedback, deadlines] = await Promise.all([
    pending(
      db.entry.count({ where: screeningWhere }),
      db.entry.findMany({
        where: screeningWhere,
        orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
        take: LIST_SIZE,
        select: {
          id: true,
          registeredAt: true,
          competition: { select: { id: true, name: true } },
          innovation: { select: { title: true, opd: { select: { shortName: true } } } },
        },
      }),
    ),
    pending(
      db.assignment.count({ where: lateWhere }),
      db.assignment.findMany({
        where: lateWhere,
        orderBy: [{ stage: { endsAt: "asc" } }, { id: "asc" }],
        take: LIST_SIZE,
        select: {
          id: true,
          dueAt: true,
          evaluator: { select: { name: true } },
          stage: { select: { kind: true, endsAt: true } },
          entry: {
            select: {
              competition: { select: { id: true, name: true } },
              innovation: { select: { title: true } },
            },
          },
        },
      }),
    ).then(({ count, rows }) => ({
      count,
      rows: rows.map((a) => ({
        id: a.id,
        dueAt: a.dueAt ?? a.stage.endsAt,
        stageKind: a.stage.kind,
        evaluatorName: a.evaluator.name,
        title: a.entry.innovation.title,
        competition: a.entry.competition,
      })),
    })),
    pending(
      db.objection.count({ where: objectionWhere }),
      db.objection.findMany({
        where: objectionWhere,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIST_SIZE,
        select: {
          id: true,
          reference: true,
          createdAt: true,
          entry: {
            select: {
              competition: { select: { id: true, name: true } },
              innovation: { select: { title: true } },
            },
          },
        },
      }),
    ),
    pending(
      db.feedback.count({ where: feedbackWhere }),
      db.feedback.findMany({
        where: feedbackWhere,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIST_SIZE,
        select: {
          id: true,
          rating: true,
          createdAt: true,
          innovation: { select: { id: true, title: true } },
        },
      }),
    ),
    upcomingDeadlines(db, user, now),
  ]);
  return { screening, lateReviews, objections, feedback, deadlines };
}

/** The OPD's innovations awaiting the head's decision, oldest submission first. */
function awaitingApproval(db: Db, user: Actor) {
  const where = readScope(user, { status: "SUBMITTED" });
  return pending(
    db.innovation.count({ where }),
    db.innovation.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: LIST_SIZE,
      select: { id: true, title: true, submittedAt: true, updatedBy: { select: { name: true } } },
    }),
  );
}

/** The head of an OPD: what awaits their approval, the OPD's compliance this year, closings ahead. */
export async function headWork(db: Db, user: Actor, now = new Date()) {
  assertCan(user, "innovation.decide");
  const [awaiting, compliance, deadlines] = await Promise.all([
    awaitingApproval(db, user),
    ownOpdCompliance(db, user, now),
    upcomingDeadlines(db, user, now),
  ]);
  return { awaiting, compliance, deadlines };
}

/** An OPD operator: drafts to finish, innovations returned with the head's note, competitions open for entry. */
export async function operatorWork(db: Db, user: Actor, now = new Date()) {
  assertCan(user, "innovation.edit");
  const draftWhere = readScope(user, { status: "DRAFT" });
  const returnedWhere = readScope(user, { status: "RETURNED" });
  const openWhere = scopes.competition.read(user, {
    status: "ACTIVE",
    stages: { some: { kind: "REGISTRATION", startsAt: { lte: now }, endsAt: { gt: now } } },
  });
  const [drafts, returned, openCompetitions] = await Promise.all([
    pending(
      db.innovation.count({ where: draftWhere }),
      db.innovation.findMany({
        where: draftWhere,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: LIST_SIZE,
        select: { id: true, title: true, updatedAt: true },
      }),
    ),
    pending(
      db.innovation.count({ where: returnedWhere }),
      db.innovation.findMany({
        where: returnedWhere,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: LIST_SIZE,
        select: {
          id: true,
          title: true,
          versions: {
            where: { status: "RETURNED" },
            orderBy: { versionNo: "desc" },
            take: 1,
            select: { comment: true, decidedAt: true, decidedBy: { select: { name: true } } },
          },
        },
      }),
    ).then(({ count, rows }) => ({
      count,
      rows: rows.map(({ versions, ...r }) => ({
        ...r,
        note: versions[0]?.comment ?? null,
        returnedAt: versions[0]?.decidedAt ?? null,
        returnedBy: versions[0]?.decidedBy?.name ?? null,
      })),
    })),
    pending(
      db.competition.count({ where: openWhere }),
      db.competition.findMany({
        where: openWhere,
        orderBy: [{ year: "desc" }, { name: "asc" }],
        take: LIST_SIZE,
        select: {
          id: true,
          name: true,
          stages: { where: { kind: "REGISTRATION" }, select: { endsAt: true } },
        },
      }),
    ).then(({ count, rows }) => ({
      count,
      rows: rows
        .map(({ stages, ...c }) => ({ ...c, closesAt: stages[0]!.endsAt }))
        .sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime()),
    })),
  ]);
  return { drafts, returned, openCompetitions };
}
