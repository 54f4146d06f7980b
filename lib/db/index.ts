import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "./client";

const globalForDb = globalThis as unknown as { __db?: Db };

function getDb(): Db {
  if (!globalForDb.__db) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    globalForDb.__db = createPrismaClient(DATABASE_URL, DATABASE_POOL_MAX);
  }
  return globalForDb.__db;
}

/** The process's single Prisma client, created on first use so a build needs no database. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
