// `npm run dev` / `npm start`: prepares the database, seeds the demo where seed-policy.ts says so (and then prints
// its logins), prints the setup page's one-time link while no ADMIN exists, runs Next.js.
import { spawn } from "node:child_process";
import { DEMO_PASSWORD, DEMO_USERS, HUB_USERS } from "../prisma/demo-data";
import { ensureAuthSecret, loadDotEnv, migrateAndSeed, openDatabase, printInstallLink } from "./lib/prepare";
import { seedsDemo } from "./lib/seed-policy";

const mode = process.argv[2] === "start" ? "start" : "dev";
loadDotEnv();
await ensureAuthSecret();
const port = process.env.PORT ?? "3000";
const { url, embedded } = await openDatabase();
console.log(embedded ? `Basis data tertanam (PGlite) di .data/pglite, ${url}` : "Memakai DATABASE_URL.");
const demo = seedsDemo({ mode, embedded: Boolean(embedded), seedDemo: process.env.SEED_DEMO });
const { hasAdmin, demoPresent } = await migrateAndSeed(url, { demo: demo ? "if-empty" : "never" });

const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
console.log(`\nInovasi Daerah berjalan di ${appUrl}`);
if (demo && demoPresent) {
  console.log(`Akun demo (kata sandi: ${DEMO_PASSWORD}):`);
  for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(13)} ${u.email}`);
  console.log("  Provinsi Jawa Tengah (Hub JIPP) dan Kota Harapan Baru:");
  for (const [email, , role] of HUB_USERS) console.log(`  ${role.padEnd(13)} ${email}`);
}
if (!hasAdmin) await printInstallLink(url, appUrl);
console.log("");

const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, "--port", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    // PGlite is one session: a single pooled connection keeps transactions from interleaving.
    DATABASE_POOL_MAX: embedded ? "1" : (process.env.DATABASE_POOL_MAX ?? "10"),
    APP_URL: appUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
}
child.on("exit", (code) => void stop(code ?? 0));
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
