import { expect, test } from "@playwright/test";
import { type EmptyServer, startEmptyServer } from "./empty-server";

// A real Pemda's first start: a second server of the same production build on an empty database, without the demo
// region. It prints a one-time link to the setup page; the page sets the region and its secretariat up, then is gone.
// The whole go-live procedure, with mail, is go-live.spec.ts.

test.describe("first run on an empty database", () => {
  test.describe.configure({ mode: "serial" });
  let server: EmptyServer;
  let base = "";
  let link = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startEmptyServer();
    ({ base, link } = server);
  });

  test.afterAll(async () => {
    await server?.stop();
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
    await expect(page).toHaveURL(/\/masuk\?done=pasang/);
    await expect(page.getByText("Daerah dan akun sekretariat telah dibuat. Silakan masuk.")).toBeVisible();

    await page.getByLabel("Email atau NIP").fill("inovasi@sukamajukota.go.id");
    await page.getByLabel("Kata sandi").fill("Sukamaju2026");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page).toHaveURL(/\/admin/);

    const again = await page.goto(link);
    expect(again?.status()).toBe(404);
  });
});
