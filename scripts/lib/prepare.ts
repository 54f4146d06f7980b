// Shared start-up for `npm run dev`, `npm start`, db:migrate and db:seed: pick the database
// (DATABASE_URL, or the embedded PGlite under .data/), apply migrations, seed when empty.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
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

export async function migrateAndSeed(url: string, opts: { forceSeed?: boolean } = {}) {
  const applied = await migrate(url, undefined, (line) => console.log(`  migrasi: ${line}`));
  const db = createPrismaClient(url, 1);
  try {
    const empty = (await db.region.count()) === 0;
    if (empty || opts.forceSeed) {
      await seed(db);
      console.log(empty ? "  data demo dibuat." : "  data demo diperbarui.");
    }
    return { applied, seeded: empty || Boolean(opts.forceSeed) };
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
