// Tells a database that cannot answer now (unreachable, partitioned, every pooled connection busy, a statement cut
// by its timeout) from a bug: the first is worth a 503 with Retry-After, the second stays a 500.

// Prisma: can't reach the server, timed out, server closed the connection, no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// The pg adapter's names for the same.
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
// PostgreSQL: statement or lock timeout, shutting down or starting up, too many connections, idle in transaction
// for too long, and the connection-exception class 08.
const SQLSTATES = new Set(["57014", "55P03", "57P01", "57P02", "57P03", "53300", "25P03"]);
// pg and pg-pool throw plain errors for these.
const MESSAGES =
  /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connection timeout|Connection refused|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Can't reach database server/i;

type Shape = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  name?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

function matches(e: Shape): boolean {
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SQLSTATES.has(e.code) || /^08/.test(e.code)))
    return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && (SQLSTATES.has(e.originalCode) || /^08/.test(e.originalCode)))
    return true;
  return typeof e.message === "string" && MESSAGES.test(e.message);
}

export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const shape = e as Shape;
    if (matches(shape)) return true;
    queue.push(shape.cause, shape.meta?.driverAdapterError);
  }
  return false;
}
