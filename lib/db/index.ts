import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "./client";

const globalForDb = globalThis as unknown as { __db?: Db };

function getDb(): Db {
  if (!globalForDb.__db) {
    const e = env();
    globalForDb.__db = createPrismaClient(e.DATABASE_URL, e.DATABASE_POOL_MAX, {
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      queryTimeoutMs: e.DATABASE_QUERY_TIMEOUT_MS ?? e.DATABASE_STATEMENT_TIMEOUT_MS + 5_000,
      idleInTransactionTimeoutMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    });
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
