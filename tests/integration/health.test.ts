// GET /api/health, called as Next.js calls the route handler: 200 with the database up, 503 down.
import { afterEach, describe, expect, it, inject, vi } from "vitest";

async function healthWith(databaseUrl: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  const { GET } = await import("@/app/api/health/route");
  return GET(new Request("http://localhost/api/health", { headers: { "x-request-id": "health-test" } }));
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as { __db?: unknown }).__db;
});

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const res = await healthWith(inject("databaseUrl"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "up" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 and logs a structured line with the request id when it is not", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await healthWith("postgresql://nobody@127.0.0.1:1/none");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "error", database: "down" });
    const line = JSON.parse(String(errors.mock.calls[0]?.[0])) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      msg: "health check: database unreachable",
      requestId: "health-test",
    });
  });
});
