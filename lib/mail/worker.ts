// The mail worker: polls the queue and delivers one mail at a time. It runs inside the Next.js server by default
// (instrumentation.ts) and alone with `npm run worker`; several may run at once, pg-boss hands each job to one.
import { poolOf, type Db } from "@/lib/db/client";
import { mailEnv, type MailEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { createBoss, MAIL_QUEUE, queryableExecutor } from "./boss";
import { deliverMail } from "./deliver";
import type { MailJob } from "./queue";
import { createTransport } from "./transport";

export type MailWorker = { stop(): Promise<void> };

export async function startMailWorker(db: Db, settings: Partial<MailEnv> = {}): Promise<MailWorker> {
  const e = { ...mailEnv(), ...settings };
  const transport = createTransport(e);
  const boss = createBoss(queryableExecutor(poolOf(db)), {
    migrate: true,
    supervise: true,
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
  return {
    async stop() {
      // Waits for the mail being sent, then hands unfinished jobs back to the queue.
      await boss.stop({ graceful: true, close: false, timeout: 15_000 });
      transport?.close?.();
    },
  };
}
