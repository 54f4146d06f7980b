import "server-only";
import { db } from "@/lib/db";
import { mailEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { startMailWorker, type MailWorker } from "./worker";

const holder = globalThis as unknown as { __mailWorker?: Promise<MailWorker | null> };

/** Starts the process's one mail worker, unless MAIL_WORKER=off; stops it on SIGTERM. */
export function startServerMailWorker(): Promise<MailWorker | null> {
  holder.__mailWorker ??= (async () => {
    if (mailEnv().MAIL_WORKER === "off") return null;
    try {
      const worker = await startMailWorker(db);
      process.once("SIGTERM", () => void worker.stop());
      return worker;
    } catch (err) {
      // Mail waits in the queue for the next start (or `npm run worker`); the portal itself keeps working.
      log.error("mail worker did not start", { error: err });
      return null;
    }
  })();
  return holder.__mailWorker;
}
