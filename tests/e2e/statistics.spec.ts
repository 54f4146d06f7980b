import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const CHARTS = [
  "Inovasi per tahun",
  "Inovasi per urusan pemerintahan",
  "Inovasi per perangkat daerah",
  "Inovasi digital dan non-digital",
  "Inovasi menurut tahapan",
  "Cakupan Tujuan Pembangunan Berkelanjutan (SDG)",
  "Kepatuhan Satu OPD Satu Inovasi",
  "Partisipasi dan pemenang kompetisi",
];

const figure = (page: Page, title: string) =>
  page.locator("figure").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });

test.describe("a citizen reads the region's innovation statistics", () => {
  test("every chart is drawn, and its table alternative holds the figures", async ({ page }) => {
    await page.goto("/statistik");
    await expect(page.getByRole("heading", { level: 1, name: "Statistik Inovasi Daerah" })).toBeVisible();
    await expect(
      page.getByRole("main").getByText(/Angka inovasi daerah Kabupaten Lestari Jaya/),
    ).toBeVisible();
    for (const title of CHARTS) {
      const fig = figure(page, title);
      await expect(fig).toHaveCount(1);
      // The chart library's SVG, hidden from screen readers (the table speaks for it).
      await expect(fig.locator("[data-chart][aria-hidden='true'] svg").first()).toBeVisible({
        timeout: 60_000,
      });
      await fig.getByText(`Tabel data: ${title}`).click();
      await expect(fig.getByRole("table", { name: title })).toBeVisible();
      expect(await fig.getByRole("table").locator("tbody tr").count()).toBeGreaterThan(0);
    }
    // The demo's proposal-only competition has its eight screened entries as participants.
    const competitions = figure(page, "Partisipasi dan pemenang kompetisi").getByRole("table");
    await expect(competitions.getByRole("row", { name: /Lomba Inovasi Pelayanan Publik/ })).toContainText(
      "8",
    );
  });

  test("a chart's data downloads as CSV with its header row", async ({ page }) => {
    await page.goto("/statistik");
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Unduh data Inovasi per tahun (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^statistik-tahun-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("\uFEFFTahun,Jumlah inovasi");
    expect(lines[1]).toMatch(/^\d{4},\d+$/);

    const sdg = await page.request.get("/statistik/sdg/csv");
    expect(sdg.headers()["content-type"]).toContain("text/csv");
    expect((await sdg.text()).split("\r\n")[0]).toBe("\uFEFFTujuan SDG,Nama tujuan,Jumlah inovasi");
    expect((await page.request.get("/statistik/rahasia/csv")).status()).toBe(404);
  });

  test("axe finds no serious accessibility problems on the public pages", async ({ page }) => {
    for (const path of ["/", "/statistik"]) {
      await page.goto(path);
      if (path === "/statistik") {
        await expect(page.locator("[data-chart] svg").first()).toBeVisible({ timeout: 60_000 });
        for (const summary of await page.locator("details summary").all()) await summary.click();
      }
      const a11y = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      const serious = a11y.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
  });

  test("on a 390 px phone the page fits without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/statistik");
    await expect(page.locator("[data-chart] svg").first()).toBeVisible({ timeout: 60_000 });
    for (const summary of await page.locator("details summary").all()) await summary.click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
