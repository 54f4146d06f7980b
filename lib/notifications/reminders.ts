import "server-only";
import { rolesWith } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import type { StageKind } from "@/lib/generated/prisma/client";

/** Days before a stage closes on which the people with work pending there are reminded. */
const REMINDER_DAYS = [3, 1] as const;
type ReminderDays = (typeof REMINDER_DAYS)[number];
const DAY_MS = 24 * 60 * 60 * 1000;

export type StageReminder = {
  stageId: string;
  stageKind: StageKind;
  endsAt: Date;
  days: ReminderDays;
  competition: { id: string; name: string; regionId: string };
  /** Active users with work pending in the stage, sorted. */
  userIds: string[];
};

/**
 * The reminders due at `now`: for each stage of an active competition that closes within `days` days (and
 * more than `days - 1` days, so each reminder has its own day-wide window), the active users with work pending
 * there. What counts as pending depends on the stage:
 * - REGISTRATION: the operators and heads of every active OPD with no entry in the competition yet;
 * - SCREENING: the secretariat, while an entry waits for screening;
 * - DESK, PRESENTATION, FIELD_VERIFICATION: each evaluator with an assignment there not yet submitted (and no
 *   conflict declared);
 * - OBJECTION: the secretariat, while an objection waits for a decision;
 * - ANNOUNCEMENT: the secretariat, while the results are not published.
 * Stages with nobody pending are left out. Sending each reminder once is the caller's business.
 */
export async function dueReminders(db: Db, now = new Date()): Promise<StageReminder[]> {
  const horizon = new Date(now.getTime() + Math.max(...REMINDER_DAYS) * DAY_MS);
  const stages = await db.competitionStage.findMany({
    where: { endsAt: { gt: now, lte: horizon }, competition: { status: "ACTIVE" } },
    select: {
      id: true,
      kind: true,
      endsAt: true,
      competition: { select: { id: true, name: true, regionId: true } },
    },
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
  });
  const due: StageReminder[] = [];
  for (const stage of stages) {
    const left = stage.endsAt.getTime() - now.getTime();
    const days = REMINDER_DAYS.find((d) => left <= d * DAY_MS && left > (d - 1) * DAY_MS);
    if (!days) continue;
    const userIds = await pendingUsers(db, stage);
    if (userIds.length > 0)
      due.push({
        stageId: stage.id,
        stageKind: stage.kind,
        endsAt: stage.endsAt,
        days,
        competition: stage.competition,
        userIds,
      });
  }
  return due;
}

type Stage = { id: string; kind: StageKind; competition: { id: string; regionId: string } };

async function pendingUsers(db: Db, stage: Stage): Promise<string[]> {
  const { id: competitionId, regionId } = stage.competition;
  const secretariat = async (pending: boolean) =>
    pending
      ? db.user.findMany({
          where: { regionId, role: { in: rolesWith("competition.write") }, active: true },
          select: { id: true },
        })
      : [];
  let users: { id: string }[];
  switch (stage.kind) {
    case "REGISTRATION":
      users = await db.user.findMany({
        where: {
          regionId,
          active: true,
          role: { in: ["OPD_OPERATOR", "OPD_HEAD"] },
          opd: { active: true, regionId, innovations: { none: { entries: { some: { competitionId } } } } },
        },
        select: { id: true },
      });
      break;
    case "SCREENING":
      users = await secretariat(
        (await db.entry.count({ where: { competitionId, status: "REGISTERED" } })) > 0,
      );
      break;
    case "OBJECTION":
      users = await secretariat(
        (await db.objection.count({ where: { status: "SUBMITTED", entry: { competitionId } } })) > 0,
      );
      break;
    case "ANNOUNCEMENT":
      users = await secretariat((await db.publication.count({ where: { competitionId } })) === 0);
      break;
    default:
      users = await db.user.findMany({
        where: {
          regionId,
          active: true,
          assignments: {
            some: {
              stageId: stage.id,
              conflictDeclared: false,
              OR: [{ review: null }, { review: { submittedAt: null } }],
            },
          },
        },
        select: { id: true },
      });
  }
  return users.map((u) => u.id).sort();
}
