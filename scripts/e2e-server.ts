// Serves the production build for the Playwright run on its own, freshly created database
// (on TEST_DATABASE_URL's server), migrated and seeded with the demo data, or left empty with `--empty` (the first-run
// story); the database is dropped on exit.
import { spawn } from "node:child_process";
import { createDatabase, dropDatabase } from "../tests/integration/db";
import { migrateAndSeed, printInstallLink } from "./lib/prepare";

const args = process.argv.slice(2);
const empty = args.includes("--empty");
const port = args.find((a) => !a.startsWith("--")) ?? "3100";
const db = await createDatabase("inovasi_e2e");
const { hasAdmin } = await migrateAndSeed(db.url, { demo: empty ? "never" : "always" });
if (!hasAdmin) await printInstallLink(db.url, `http://127.0.0.1:${port}`);
const appUrl = `http://127.0.0.1:${port}`;
const child = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "--port", port, "--hostname", "127.0.0.1"],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-".padEnd(48, "x"),
      NEXTAUTH_URL: appUrl,
      APP_URL: appUrl,
      // The wrong-password and throttling stories must not lock the other stories' accounts out.
      LOGIN_LIMIT_PER_IP: "1000",
      // Without SMTP_HOST (the demo run) the worker in the server process keeps each mail in the outbox (/admin/surat);
      // the go-live story passes SMTP_* of its own test mail server. Either way, promptly.
      MAIL_POLL_SECONDS: "0.5",
    },
  },
);
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await dropDatabase(db.name);
  process.exit(0);
}
child.on("exit", () => void stop());
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
