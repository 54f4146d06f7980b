// The admin publishes the final results of the demo competition; the public sees the winners with their labels and
// the snapshot hash, downloads the JSON (whose sha256 is that hash) and a certificate; the admin gets the minutes.
import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO, loginAs } from "./fixtures";

test.describe.configure({ mode: "serial" });

const COMPETITION = `Lomba Inovasi Pelayanan Publik ${new Date().getFullYear()}`;
let competitionPath = "";

async function pdfText(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

test("an OPD operator cannot open the admin publication page", async ({ page }) => {
  await page.goto("/kompetisi");
  await page.getByRole("link", { name: COMPETITION, exact: true }).click();
  await expect(page).toHaveURL(/\/kompetisi\/[^/]+$/);
  competitionPath = new URL(page.url()).pathname;
  const id = competitionPath.split("/").pop()!;

  await loginAs(page, DEMO.operator, /\/opd/);
  await page.goto(`/admin/kompetisi/${id}/publikasi`);
  await expect(page).toHaveURL(/\/terlarang/);
  const minutes = await page.request.get(`/admin/kompetisi/${id}/publikasi/berita-acara`);
  expect(minutes.status()).toBe(403);
});

test("before publication the results page says so and the JSON endpoint answers 404", async ({ page, request }) => {
  const id = competitionPath.split("/").pop()!;
  await page.goto(`${competitionPath}/hasil`);
  await expect(page.getByText("belum dipublikasikan")).toBeVisible();
  expect((await request.get(`/api/publik/kompetisi/${id}/hasil`)).status()).toBe(404);
});

test("the admin publishes the results; the public sees winners, labels and the hash, and can verify it", async ({ page, browser }) => {
  const id = competitionPath.split("/").pop()!;
  await loginAs(page, DEMO.admin, /\/admin/);
  await page.goto(`/admin/kompetisi/${id}/publikasi`);
  await expect(page.getByRole("heading", { name: "Kesiapan publikasi" })).toBeVisible();
  await expect(page.getByText("Masa sanggahan masih terbuka")).toBeVisible();

  // Without confirming that the objection window closes, the publication is refused.
  await page.getByRole("button", { name: "Publikasikan hasil" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publikasikan hasil" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Masa sanggahan masih terbuka" })).toBeVisible();

  await page.getByLabel("Saya mengerti bahwa publikasi ini menutup masa sanggahan.").check();
  await page.getByRole("button", { name: "Publikasikan hasil" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publikasikan hasil" }).click();
  await expect(page.getByRole("status").filter({ hasText: "publikasi nomor 1" })).toBeVisible();
  await page.reload();
  const adminHash = (await page.getByTestId("publication-hash").first().textContent())!.trim();
  expect(adminHash).toMatch(/^[0-9a-f]{64}$/);

  // The berita acara downloads for the admin and lists the ranking.
  const minutes = await page.request.get(`/admin/kompetisi/${id}/publikasi/berita-acara?nomor=1`);
  expect(minutes.status()).toBe(200);
  expect(minutes.headers()["content-type"]).toBe("application/pdf");
  const minutesText = await pdfText(await minutes.body());
  expect(minutesText).toContain(COMPETITION);
  expect(minutesText).toContain("Juara 1");
  expect(minutesText).toContain(adminHash);

  // A visitor, not signed in.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${competitionPath}/hasil`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(COMPETITION);
  const shownHash = (await visitor.getByTestId("content-hash").textContent())!.trim();
  expect(shownHash).toBe(adminHash);
  const winners = visitor.getByTestId("winner");
  await expect(winners.filter({ hasText: "Juara 1" })).toContainText("Puskesmas Tanpa Antre (PUSTAKA)");
  await expect(winners.filter({ hasText: "Terbaik Replikasi" })).toContainText("Layanan Adminduk Keliling Sekolah");
  await expect(winners).toHaveCount(5);
  await expect(visitor.getByRole("table")).toContainText("Bansos Tepat Sasaran");

  const json = await visitor.request.get(`/api/publik/kompetisi/${id}/hasil`);
  expect(json.status()).toBe(200);
  expect(createHash("sha256").update(await json.body()).digest("hex")).toBe(shownHash);
  expect(json.headers()["etag"]).toBe(`"${shownHash}"`);

  const certificateHref = await winners.filter({ hasText: "Juara 1" }).getByRole("link").getAttribute("href");
  const certificate = await visitor.request.get(certificateHref!);
  expect(certificate.status()).toBe(200);
  expect(certificate.headers()["content-type"]).toBe("application/pdf");
  const certificateText = await pdfText(await certificate.body());
  expect(certificateText).toContain("PIAGAM PENGHARGAAN");
  expect(certificateText).toContain("Puskesmas Tanpa Antre (PUSTAKA)");

  const a11y = await new AxeBuilder({ page: visitor }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(a11y.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // At 390 px the page does not scroll sideways; only the ranking table's own box does.
  await visitor.setViewportSize({ width: 390, height: 844 });
  await visitor.reload();
  await expect(visitor.getByTestId("content-hash")).toBeVisible();
  const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await visitorContext.close();
});
