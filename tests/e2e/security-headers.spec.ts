import { expect, test, type Page } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

// The headers every answer carries (docs/decisions/009-security-headers.md): a Content-Security-Policy with a fresh
// nonce on pages rendered per request, a fixed one on the cached catalogue, a Permissions-Policy everywhere; and
// every page still runs its scripts under that policy.

const STRICT_EVERYWHERE = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "img-src 'self' data: blob:",
];

function directives(csp: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (csp ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, `${name} ${values.join(" ")}`.trim());
  }
  return map;
}

function expectStrictBase(csp: string | undefined) {
  const d = directives(csp);
  for (const rule of STRICT_EVERYWHERE) expect(d.get(rule.split(" ")[0]!), csp).toBe(rule);
}

function expectPermissionsPolicy(value: string | undefined) {
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) expect(value).toContain(feature);
}

test("a page rendered per request carries a nonce policy, and every script on it carries the nonce", async ({
  request,
}) => {
  const res = await request.get("/");
  expect(res.status()).toBe(200);
  const headers = res.headers();
  const csp = headers["content-security-policy"];
  expectStrictBase(csp);
  const nonce = /'nonce-([^']+)'/.exec(directives(csp).get("script-src") ?? "")?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(directives(csp).get("script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(directives(csp).get("frame-src")).toBe(
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  );
  expectPermissionsPolicy(headers["permissions-policy"]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Served over plain HTTP (APP_URL is http://…): no HSTS, which would lock browsers out of a LAN server.
  expect(headers["strict-transport-security"]).toBeUndefined();

  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => !/application\/ld\+json/.test(t));
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // A new request, a new nonce.
  const again = (await request.get("/")).headers()["content-security-policy"];
  expect(again).not.toContain(`'nonce-${nonce}'`);
});

test("a cached catalogue search carries a fixed policy without a nonce, as strict otherwise", async ({
  request,
}) => {
  for (const path of ["/katalog/cari/q=sampah", "/katalog?q=sampah"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const csp = res.headers()["content-security-policy"];
    expectStrictBase(csp);
    expect(directives(csp).get("script-src"), path).toBe("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("nonce-");
    expectPermissionsPolicy(res.headers()["permissions-policy"]);
  }
});

test("an API answer has the headers too, and a request id of the server's own, never the client's", async ({
  request,
}) => {
  const res = await request.get("/api/v1/kompetisi", { headers: { "x-request-id": "dari-klien-123" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expectPermissionsPolicy(res.headers()["permissions-policy"]);
  expect(res.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const page = await request.get("/", { headers: { "x-request-id": "dari-klien-456" } });
  expect(page.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(page.headers()["x-request-id"]).not.toBe("dari-klien-456");
});

test("a server action posted from another origin is refused with 403", async ({ request, baseURL }) => {
  const res = await request.post("/masuk", {
    headers: {
      "next-action": "7f00000000000000000000000000000000000000aa",
      origin: "https://penyerang.example",
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  // The same post from the site itself reaches Next.js (an unknown action: not 403, not 500).
  const own = await request.post("/masuk", {
    headers: {
      "next-action": "7f00000000000000000000000000000000000000aa",
      origin: new URL(baseURL!).origin,
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
    maxRedirects: 0,
  });
  expect(own.status()).not.toBe(403);
  expect(own.status()).toBeLessThan(500);
});

/** Collects what the browser says about the policy while a page loads and runs. */
function watchPolicy(page: Page) {
  const refused: string[] = [];
  page.on("console", (msg) => {
    const text = msg.text();
    if (/Refused to|Content Security Policy/i.test(text)) refused.push(`${page.url()}: ${text}`);
  });
  page.on("pageerror", (err) => refused.push(`${page.url()}: ${err.message}`));
  return refused;
}

/** React has taken over the document: the page's scripts ran. */
async function expectHydrated(page: Page) {
  await page.waitForFunction(() => Object.keys(document.body).some((k) => k.startsWith("__reactFiber")));
}

async function publicInnovationId(page: Page, title: string): Promise<string> {
  const res = await page.request.get(`/api/v1/inovasi?q=${encodeURIComponent(title)}`);
  const found = ((await res.json()) as { data: { id: string; title: string }[] }).data.find(
    (i) => i.title === title,
  );
  expect(found, title).toBeDefined();
  return found!.id;
}

test("public pages hydrate under the policy with nothing refused: home, a search, an innovation with its video, statistics, login", async ({
  page,
}) => {
  const refused = watchPolicy(page);
  for (const path of ["/", "/katalog/cari/q=sampah", "/statistik", "/masuk"]) {
    await page.goto(path);
    await expectHydrated(page);
  }
  // The charts are drawn by script (recharts) into SVG.
  await page.goto("/statistik");
  await expect(page.locator("[data-chart] svg").first()).toBeVisible({ timeout: 60_000 });

  const id = await publicInnovationId(page, "SiCepat Izin: Perizinan Berusaha Satu Hari");
  await page.goto(`/katalog/${id}`);
  await expectHydrated(page);
  await page.getByRole("button", { name: /Putar video/ }).click();
  await expect(page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')).toBeAttached();
  expect(refused).toEqual([]);
});

test("a dashboard hydrates under the policy after signing in", async ({ page }) => {
  const refused = watchPolicy(page);
  await loginAs(page, DEMO.admin, /\/admin/);
  await expectHydrated(page);
  await page.goto("/admin/kompetisi");
  await expectHydrated(page);
  expect(refused).toEqual([]);
});
