import "server-only";
import { db } from "@/lib/db";
import { mailEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { keepTrying } from "./keep-trying";
import { startMailWorker, type MailWorker } from "./worker";

const holder = globalThis as unknown as { __mailWorker?: Promise<MailWorker | null> };

/**
 * Starts the process's one mail worker, unless MAIL_WORKER=off; stops it on SIGTERM. When the database does not
 * answer at start (a busy machine, a database restarting), it tries again with growing pauses: mail waits in the queue
 * meanwhile, and the portal itself keeps working.
 */
export function startServerMailWorker(): Promise<MailWorker | null> {
  holder.__mailWorker ??= (async () => {
    if (mailEnv().MAIL_WORKER === "off") return null;
    let stopping = false;
    process.once("SIGTERM", () => (stopping = true));
    const worker = await keepTrying(() => startMailWorker(db), {
      onError: (err, attempt, delayMs) =>
        log.error("mail worker did not start; trying again", {
          error: err,
          attempt,
          retryInSeconds: delayMs / 1000,
        }),
      cancelled: () => stopping,
    });
    if (worker) {
      if (stopping) await worker.stop();
      else process.once("SIGTERM", () => void worker.stop());
    }
    return worker;
  })();
  return holder.__mailWorker;
}
