import "server-only";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/queue";
import { stageReminderWords } from "@/lib/mail/templates/stage-reminder";
import { dueReminders, type Owner, type StageReminder } from "./queries";
import { safeLink } from "./rules/link";
import { MAIL_CATEGORIES, wantsMail, type MailCategory } from "./rules/mail-categories";
import { mailPreferencesSchema, type MailPreferencesInput } from "./schemas";

type Tx = Prisma.TransactionClient | Db;

const TITLE_MAX = 300;
const BODY_MAX = 2_000;

type NewNotification = {
  userIds: readonly (string | null | undefined)[];
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  /** false: the caller mails the recipients itself (reminders); default true. */
  mail?: boolean;
  /**
   * The same title and body in English, for the mail to an account that chose English (the in-app notice keeps
   * the Indonesian). Without it, such an account reads the Indonesian words inside an English mail.
   */
  en?: { title: string; body?: string | null };
};

/**
 * Tells users something, inside the caller's transaction so the notice and the change it is
 * about land together. Recipients are deduplicated and an empty list writes nothing. `link`
 * must be a path inside the portal ("/inovasi/…"); any other value is dropped (the notification
 * is still sent, without a link). Each active recipient also gets it by mail, in the same transaction, unless
 * they switched off the kind's category (lib/notifications/rules/mail-categories.ts). Returns how many notifications
 * were written.
 */
export async function notify(tx: Tx, input: NewNotification): Promise<number> {
  const userIds = [
    ...new Set(input.userIds.filter((id): id is string => typeof id === "string" && id.length > 0)),
  ];
  if (userIds.length === 0) return 0;
  const kind = input.kind.trim();
  const title = input.title.trim().slice(0, TITLE_MAX);
  if (!kind || !title) throw new Error("notify: kind and title are required");
  const body = (input.body ?? "").trim().slice(0, BODY_MAX);
  const link = input.link == null ? null : safeLink(input.link);
  const { count } = await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, kind, title, body, link })),
  });
  const en = input.en
    ? {
        title: input.en.title.trim().slice(0, TITLE_MAX) || title,
        body: (input.en.body ?? "").trim().slice(0, BODY_MAX),
      }
    : null;
  if (input.mail !== false) await mailNotification(tx, userIds, { kind, title, body, link }, en);
  return count;
}

async function mailNotification(
  tx: Tx,
  userIds: string[],
  n: { kind: string; title: string; body: string; link: string | null },
  en: { title: string; body: string } | null,
) {
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, active: true },
    select: { id: true, email: true, name: true, locale: true, mailOptOut: true },
    orderBy: { id: "asc" },
  });
  for (const u of users) {
    if (!wantsMail(n.kind, u.mailOptOut)) continue;
    await enqueueMail(tx as Prisma.TransactionClient, {
      template: "notification",
      to: u.email,
      locale: u.locale,
      userId: u.id,
      data: { name: u.name, ...n, ...(u.locale === "en" && en ? en : {}) },
    });
  }
}

/**
 * Marks one of the caller's own notifications read (already read: left as it was). Someone
 * else's id, or an unknown one, is "not found" and nothing changes. Returns its link.
 */
export async function markRead(
  db: Db,
  user: Owner,
  input: { id: string },
  now = new Date(),
): Promise<{ id: string; link: string | null }> {
  const row = await db.notification.findFirst({
    where: scopes.notification.write(user, { id: input.id }),
    select: { id: true, link: true, readAt: true },
  });
  if (!row) throw new ActionError("errors.notFound");
  if (!row.readAt) {
    await db.notification.updateMany({
      where: scopes.notification.write(user, { id: row.id, readAt: null }),
      data: { readAt: now },
    });
  }
  return { id: row.id, link: safeLink(row.link) };
}

/** Marks every unread notification of the caller read; returns how many changed. */
export async function markAllRead(db: Db, user: Owner, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: scopes.notification.write(user, { readAt: null }),
    data: { readAt: now },
  });
  return count;
}

