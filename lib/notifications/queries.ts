import "server-only";
import { rolesWith } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";
import type { StageKind } from "@/lib/generated/prisma/client";
import { safeLink } from "./rules/link";
import { MAIL_CATEGORIES, type MailCategory } from "./rules/mail-categories";

/** The signed-in user (CurrentUser or ctx.user): everything here is scoped to its id. */
export type Owner = { id: string };

export const PAGE_SIZE = 20;
/** How many notifications the header bell lists. */
export const MENU_SIZE = 8;

const ROW = {
  id: true,
  kind: true,
  title: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} as const;

type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** The caller's notifications, newest first, `pageSize` (20) a page. */
export async function listNotifications(
  db: Db,
  user: Owner,
  input: { unreadOnly?: boolean; page?: number; pageSize?: number } = {},
): Promise<{ rows: NotificationRow[]; total: number; page: number; pages: number }> {
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const page = Number.isInteger(input.page) && input.page! > 0 ? input.page! : 1;
  const where = scopes.notification.read(user, input.unreadOnly ? { readAt: null } : {});
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: ROW,
    }),
  ]);
  // Rows written before notify() existed are checked again on the way out.
  return {
    rows: rows.map((r) => ({ ...r, link: safeLink(r.link) })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** The caller's latest notifications, for the header bell. */
export async function latestNotifications(db: Db, user: Owner, take = MENU_SIZE): Promise<NotificationRow[]> {
  const rows = await db.notification.findMany({
    where: scopes.notification.read(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: ROW,
  });
  return rows.map((r) => ({ ...r, link: safeLink(r.link) }));
}

export async function unreadCount(db: Db, user: Owner): Promise<number> {
  return db.notification.count({ where: scopes.notification.read(user, { readAt: null }) });
}

export async function mailOptOutOf(db: Db, userId: string): Promise<MailCategory[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mailOptOut: true } });
  return MAIL_CATEGORIES.filter((c) => user.mailOptOut.includes(c));
}

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
