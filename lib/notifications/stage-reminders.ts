import "server-only";
import type { Db } from "@/lib/db/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/queue";
import { stageReminderWords } from "@/lib/mail/templates/stage-reminder";
import { wantsMail } from "./mail-categories";
import { dueReminders, type StageReminder } from "./reminders";
import { notify } from "./service";

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
 * Sends the reminders due at `now` (lib/notifications/reminders.ts): to each user with work pending, an in-app
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
