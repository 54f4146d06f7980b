import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { createDatabase, dropDatabase } from "../integration/db";

// A second server of the same production build, on its own demo database, whose connections to PostgreSQL pass
// through a switch the test opens and closes: what a visitor sees while the database is down or overloaded.

function seedDemo(url: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "db:seed", "--", "--demo"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: "ignore",
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`db:seed exited with ${code}`))));
  });
}

/** A TCP relay to PostgreSQL that refuses every connection while it is "down". */
async function databaseSwitch(target: URL) {
  let up = false;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on("close", () => open.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    set(state: "up" | "down") {
      up = state === "up";
      if (!up) for (const s of open) s.destroy();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.describe("while the database is down", () => {
  // One server and one database for both stories.
  test.describe.configure({ mode: "serial" });
  let db: { name: string; url: string };
  let relay: Awaited<ReturnType<typeof databaseSwitch>>;
  let server: ChildProcess;
  let base: string;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    db = await createDatabase("inovasi_e2e_mati");
    // The demo as `npm run db:seed -- --demo` makes it (its seed publishes through the server's own code).
    await seedDemo(db.url);
    relay = await databaseSwitch(new URL(db.url));
    const viaRelay = new URL(db.url);
    viaRelay.hostname = "127.0.0.1";
    viaRelay.port = String(relay.port);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"],
      {
        stdio: "ignore",
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: viaRelay.toString(),
          NEXTAUTH_SECRET: "e2e-secret-".padEnd(48, "x"),
          NEXTAUTH_URL: base,
          APP_URL: base,
        },
      },
    );
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 120) throw new Error("the second server did not start");
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await relay?.close();
    if (db) await dropDatabase(db.name);
  });

  test("a search gets the site's own error page in Indonesian, and “Coba lagi” shows the results once the database is back", async ({
    page,
  }) => {
    relay.set("down");
    const response = await page.goto(`${base}/katalog?q=sampah`);
    // 503 with Retry-After: a failure to come back from, not a broken portal.
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toMatch(/^\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Terjadi kesalahan" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Katalog Inovasi" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");

    // The failure was not cached: the same address, asked again, searches.
    relay.set("up");
    await page.getByRole("button", { name: "Coba lagi" }).click();
    await expect(
      page.getByTestId("catalog-results").getByRole("link", { name: "Bank Sampah Digital" }),
    ).toBeVisible();
    const again = await page.goto(`${base}/katalog?q=sampah`);
    expect(again?.status()).toBe(200);
  });

  test("a page rendered per request does the same: the error page, then the page after “Coba lagi”", async ({
    page,
  }) => {
    relay.set("down");
    const response = await page.goto(`${base}/statistik`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toMatch(/^\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Terjadi kesalahan" })).toBeVisible();

    relay.set("up");
    await page.getByRole("button", { name: "Coba lagi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Statistik Inovasi Daerah" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Terjadi kesalahan" })).toHaveCount(0);
  });
});
