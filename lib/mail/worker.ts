// The mail worker: polls the queue and delivers one mail at a time, and runs the hourly stage reminders. It runs
// inside the Next.js server by default (instrumentation.ts) and alone with `npm run worker`; several may run at
// once: pg-boss hands each job to one, and of the scheduled reminder jobs one instance creates each.
import { poolOf, type Db } from "@/lib/db/client";
import { mailEnv, type MailEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { sendStageReminders } from "@/lib/notifications/service";
import { createBoss, MAIL_QUEUE, queryableExecutor, REMINDER_CRON, REMINDER_QUEUE } from "./boss";
import { deliverMail } from "./deliver";
import type { MailJob } from "./queue";
import { createTransport } from "./transport";

export type MailWorker = { stop(): Promise<void> };

type WorkerOptions = {
  /** false: deliver mail only, no reminders (tests that count mail). Default true. */
  reminders?: boolean;
};

export async function startMailWorker(
  db: Db,
  settings: Partial<MailEnv> = {},
  options: WorkerOptions = {},
): Promise<MailWorker> {
  const reminders = options.reminders ?? true;
  const e = { ...mailEnv(), ...settings };
  const transport = createTransport(e);
  const boss = createBoss(queryableExecutor(poolOf(db)), {
    migrate: true,
    supervise: true,
    schedule: reminders,
    maintenanceIntervalSeconds: e.MAIL_MAINTENANCE_SECONDS,
  });
  boss.on("error", (err) => log.error("mail worker", { error: err }));
  await boss.start();
  await boss.work<MailJob>(
    MAIL_QUEUE,
    { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: e.MAIL_POLL_SECONDS },
    async (jobs) => {
      for (const job of jobs) {
        await deliverMail(db, job.data.id, transport, e, { lastAttempt: job.retryCount >= job.retryLimit });
      }
    },
  );
  if (reminders) {
    if (!(await boss.getQueue(REMINDER_QUEUE)))
      await boss.createQueue(REMINDER_QUEUE, {
        name: REMINDER_QUEUE,
        retryLimit: 0,
        expireInSeconds: 15 * 60,
      });
    await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: "UTC" });
    await boss.work(REMINDER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
      const n = await sendStageReminders(db, new Date());
      if (n > 0) log.info("stage reminders sent", { users: n });
    });
  }
  return {
    async stop() {
      // Waits for the mail being sent, then hands unfinished jobs back to the queue.
      await boss.stop({ graceful: true, close: false, timeout: 15_000 });
      transport?.close?.();
    },
  };
}
