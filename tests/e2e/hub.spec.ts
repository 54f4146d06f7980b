import { expect, test, type Page } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

// The demo province's Hub JIPP over its two regions: Kabupaten Lestari Jaya (3399) and Kota Harapan Baru (3398).

const HUB = "hub@inovasi.test";
const KOTA_ADMIN = "admin.kota@inovasi.test";

/** The admin's link to one of the region's competitions, by the start of its name. */
async function competitionHref(page: Page, name: RegExp) {
  await page.goto("/admin/kompetisi");
  const href = await page.getByRole("link", { name }).first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/kompetisi\/[a-z0-9]+$/);
  return href!;
}

test.describe("a province's Hub JIPP", () => {
  test("the hub compares its two regions and opens each one's public page", async ({ page }) => {
    await loginAs(page, HUB, /\/admin$/);
    await page.getByRole("link", { name: "Hub JIPP" }).first().click();
    await expect(page).toHaveURL(/\/hub$/);
    await expect(page.getByRole("heading", { name: "Hub JIPP", level: 1 })).toBeVisible();
    const table = page.getByRole("table", { name: "Perbandingan daerah" });
    for (const [code, name] of [
      ["3399", "Kabupaten Lestari Jaya"],
      ["3398", "Kota Harapan Baru"],
    ] as const) {
      const row = table.getByTestId(`hub-row-${code}`);
      await expect(row.getByRole("link", { name })).toBeVisible();
      // Each region's approved innovations: a number, and the kabupaten's demo holds more than the city's.
      await expect(row.locator('[data-col="innovations"]')).toHaveText(/^\d+$/);
    }
    const count = async (code: string) =>
      Number(await table.getByTestId(`hub-row-${code}`).locator('[data-col="innovations"]').textContent());
    expect(await count("3399")).toBeGreaterThan(await count("3398"));
    // The city's published competition has winners; the kabupaten's has not published yet.
    expect(
      Number(await table.getByTestId("hub-row-3398").locator('[data-col="winners"]').textContent()),
    ).toBeGreaterThan(0);

    for (const [code, name] of [
      ["3399", "Kabupaten Lestari Jaya"],
      ["3398", "Kota Harapan Baru"],
    ] as const) {
      await page.goto("/hub");
      await page.getByTestId(`hub-row-${code}`).getByRole("link", { name: "Halaman publik" }).click();
      await expect(page).toHaveURL(new RegExp(`/daerah/${code}$`));
      await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    }

    // A region's details: its competitions and its secretariat's accounts, read only.
    await page.goto("/hub/daerah/3398");
    await expect(page.getByRole("heading", { name: "Kota Harapan Baru", level: 1 })).toBeVisible();
    await expect(page.getByText(/Lomba Inovasi Kota Harapan Baru \d{4}/)).toBeVisible();
    await expect(page.getByRole("cell", { name: KOTA_ADMIN })).toBeVisible();
  });

  test("a region's admin cannot open the other region's competition, by its page or by replaying an action", async ({
    browser,
  }) => {
    const kab = await browser.newContext();
    const kabPage = await kab.newPage();
    await loginAs(kabPage, DEMO.admin, /\/admin$/);
    const href = await competitionHref(kabPage, /^Kompetisi Inovasi Daerah/);
    // The kabupaten's admin saves its own competition's settings; the request is captured as the browser sent it.
    await kabPage.goto(href);
    await kabPage.getByText("Ubah pengaturan").click();
    const [request] = await Promise.all([
      kabPage.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      kabPage.getByRole("button", { name: "Simpan pengaturan" }).click(),
    ]);

    const kota = await browser.newContext();
    const kotaPage = await kota.newPage();
    await loginAs(kotaPage, KOTA_ADMIN, /\/admin$/);
    // The page: not found, and nothing of it shown.
    const response = await kotaPage.goto(href);
    expect(response?.status()).toBe(404);
    await expect(kotaPage.getByText("Kompetisi Inovasi Daerah")).toHaveCount(0);
    // The action, replayed with the city admin's session: refused as not found.
    const replay = await kotaPage.request.post(request.url(), {
      headers: {
        "next-action": request.headers()["next-action"]!,
        "content-type": request.headers()["content-type"]!,
        accept: "text/x-component",
      },
      data: request
        .postDataBuffer()!
        .toString("utf8")
        .replace(/Kompetisi Inovasi Daerah/g, "Diambil Alih"),
    });
    expect(await replay.text()).toContain("Data tidak ditemukan atau di luar kewenangan Anda.");
    await kabPage.goto("/admin/kompetisi");
    await expect(kabPage.getByText("Diambil Alih")).toHaveCount(0);
    await kab.close();
    await kota.close();
  });

  test("the city sends a published winner to the province's competition, which shows where it came from", async ({
    browser,
  }) => {
    const kota = await browser.newContext();
    const kotaPage = await kota.newPage();
    await loginAs(kotaPage, KOTA_ADMIN, /\/admin$/);
    const href = await competitionHref(kotaPage, /^Lomba Inovasi Kota Harapan Baru/);
    await kotaPage.goto(`${href}/publikasi`);
    const section = kotaPage.getByRole("region", { name: "Kirim pemenang ke kompetisi provinsi" });
    // The seed sent the first winner already; send one that has not gone yet.
    const unsent = section
      .getByTestId("nominee")
      .filter({ hasNot: kotaPage.getByText(/^Sudah dikirim ke/) })
      .first();
    const title = (await unsent.locator("span.font-medium").textContent())!
      .replace(/\s*\([A-Z-]+\)\s*$/, "")
      .trim();
    await unsent
      .getByLabel("Kompetisi provinsi")
      .selectOption({ label: `Kompetisi Inovasi Provinsi Jawa Tengah ${new Date().getFullYear()} — Umum` });
    await unsent.getByRole("button", { name: "Kirim" }).click();
    await expect(kotaPage.getByText("Pemenang dikirim ke kompetisi provinsi.")).toBeVisible();
    await kotaPage.reload();
    await expect(
      section
        .getByTestId("nominee")
        .filter({ hasText: title })
        .getByText(/^Sudah dikirim ke Kompetisi Inovasi Provinsi/),
    ).toBeVisible();
    await kota.close();

    const hub = await browser.newContext();
    const hubPage = await hub.newPage();
    await loginAs(hubPage, HUB, /\/admin$/);
    const provinceHref = await competitionHref(hubPage, /^Kompetisi Inovasi Provinsi Jawa Tengah/);
    await hubPage.goto(`${provinceHref}/peserta`);
    const entry = hubPage.locator("li").filter({ hasText: title });
    await expect(entry.getByTestId("entry-lineage")).toHaveText(
      /^Pemenang Lomba Inovasi Kota Harapan Baru \d{4} \(Kota Harapan Baru\)$/,
    );
    await hub.close();
  });

  test("the hub adds a kabupaten under its province and the kabupaten's first secretariat account", async ({
    page,
  }) => {
    const code = String(9000 + Math.floor(Math.random() * 900));
    const name = `Kabupaten Uji ${code}`;
    await loginAs(page, HUB, /\/admin$/);
    await page.goto("/hub");
    const regionForm = page.getByRole("form", { name: "Tambah kabupaten/kota" });
    await regionForm.getByLabel("Kode wilayah Kemendagri").fill("12345");
    await regionForm.getByRole("button", { name: "Tambah kabupaten/kota" }).click();
    // Refused with the field named, nothing added.
    await expect(regionForm.getByText(/^Kode wilayah berupa 2 digit/)).toBeVisible();
    await regionForm.getByLabel("Nama daerah").fill(name);
    await regionForm.getByLabel("Kode wilayah Kemendagri").fill(code);
    await regionForm.getByRole("button", { name: "Tambah kabupaten/kota" }).click();
    await expect(page.getByText(`${name} ditambahkan ke hub.`)).toBeVisible();
    await page.reload();
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("Daerah ini belum memiliki akun sekretariat.")).toBeVisible();

    const adminForm = page.getByRole("form", { name: "Tambah admin sekretariat" });
    await adminForm.getByLabel("Nama").fill("Sekretariat Kabupaten Uji");
    await adminForm.getByLabel("Surel").fill(`admin.${code}@inovasi.test`);
    await adminForm.getByRole("button", { name: "Tambah admin sekretariat" }).click();
    await expect(page.getByText("Akun Sekretariat Kabupaten Uji dibuat")).toBeVisible();
    await expect(page.getByTestId("setup-link")).toHaveValue(/\/setel-sandi\/.{20,}/);
    await page.reload();
    await expect(page.getByRole("cell", { name: `admin.${code}@inovasi.test` })).toBeVisible();
    await expect(page.getByText("belum menyetel sandi")).toBeVisible();
  });
});
