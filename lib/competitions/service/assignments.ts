import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/service";
import { assignmentBoard } from "../queries/assignments";
import { assignEvaluators } from "../rules/assign";

/** Fills every entry's panel up to the configured size, balancing loads; explains what it could not do. */
export async function autoAssign(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; stage: StageKind },
) {
  assertCan(ctx.user, "competition.write");
  const board = await assignmentBoard(db, ctx.user, input.competitionId, input.stage);
  const result = assignEvaluators({
    entries: board.entries.map((e) => ({ id: e.id, opdId: e.innovation.opdId, title: e.innovation.title })),
    evaluators: board.evaluators.map((e) => ({ id: e.id, opdId: e.opdId })),
    existing: board.entries.flatMap((e) =>
      e.assignments
        .filter((a) => !a.conflictDeclared)
        .map((a) => ({ entryId: e.id, evaluatorId: a.evaluator.id })),
    ),
    conflicts: board.entries.flatMap((e) =>
      e.assignments
        .filter((a) => a.conflictDeclared)
        .map((a) => ({ entryId: e.id, evaluatorId: a.evaluator.id })),
    ),
    perEntry: board.perEntry,
    seed: `${input.competitionId}:${input.stage}`,
  });
  await db.$transaction(async (tx) => {
    if (result.assignments.length) {
      await tx.assignment.createMany({
        data: result.assignments.map((a) => ({
          entryId: a.entryId,
          evaluatorId: a.evaluatorId,
          stageId: board.stage.id,
          assignedById: ctx.user.id,
          dueAt: board.stage.endsAt,
        })),
      });
      const counts = new Map<string, number>();
      for (const a of result.assignments) counts.set(a.evaluatorId, (counts.get(a.evaluatorId) ?? 0) + 1);
      for (const [userId, n] of counts) {
        await notify(tx, {
          userIds: [userId],
          kind: "assignment.created",
          title: `${board.stage.competition.name}: ${n} proposal baru untuk dinilai`,
          link: "/penilai",
          en: { title: `${board.stage.competition.name}: ${n} new proposal(s) to review` },
        });
      }
    }
    await audit(tx, {
      ...by(ctx),
      action: "assignment.auto",
      entityType: "Competition",
      entityId: input.competitionId,
      after: {
        stage: input.stage,
        created: result.assignments.length,
        unmet: result.unmet,
        loads: result.loads,
      },
    });
  });
  return result;
}

/** Assigns chosen evaluators to chosen entries (one or many), refusing own-OPD and conflicted pairs. */
export async function assignManually(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; stage: StageKind; entryIds: string[]; evaluatorIds: string[] },
) {
  assertCan(ctx.user, "competition.write");
  const board = await assignmentBoard(db, ctx.user, input.competitionId, input.stage);
  const entries = board.entries.filter((e) => input.entryIds.includes(e.id));
  const evaluators = board.evaluators.filter((e) => input.evaluatorIds.includes(e.id));
  if (entries.length !== input.entryIds.length || evaluators.length !== input.evaluatorIds.length)
    throw new ActionError("errors.notFound");
  const pairs: { entryId: string; evaluatorId: string }[] = [];
  for (const e of entries) {
    for (const ev of evaluators) {
      const existing = e.assignments.find((a) => a.evaluator.id === ev.id);
      if (existing?.conflictDeclared)
        throw new ActionError("competitions.errors.conflictDeclared", {
          name: ev.name,
          title: e.innovation.title,
        });
      if (ev.opdId && ev.opdId === e.innovation.opdId)
        throw new ActionError("competitions.errors.ownOpd", { name: ev.name, title: e.innovation.title });
      if (!existing) pairs.push({ entryId: e.id, evaluatorId: ev.id });
    }
  }
  await db.$transaction(async (tx) => {
    await tx.assignment.createMany({
      data: pairs.map((p) => ({
        ...p,
        stageId: board.stage.id,
        assignedById: ctx.user.id,
        dueAt: board.stage.endsAt,
      })),
    });
    // Each evaluator given new work hears of it, as with automatic assignment.
    const counts = new Map<string, number>();
    for (const p of pairs) counts.set(p.evaluatorId, (counts.get(p.evaluatorId) ?? 0) + 1);
    for (const [userId, n] of counts) {
      await notify(tx, {
        userIds: [userId],
        kind: "assignment.created",
        title: `${board.stage.competition.name}: ${n} proposal baru untuk dinilai`,
        link: "/penilai",
        en: { title: `${board.stage.competition.name}: ${n} new proposal(s) to review` },
      });
    }
    await audit(tx, {
      ...by(ctx),
      action: "assignment.manual",
      entityType: "Competition",
      entityId: input.competitionId,
      after: { stage: input.stage, pairs },
    });
  });
  return { created: pairs.length };
}

export async function removeAssignment(db: Db, ctx: ActionContext, input: { assignmentId: string }) {
  assertCan(ctx.user, "competition.write");
  await db.$transaction(async (tx) => {
    const a = await tx.assignment.findFirst({
      where: scopes.assignment.write(ctx.user, { id: input.assignmentId }),
      select: { id: true, entryId: true, evaluatorId: true, review: { select: { submittedAt: true } } },
    });
    if (!a) throw new ActionError("errors.notFound");
    if (a.review?.submittedAt) throw new ActionError("competitions.errors.reviewSubmitted");
    await tx.assignment.delete({ where: { id: a.id } });
    await audit(tx, {
      ...by(ctx),
      action: "assignment.remove",
      entityType: "Assignment",
      entityId: a.id,
      before: { entryId: a.entryId, evaluatorId: a.evaluatorId },
    });
  });
}

/** In-app reminders to evaluators who still have unsubmitted reviews past their due date. */
export async function remindOverdue(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; stage: StageKind },
  now = new Date(),
) {
  assertCan(ctx.user, "competition.write");
  const board = await assignmentBoard(db, ctx.user, input.competitionId, input.stage, now);
  const overdue = board.evaluators.filter((e) => e.overdue > 0);
  await db.$transaction(async (tx) => {
    for (const e of overdue) {
      await notify(tx, {
        userIds: [e.id],
        kind: "review.reminder",
        title: `Pengingat: ${e.overdue} penilaian melewati tenggat`,
        body: board.stage.competition.name,
        link: "/penilai",
        en: {
          title: `Reminder: ${e.overdue} review(s) past the due date`,
          body: board.stage.competition.name,
        },
      });
    }
    await audit(tx, {
      ...by(ctx),
      action: "review.remind",
      entityType: "Competition",
      entityId: input.competitionId,
      after: { stage: input.stage, evaluators: overdue.map((e) => e.id) },
    });
  });
  return { reminded: overdue.length };
}
