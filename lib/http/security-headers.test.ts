import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, isCrossOriginAction, newNonce, PERMISSIONS_POLICY } from "./security-headers";

const directive = (csp: string, name: string) =>
  csp
    .split("; ")
    .find((d) => d.startsWith(`${name} `) || d === name)
    ?.trim();

describe("contentSecurityPolicy", () => {
  it("with a nonce: scripts only by nonce and what they load, nothing inline", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123" });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("without a nonce (cached pages): inline scripts, strict otherwise", () => {
    const csp = contentSecurityPolicy();
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    for (const d of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "img-src 'self' data: blob:",
      "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
    ])
      expect(csp.split("; ")).toContain(d);
  });

  it("lets React's development build eval, and upgrades subresources over https", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", development: true }), "script-src")).toBe(
      "script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'",
    );
    expect(contentSecurityPolicy({ https: true }).split("; ")).toContain("upgrade-insecure-requests");
  });
});

describe("PERMISSIONS_POLICY", () => {
  it("denies camera, microphone and geolocation", () => {
    for (const f of ["camera=()", "microphone=()", "geolocation=()"]) expect(PERMISSIONS_POLICY).toContain(f);
  });
});

describe("newNonce", () => {
  it("is fresh each time and safe inside a policy", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("isCrossOriginAction", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it.each([
    ["POST", { "next-action": "x", origin: "https://penyerang.example", host: "inovasi.go.id" }, true],
    ["POST", { "next-action": "x", origin: "null", host: "inovasi.go.id" }, true],
    ["POST", { "next-action": "x", origin: "https://inovasi.go.id", host: "inovasi.go.id" }, false],
    // Behind a proxy that names the public host.
    [
      "POST",
      {
        "next-action": "x",
        origin: "https://inovasi.go.id",
        host: "10.0.0.5:3000",
        "x-forwarded-host": "inovasi.go.id",
      },
      false,
    ],
    ["POST", { "next-action": "x", host: "inovasi.go.id" }, false],
    ["POST", { origin: "https://penyerang.example", host: "inovasi.go.id" }, false],
    ["GET", { "next-action": "x", origin: "https://penyerang.example", host: "inovasi.go.id" }, false],
  ])("%s %j → %s", (method, headers, expected) => {
    expect(isCrossOriginAction(method, h(headers))).toBe(expected);
  });
});

describe("proxy", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function proxyWith(appUrl: string) {
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/x");
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("APP_URL", appUrl);
    const [{ proxy }, { NextRequest }] = await Promise.all([import("@/proxy"), import("next/server")]);
    return (url: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
      proxy(new NextRequest(url, init));
  }

  it("gives a page a nonce policy on the request Next.js renders and on the response, and its own request id", async () => {
    const run = await proxyWith("http://localhost:3000");
    const res = run("http://localhost:3000/statistik", { headers: { "x-request-id": "dari-klien" } });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-middleware-request-x-request-id")).toBe(res.headers.get("x-request-id"));
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS only when the portal's address is https", async () => {
    const run = await proxyWith("https://inovasi.example.go.id");
    expect(run("https://inovasi.example.go.id/").headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(run("https://inovasi.example.go.id/katalog?q=air").headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });

  it("refuses a server action posted from another origin with 403", async () => {
    const run = await proxyWith("http://localhost:3000");
    const res = run("http://localhost:3000/masuk", {
      method: "POST",
      headers: { "next-action": "abc", origin: "https://penyerang.example", host: "localhost:3000" },
    });
    expect(res.status).toBe(403);
  });
});
