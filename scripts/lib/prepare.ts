// Shared start-up for `npm run dev`, `npm start`, db:migrate and db:seed: pick the database
// (DATABASE_URL, or the embedded PGlite under .data/), apply migrations, seed the demo only when asked
// (seed-policy.ts decides for the starts).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { installUrl } from "../../lib/install/rules/install-url";
import { createInstallToken } from "../../lib/install/service";
import { DEMO_REGION } from "../../prisma/demo-data";
import { seed } from "../../prisma/seed";

export const DATA_DIR = path.join(process.cwd(), ".data");

export function loadDotEnv() {
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

/** Returns the database URL to use, starting the embedded database when none is configured. */
export async function openDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 0);
  const embedded = await startEmbeddedDatabase(path.join(DATA_DIR, "pglite"), port);
  return { url: embedded.url, embedded };
}

/**
 * Migrates; with `demo: "if-empty"` the demo region is seeded into an empty database, with `demo: "always"` it is
 * (re)applied. `hasAdmin` tells the start whether the first-run setup is still to be done, `demoPresent` whether the
 * demo logins exist to be printed.
 */
export async function migrateAndSeed(url: string, opts: { demo?: "never" | "if-empty" | "always" } = {}) {
  const applied = await migrate(url, undefined, (line) => console.log(`  migrasi: ${line}`));
  const db = createPrismaClient(url, 1);
  try {
    const empty = (await db.region.count()) === 0;
    const demo = opts.demo ?? "never";
    const seeded = demo === "always" || (demo === "if-empty" && empty);
    if (seeded) {
      await seed(db);
      console.log(empty ? "  data demo dibuat." : "  data demo diperbarui.");
    }
    const hasAdmin = (await db.user.count({ where: { role: "ADMIN" } })) > 0;
    const demoPresent = (await db.region.count({ where: { code: DEMO_REGION.code } })) > 0;
    return { applied, seeded, hasAdmin, demoPresent };
  } finally {
    await db.$disconnect();
  }
}

/**
 * While no ADMIN exists, a fresh one-time link to the setup page (earlier links die). The console is the only place
 * it appears: whoever started the server is whoever may set the region up.
 */
export async function printInstallLink(url: string, appUrl: string) {
  const db = createPrismaClient(url, 1);
  try {
    const token = await createInstallToken(db);
    if (!token) return;
    console.log(
      `\nBelum ada akun sekretariat. Siapkan daerah Anda di halaman pemasangan (sekali pakai, berlaku 24 jam):\n  ${installUrl(appUrl, token)}\natau jalankan \`npm run setup\`.`,
    );
  } finally {
    await db.$disconnect();
  }
}

/** The dev secret lives in .data so sessions survive restarts; production must set its own. */
export async function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(DATA_DIR, "auth-secret");
  await mkdir(DATA_DIR, { recursive: true });
  if (!existsSync(file)) await writeFile(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = (await readFile(file, "utf8")).trim();
}
