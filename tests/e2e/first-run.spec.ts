import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";

// A real Pemda's first start: a second server of the same production build on an empty database, without the demo
// region. It prints a one-time link to the setup page; the page sets the region and its secretariat up, then is gone.

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.describe("first run on an empty database", () => {
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess;
  let base = "";
  let link = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/e2e-server.ts", String(port), "--empty"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let printed = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      link ||= /(http:\/\/\S+\/pasang\?token=\S+)/.exec(printed)?.[1] ?? "";
    });
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok && link) break;
      if (i > 480) throw new Error(`the first-run server did not start:\n${printed}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  test.afterAll(async () => {
    if (server?.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
  });

  test("the printed link opens the setup page; a wrong token is a 404", async ({ page }) => {
    expect(new URL(link).origin).toBe(base);
    const wrong = await page.goto(`${base}/pasang?token=${"x".repeat(43)}`);
    expect(wrong?.status()).toBe(404);
    for (const query of [
      "",
      "?token=",
      "?token=%C3%28",
      `?token=${new URL(link).searchParams.get("token")}&token=x`,
    ]) {
      expect((await page.goto(`${base}/pasang${query}`))?.status(), query).toBe(404);
    }
    // No demo region: the demo secretariat cannot sign in.
    const demo = await fetch(`${base}/katalog`).then((r) => r.text());
    expect(demo).not.toContain("Lestari Jaya");
  });

  test("the setup page creates the region and its secretariat, who signs in; then the page is gone", async ({
    page,
  }) => {
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Pemasangan pertama" })).toBeVisible();
    await page.getByLabel("Nama daerah").fill("Kota Sukamaju");
    await page.getByLabel("Jenis daerah").selectOption("KOTA");
    await page.getByLabel("Provinsi", { exact: true }).fill("Jawa Barat");
    await page.getByLabel("Situs web").fill("https://sukamajukota.go.id");
    await page.getByLabel("Zona waktu").selectOption("WIB");
    await page.getByLabel("Nama lengkap").fill("Sekretariat Sukamaju");
    await page.getByLabel("Email").fill("inovasi@sukamajukota.go.id");
    await page.getByLabel("Kata sandi", { exact: true }).fill("Sukamaju2026");
    await page.getByLabel("Ulangi kata sandi").fill("Sukamaju2027");
    await page.getByRole("button", { name: "Pasang" }).click();
    await expect(page.getByText("Kedua kata sandi tidak sama.")).toBeVisible();
    await page.getByLabel("Ulangi kata sandi").fill("Sukamaju2026");
    await page.getByRole("button", { name: "Pasang" }).click();
    await expect(page).toHaveURL(/\/masuk\?done=1/);

    await page.getByLabel("Email atau NIP").fill("inovasi@sukamajukota.go.id");
    await page.getByLabel("Kata sandi").fill("Sukamaju2026");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page).toHaveURL(/\/admin/);

    const again = await page.goto(link);
    expect(again?.status()).toBe(404);
  });
});
