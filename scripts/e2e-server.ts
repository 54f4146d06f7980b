// Serves the production build for the Playwright run on its own, freshly created database
// (on TEST_DATABASE_URL's server), migrated and seeded; the database is dropped on exit.
import { spawn } from "node:child_process";
import { createDatabase, dropDatabase } from "../tests/integration/db";
import { migrateAndSeed } from "./lib/prepare";

const port = process.argv[2] ?? "3100";
const db = await createDatabase("inovasi_e2e");
await migrateAndSeed(db.url);
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