/** Saves which mail categories the caller switched off, with an audit line. Essential mail is not among them. */
export async function setMailPreferences(
  db: Db,
  ctx: ActionContext,
  raw: MailPreferencesInput,
): Promise<{ optOut: MailCategory[] }> {
  const { on } = mailPreferencesSchema.parse(raw);
  const optOut = MAIL_CATEGORIES.filter((c) => !on.includes(c));
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { mailOptOut: true },
    });
    if (before.mailOptOut.join(",") === optOut.join(",")) return { optOut };
    await tx.user.update({ where: { id: ctx.user.id }, data: { mailOptOut: optOut } });
    await audit(tx, {
      ...by(ctx),
      action: "user.mail_preferences",
      entityType: "User",
      entityId: ctx.user.id,
      before: { mailOptOut: before.mailOptOut },
      after: { mailOptOut: optOut },
    });
    return { optOut };
  });
}

const KIND = "stage.reminder";

/** The page where the pending work of a stage is done. */
function reminderLink(kind: StageKind, competitionId: string): string {
  const c = `/admin/kompetisi/${encodeURIComponent(competitionId)}`;
  switch (kind) {
    case "REGISTRATION":
      return "/opd/kompetisi";
    case "SCREENING":
      return `${c}/peserta`;
    case "OBJECTION":
      return `${c}/sanggahan`;
    case "ANNOUNCEMENT":
      return `${c}/publikasi`;
    default:
      return "/penilai";
  }
}

const reminderKey = (r: Pick<StageReminder, "stageId" | "days">, userId: string) =>
  `reminder:${r.stageId}:${r.days}:${userId}`;

/**
 * Sends the reminders due at `now` (dueReminders in lib/notifications/queries.ts): to each user with work pending, an in-app
 * notification and a mail (unless they switched reminders off), in one transaction per user. Each reminder goes
 * once however often this runs: the mail's dedupe key, or for a user without the mail the notification itself,
 * marks it sent. Runs hourly on the worker's schedule (lib/mail/worker.ts). Returns how many users were reminded.
 */
export async function sendStageReminders(db: Db, now = new Date()): Promise<number> {
  let sent = 0;
  for (const r of await dueReminders(db, now)) {
    const region = await db.region.findUniqueOrThrow({
      where: { id: r.competition.regionId },
      select: { name: true, timeZone: true },
    });
    const link = reminderLink(r.stageKind, r.competition.id);
    for (const userId of r.userIds) {
      const done = await db.$transaction(async (tx) => {
        const dedupeKey = reminderKey(r, userId);
        const user = await tx.user.findUnique({
          where: { id: userId },
          select: { id: true, email: true, name: true, locale: true, active: true, mailOptOut: true },
        });
        if (!user?.active) return false;
        const data = {
          name: user.name,
          stageKind: r.stageKind,
          competition: r.competition.name,
          endsAt: r.endsAt.toISOString(),
          timeZone: region.timeZone,
          days: r.days,
          link,
        };
        const words = stageReminderWords({ locale: user.locale, region }, data);
        const body = `${words.closes} ${words.pending}`;
        // The body names the closing time: a stage whose deadline moves is reminded of again.
        const [mailed, noted] = await Promise.all([
          tx.mailMessage.count({ where: { dedupeKey } }),
          tx.notification.count({ where: { userId, kind: KIND, link, title: words.title, body } }),
        ]);
        if (mailed > 0 || noted > 0) return false;
        await notify(tx, {
          userIds: [userId],
          kind: KIND,
          title: words.title,
          body,
          link,
          mail: false,
        });
        if (wantsMail(KIND, user.mailOptOut))
          await enqueueMail(tx, {
            template: "stage.reminder",
            to: user.email,
            locale: user.locale,
            userId,
            dedupeKey,
            data,
          });
        return true;
      });
      if (done) sent++;
    }
  }
  return sent;
}
