// A database that stops answering (packets dropped, nothing closed) or has no free connection: queries give up
// within their timeouts, the health check answers 503 within seconds, and route handlers answer 503 with
// Retry-After instead of hanging or failing with 500.
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/** A TCP relay to PostgreSQL that can "blackhole": keep every connection open and forward nothing either way. */
async function relayTo(target: string) {
  const to = new URL(target);
  let blackhole = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(to.port || 5432), to.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on("data", (chunk) => {
      if (!blackhole) upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (!blackhole) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    blackhole: () => {
      blackhole = true;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** How the promise settled, and after how long; a test that would hang fails at `limitMs` instead. */
async function settle(promise: Promise<unknown>, limitMs = 15_000) {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<{ hung: true }>((resolve) => {
    timer = setTimeout(() => resolve({ hung: true }), limitMs);
  });
  const outcome = await Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    hung,
  ]);
  clearTimeout(timer);
  return { ...outcome, ms: Date.now() - started };
}

const cleanups: (() => Promise<unknown>)[] = [];

// The open-data route counts its callers in RateLimit: rows this file's requests add go at the end, so the shared
// database is left as found.
let rateLimitKeys: string[] = [];
beforeAll(async () => {
  const db = createPrismaClient(inject("databaseUrl"), 1);
  rateLimitKeys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
  await db.$disconnect();
});
afterAll(async () => {
  const db = createPrismaClient(inject("databaseUrl"), 1);
  await db.rateLimit.deleteMany({ where: { key: { notIn: rateLimitKeys } } });
  await db.$disconnect();
});

afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
  vi.unstubAllEnvs();
  vi.resetModules();
  delete (globalThis as { __db?: unknown }).__db;
});

/** Route handlers as Next.js loads them, on the process's client built from these variables. */
async function withEnv(vars: Record<string, string>) {
  vi.resetModules();
  delete (globalThis as { __db?: unknown }).__db;
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  const { db } = await import("@/lib/db");
  cleanups.push(() => db.$disconnect());
  return db;
}

describe("a database that stops answering", () => {
  it("fails a query on a pooled connection within the query timeout, as a database outage", async () => {
    const relay = await relayTo(inject("databaseUrl"));
    cleanups.push(relay.close);
    const db: Db = createPrismaClient(relay.url, 1, { queryTimeoutMs: 1_500, connectTimeoutMs: 1_000 });
    cleanups.push(() => db.$disconnect());
    await db.$queryRaw`SELECT 1`; // the pool now holds an open connection
    relay.blackhole();

    const onPooled = await settle(db.$queryRaw`SELECT 1`);
    expect(onPooled).not.toHaveProperty("hung");
    expect(onPooled.ms).toBeLessThan(3_000);
    expect(isDatabaseUnavailable((onPooled as { error?: unknown }).error)).toBe(true);

    // The next query opens a new connection, which never completes its start-up: the connect timeout ends it.
    const onNew = await settle(db.$queryRaw`SELECT 1`);
    expect(onNew.ms).toBeLessThan(3_000);
    expect(isDatabaseUnavailable((onNew as { error?: unknown }).error)).toBe(true);
  });

  it("the health check answers 503 within 3 s while the database is blackholed", async () => {
    const relay = await relayTo(inject("databaseUrl"));
    cleanups.push(relay.close);
    await withEnv({ DATABASE_URL: relay.url, DATABASE_POOL_MAX: "2" });
    const { GET } = await import("@/app/api/health/route");
    const health = () =>
      GET(new Request("http://localhost/api/health", { headers: { "x-request-id": "health" } }));
    expect((await health()).status).toBe(200);
    relay.blackhole();

    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    cleanups.push(async () => errors.mockRestore());
    const down = await settle(health());
    expect(down).not.toHaveProperty("hung");
    expect(down.ms).toBeLessThan(3_000);
    const res = (down as { value: Response }).value;
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await res.json()).toEqual({ status: "error", database: "down" });
    // Closing the relay ends the query still waiting on the blackholed connection.
    await relay.close();
  });

  it("a statement that runs past the statement timeout is cancelled by the server", async () => {
    const db = createPrismaClient(inject("databaseUrl"), 1, { statementTimeoutMs: 300 });
    cleanups.push(() => db.$disconnect());
    const slow = await settle(db.$queryRaw`SELECT pg_sleep(5)`);
    expect(slow.ms).toBeLessThan(3_000);
    expect(isDatabaseUnavailable((slow as { error?: unknown }).error)).toBe(true);
  });
});

describe("a pool with no free connection", () => {
  it("a route handler answers 503 with Retry-After when no connection frees up in time", async () => {
    const db = await withEnv({
      DATABASE_URL: inject("databaseUrl"),
      DATABASE_POOL_MAX: "1",
      DATABASE_CONNECT_TIMEOUT_MS: "500",
    });
    // Another request holds the pool's only connection in a transaction.
    let release!: () => void;
    const held = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await new Promise<void>((resolve) => (release = resolve));
    });
    cleanups.push(async () => {
      release?.();
      await held;
    });
    await vi.waitFor(() => expect(release).toBeTypeOf("function"));

    const warnings = vi.spyOn(console, "log").mockImplementation(() => {});
    cleanups.push(async () => warnings.mockRestore());
    const { GET } = await import("@/app/api/v1/kompetisi/route");
    const answered = await settle(GET(new Request("http://localhost/api/v1/kompetisi")));
    expect(answered).not.toHaveProperty("error");
    const res = (answered as { value: Response }).value;
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(answered.ms).toBeLessThan(3_000);

    // Once the connection is free again, the same handler answers.
    release();
    await held;
    expect((await GET(new Request("http://localhost/api/v1/kompetisi"))).status).toBe(200);
  });
});

describe("the document routes' shared error answer", () => {
  it("is 503 with Retry-After for a database that cannot answer", async () => {
    const warnings = vi.spyOn(console, "log").mockImplementation(() => {});
    cleanups.push(async () => warnings.mockRestore());
    const { errorResponse } = await import("@/lib/http/attachments");
    const poolTimeout = Object.assign(
      new Error("Timed out fetching a new connection from the connection pool"),
      {
        code: "P2024",
      },
    );
    const unavailable = await errorResponse(poolTimeout, {
      requestId: "t-1",
      what: "attachments: download failed",
    });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
