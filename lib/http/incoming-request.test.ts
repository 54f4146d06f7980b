import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";
import { installIncomingRequestGuard, isMalformedPath, markDatabaseUnavailable } from "./incoming-request";

// A plain Node.js server stands in for Next.js's: what its handler sees is what route handlers see.
let server: http.Server;
let base: string;
let header: string;

beforeAll(async () => {
  header = installIncomingRequestGuard();
  server = http.createServer((req, res) => {
    // What Next.js does for a page whose render failed: an error page with status 500, after onRequestError.
    if (req.url?.startsWith("/gagal")) {
      setTimeout(() => {
        if (req.url === "/gagal/basis-data") markDatabaseUnavailable();
        res.statusCode = 500;
        res.end("Terjadi kesalahan");
      }, 1);
      return;
    }
    const ip = clientIpFrom((name) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(",") : v;
    }, 0);
    res.end(
      JSON.stringify({
        ip,
        peer: req.headers[header] ?? null,
        requestId: req.headers["x-request-id"] ?? null,
        clientRequestId: req.headers["x-client-request-id"] ?? null,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request, so malformed targets reach the server exactly as written. */
function get(target: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${base}/`, { path: target, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("isMalformedPath", () => {
  it.each([
    ["/katalog/%C3%28", true],
    ["/%", true],
    ["/%ZZ", true],
    ["/katalog/%E0%A4%A", true],
    ["/katalog/cari/q=%C3%28", true],
    ["/katalog/%C3%A9", false],
    ["/katalog/cari/q=air%20bersih", false],
    ["/katalog/%2F", false],
    ["/", false],
    // Only the path: a query string is the page's to read, leniently.
    ["/katalog?q=%C3%28", false],
    ["/?x=%", false],
  ])("%s → %s", (target, malformed) => {
    expect(isMalformedPath(target)).toBe(malformed);
  });
});

describe("installIncomingRequestGuard", () => {
  it("names a header no client can know, the same one each time it is asked", () => {
    expect(header).toMatch(/^x-peer-address-[0-9a-f]{32}$/);
    expect(installIncomingRequestGuard()).toBe(header);
  });

  it("gives every request its socket's address, whatever X-Forwarded-For the client sends", async () => {
    for (const forged of ["203.0.113.7", "1.2.3.4, 203.0.113.8", ""]) {
      const res = await get("/", forged ? { "x-forwarded-for": forged } : {});
      expect(JSON.parse(res.body)).toMatchObject({ ip: "127.0.0.1", peer: "127.0.0.1" });
    }
  });

  it("overwrites the address header when a client sends it", async () => {
    const res = await get("/", { [header]: "203.0.113.9" });
    expect(JSON.parse(res.body)).toMatchObject({ ip: "127.0.0.1", peer: "127.0.0.1" });
  });

  it("answers 400 to a path that is not valid percent-encoding, before the application", async () => {
    for (const target of ["/katalog/%C3%28", "/%", "/api/v1/inovasi/%E0%A4%A?x=1"]) {
      const res = await get(target);
      expect(res.status, target).toBe(400);
      expect(res.body).toContain("Bad Request");
    }
    expect((await get("/katalog/%C3%A9?q=%C3%28")).status).toBe(200);
  });

  it("never passes a client's X-Request-Id on as the request id", async () => {
    const res = await get("/", { "x-request-id": "dari-klien" });
    expect(JSON.parse(res.body)).toMatchObject({ requestId: null, clientRequestId: "dari-klien" });
  });

  it("answers 503 with Retry-After instead of 500 when the request failed for want of a database", async () => {
    const unavailable = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/gagal/basis-data`, resolve),
    );
    expect(unavailable.statusCode).toBe(503);
    expect(unavailable.headers["retry-after"]).toMatch(/^\d+$/);
    unavailable.resume();
    const bug = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}/gagal/lain`, resolve));
    expect(bug.statusCode).toBe(500);
    expect(bug.headers["retry-after"]).toBeUndefined();
    bug.resume();
  });
});
