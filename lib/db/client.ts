// Builds a Prisma client on the pg adapter. The web app holds one per process (lib/db/index.ts);
// scripts and tests build their own with this function.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How long the pool and its connections wait. Without these a connection whose packets are dropped (a network
 * partition) hangs every query on it for as long as the partition lasts: the server's statement timeout cannot
 * reach the portal, and TCP alone gives up only after many minutes.
 */
type DbTimeouts = {
  /** Waiting for a pooled connection, or for a new one to open. */
  connectTimeoutMs: number;
  /** One statement on the server (statement_timeout). */
  statementTimeoutMs: number;
  /** Any answer on the connection, measured by the portal (pg's query_timeout). */
  queryTimeoutMs: number;
  /** A session idle inside a transaction (idle_in_transaction_session_timeout). */
  idleInTransactionTimeoutMs: number;
};

/**
 * Generous enough for the longest legitimate statement: a FOR UPDATE that waits for another request's locking
 * transaction, which Prisma rolls back after 60 s (LOCKING_TRANSACTION), and the national-scale exports of
 * `npm run bench`.
 */
const DEFAULT_DB_TIMEOUTS: DbTimeouts = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 65_000,
  queryTimeoutMs: 70_000,
  idleInTransactionTimeoutMs: 65_000,
};

export function createPrismaClient(connectionString: string, max = 10, timeouts: Partial<DbTimeouts> = {}) {
  const t = { ...DEFAULT_DB_TIMEOUTS, ...timeouts };
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: t.connectTimeoutMs,
    statement_timeout: t.statementTimeoutMs,
    query_timeout: t.queryTimeoutMs,
    idle_in_transaction_session_timeout: t.idleInTransactionTimeoutMs,
    // Probes an idle pooled connection, so one whose peer vanished is found dead before a request picks it up.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // Password hashes never leave the database unless a query asks for them by name.
  // An idle connection that dies (a restarted server) is dropped from the pool and replaced on the next checkout;
  // without a listener its error would end the process.
  pool.on("error", () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  Object.defineProperty(client, POOL, { value: pool });
  return client;
}

const POOL = Symbol("pg pool");

/**
 * The pg pool under a client. The mail queue's worker (pg-boss) runs its statements on it, so it opens no
 * connection of its own: on the embedded database the pool is the one session PGlite serves (lib/mail/boss.ts).
 */
export function poolOf(client: object): pg.Pool {
  // Read through a property, so the process's lazy client (lib/db/index.ts, a Proxy) answers too.
  const pool = (client as { [POOL]?: pg.Pool })[POOL];
  if (!pool) throw new Error("not a client made by createPrismaClient");
  return pool;
}

export type Db = ReturnType<typeof createPrismaClient>;
