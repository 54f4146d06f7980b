import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";

// The public side of the demo's hub: Provinsi Jawa Tengah with Kabupaten Lestari Jaya (the portal's region) and Kota
// Harapan Baru under it (prisma/demo-hub.ts), as a visitor without an account reads it.

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The figure "Inovasi publik" of a region's page. */
const publicFigure = async (page: Page) =>
  Number(
    await page
      .locator("dl > div")
      .filter({ hasText: "Inovasi publik" })
      .first()
      .locator("dd")
      .first()
      .innerText(),
  );

test.describe("a visitor reads the regions of the hub", () => {
  test("goes from the directory to both regions under the province, an OPD's page, and back", async ({
    page,
  }) => {
    await page.goto("/daerah");
    await expect(page.getByRole("heading", { level: 1, name: "Daerah" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Provinsi Jawa Tengah" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Kota Harapan Baru: its hub, its figures, its published winners and its OPDs.
    await main.getByRole("link", { name: "Kota Harapan Baru" }).click();
    await expect(page).toHaveURL(/\/daerah\/3398$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kota Harapan Baru" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Provinsi Jawa Tengah" })).toBeVisible();
    expect(await publicFigure(page)).toBeGreaterThan(0);
    const results = page.getByRole("link", { name: /^Hasil Lomba Inovasi Kota Harapan Baru/ });
    await expect(results).toHaveAttribute("href", /^\/kompetisi\/[^/]+\/hasil$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Dinas Kesehatan Kota" }).click();
    await expect(page).toHaveURL(/\/daerah\/3398\/opd\/DINKES$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dinas Kesehatan Kota" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Inovasi publik" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Tahun memenuhi Satu OPD Satu Inovasi" }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Up to the province, which lists the regions under it, and down to the kabupaten.
    await page.getByRole("link", { name: "Kembali ke Kota Harapan Baru" }).click();
    await page.getByRole("link", { name: "Provinsi Jawa Tengah" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Provinsi Jawa Tengah" })).toBeVisible();
    const under = page.getByRole("region", { name: "Kabupaten/kota di bawahnya" });
    // The demo's two (the hub's own story may add a kabupaten of its own beside them).
    await expect(under.getByRole("link", { name: "Kabupaten Lestari Jaya" })).toBeVisible();
    await expect(under.getByRole("link", { name: "Kota Harapan Baru" })).toBeVisible();
    await under.getByRole("link", { name: "Kabupaten Lestari Jaya" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kabupaten Lestari Jaya" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Provinsi Jawa Tengah" })).toBeVisible();
  });

  test("an unknown region or OPD is a 404 page", async ({ page }) => {
    expect((await page.goto("/daerah/9999"))?.status()).toBe(404);
    expect((await page.goto("/daerah/3398/opd/TIDAK-ADA"))?.status()).toBe(404);
    expect((await page.goto("/statistik?daerah=9999"))?.status()).toBe(404);
  });

  test("filters the catalogue by region, from the region's page and with the facet", async ({ page }) => {
    await page.goto("/daerah/3398");
    const total = await publicFigure(page);
    await page.getByRole("link", { name: /di katalog$/ }).click();
    await expect(page).toHaveURL(/\/katalog\/cari\/daerah=3398$/);
    await expect(page.getByTestId("catalog-count")).toHaveText(`${total} inovasi`);
    await expect(page.getByRole("list", { name: "Saringan aktif" })).toContainText("Kota Harapan Baru");

    // The search box keeps the region.
    await page.getByLabel("Kata pencarian").fill("layanan");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await expect(page).toHaveURL(/daerah=3398/);
    await expect(page).toHaveURL(/q=layanan/);

    // The facet: its count is what the result count becomes.
    await page.goto("/katalog");
    await page.locator('[data-facet="daerah"] summary').click();
    const label = page.locator('[data-facet="daerah"] label').filter({ hasText: "Kabupaten Lestari Jaya" });
    const count = Number(await label.locator("span.facet-count").innerText());
    await page.getByRole("checkbox", { name: /^Kabupaten Lestari Jaya/ }).check();
    await expect(page).toHaveURL(/daerah=3399/);
    await expect(page.getByTestId("catalog-count")).toHaveText(`${count} inovasi`);
  });

  test("chooses the region of the statistics and of the competition list", async ({ page }) => {
    await page.goto("/statistik");
    await expect(page.getByText(/Angka inovasi daerah Kabupaten Lestari Jaya/)).toBeVisible();
    await page.getByLabel("Daerah", { exact: true }).selectOption("3398");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(/\/statistik\?daerah=3398$/);
    await expect(page.getByText(/Angka inovasi daerah Kota Harapan Baru/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Unduh data Inovasi per tahun (CSV)" })).toHaveAttribute(
      "href",
      "/statistik/tahun/csv?daerah=3398",
    );

    await page.goto("/kompetisi");
    await expect(page.getByRole("link", { name: /^Lomba Inovasi Pelayanan Publik/ }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /^Lomba Inovasi Kota Harapan Baru/ })).toHaveCount(0);
    await page.goto("/kompetisi?daerah=3398");
    await expect(page.getByRole("link", { name: /^Lomba Inovasi Kota Harapan Baru/ }).first()).toBeVisible();
    await expect(page.getByText("Daerah penyelenggara: Kota Harapan Baru").first()).toBeVisible();
    await expect(page.getByRole("link", { name: /^Lomba Inovasi Pelayanan Publik/ })).toHaveCount(0);
  });

  test("fits a 390 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [
      "/daerah",
      "/daerah/3398",
      "/daerah/33",
      "/daerah/3398/opd/DINKES",
      "/statistik?daerah=3398",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
  });
});
