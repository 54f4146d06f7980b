// npm run worker: delivers queued e-mail in a process of its own (run the web servers with MAIL_WORKER=off, or
// alongside them: pg-boss gives each mail to one worker), and runs the hourly stage reminders. Stops gracefully on
// SIGTERM or Ctrl-C. Started with `tsx --conditions=react-server` (package.json): the reminders import domain modules
// marked `server-only`, which that condition (the one Next.js's server uses) resolves to an empty module.
import { createPrismaClient } from "../lib/db/client";
import { env } from "../lib/env";
import { startMailWorker } from "../lib/mail/worker";

const e = env();
const db = createPrismaClient(e.DATABASE_URL, Math.min(e.DATABASE_POOL_MAX, 2));
const worker = await startMailWorker(db);
console.log(
  e.SMTP_HOST ? `Mail worker: sending through ${e.SMTP_HOST}:${e.SMTP_PORT}` : "Mail worker: outbox only",
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
