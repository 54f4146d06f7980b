import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

// The public objection window of the demo results competition: a visitor files an objection
// against a shortlisted entry, the secretariat dismisses it, and the public summary shows the
// outcome without the visitor's name or contact. Dismissing leaves the ranking unchanged.
test.describe.configure({ mode: "serial" });

const COMPETITION = `Lomba Inovasi Pelayanan Publik ${new Date().getFullYear()}`;
// DPMPTSP has no demo accounts, so no other story sees this entry's notifications.
const ENTRY = "Izin Usaha Mikro Sehari Jadi";
const VISITOR = { name: "Rina Kusumawati Uji", contact: "rina.uji.sanggah@example.id" };
const REASON =
  "Gerai keliling di pasar sudah dijalankan kecamatan sejak 2021, bukan inovasi baru dari OPD pengusul.";
const DECISION = "Gerai kecamatan adalah replikasi resmi dari inovasi OPD ini; tidak ada pelanggaran.";

let competitionId = "";
let reference = "";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function visitor(browser: Browser) {
  const context = await browser.newContext({ locale: "id-ID" });
  return { context, page: await context.newPage() };
}

test("the admin finds the competition", async ({ page }) => {
  await loginAs(page, DEMO.admin, /\/admin$/);
  await page.goto("/admin/kompetisi");
  await page.getByRole("link", { name: COMPETITION }).click();
  await expect(page).toHaveURL(/\/admin\/kompetisi\/[a-z0-9]+$/);
  competitionId = page.url().split("/").pop()!;
});

test("a visitor without an account files an objection against a shortlisted entry and gets a reference", async ({
  browser,
}) => {
  const { context, page } = await visitor(browser);
  await page.goto(`/kompetisi/${competitionId}/sanggahan`);
  await expect(page.getByRole("heading", { level: 1, name: `Sanggahan: ${COMPETITION}` })).toBeVisible();
  await expect(page.getByText("Masa sanggah sedang dibuka.")).toBeVisible();
  await expect(page.getByText(/^Masa sanggah: /)).toBeVisible();

  const a11y = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(
    a11y.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
  ).toEqual([]);

  await page.getByRole("link", { name: `Ajukan sanggahan terhadap ${ENTRY}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ajukan sanggahan" })).toBeVisible();
  await expect(page.getByText(new RegExp(`Terhadap: ${ENTRY}`))).toBeVisible();

  // Everything wrong at once is reported field by field, and what was typed stays.
  await page.getByLabel("Nama lengkap").fill(VISITOR.name);
  await page.getByLabel("Email atau nomor telepon").fill("bukan-kontak");
  await page.getByLabel("Alasan sanggahan").fill("Terlalu singkat.");
  await page.getByRole("button", { name: "Kirim sanggahan" }).click();
  await expect(page.getByText(/Isi alamat email atau nomor telepon Indonesia/)).toBeVisible();
  await expect(page.getByText(/Alasan minimal 30 karakter/)).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(VISITOR.name);

  await page.getByLabel("Email atau nomor telepon").fill(VISITOR.contact);
  await page.getByLabel("Alasan sanggahan").fill(REASON);
  await page.getByRole("button", { name: "Kirim sanggahan" }).click();
  await expect(page.getByText("Sanggahan Anda diterima.")).toBeVisible();
  const text = await page.getByTestId("objection-reference").innerText();
  reference = /SGH-[A-Z0-9]{6}/.exec(text)![0];

  // It is listed at once, pending, without the visitor's details.
  await page.goto(`/kompetisi/${competitionId}/sanggahan`);
  await expect(page.getByTestId(`objection-${reference}`)).toContainText("Menunggu keputusan");
  await context.close();
});

test("an OPD operator cannot open the admin objections page", async ({ page }) => {
  await loginAs(page, DEMO.operator, /\/opd$/);
  await page.goto(`/admin/kompetisi/${competitionId}/sanggahan`);
  await expect(page).toHaveURL(/\/terlarang$/);
  await expect(page.getByText(VISITOR.contact)).toHaveCount(0);
});

test("the admin sees the objection with the filer's details and dismisses it with a reason", async ({
  page,
}) => {
  await loginAs(page, DEMO.admin, /\/admin$/);
  await page.goto(`/admin/kompetisi/${competitionId}/sanggahan?status=SUBMITTED`);
  const card = page.getByTestId(`admin-objection-${reference}`);
  await expect(card).toContainText(VISITOR.name);
  await expect(card).toContainText(VISITOR.contact);
  await expect(card).toContainText(REASON);

  // A disqualification is refused without its confirmation; nothing is decided.
  await card.getByLabel("Kabulkan dan diskualifikasi entri").check();
  await card.getByLabel("Alasan keputusan (dipublikasikan)").fill(DECISION);
  await card.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(card.getByText("Centang konfirmasi untuk mendiskualifikasi entri ini.")).toBeVisible();

  await card.getByLabel("Tolak sanggahan").check();
  await card.getByRole("button", { name: "Simpan keputusan" }).click();
  // Decided, it is confirmed and shown in the list of dismissed objections.
  await expect(page).toHaveURL(/status=REJECTED/);
  await expect(page.getByText(`Keputusan atas sanggahan ${reference} disimpan.`)).toBeVisible();
  const decided = page.getByTestId(`admin-objection-${reference}`);
  await expect(decided).toContainText(DECISION);
  await expect(decided).toContainText("Ditolak");
  await expect(decided.getByRole("button", { name: "Simpan keputusan" })).toHaveCount(0);
});

test("the public summary shows the reference and the outcome, never the visitor's name or contact, and fits a phone", async ({
  browser,
}) => {
  const { context, page } = await visitor(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/kompetisi/${competitionId}/sanggahan`);
  const item = page.getByTestId(`objection-${reference}`);
  await expect(item).toContainText("Ditolak");
  await expect(item).toContainText(DECISION);
  await expect(item).toContainText(ENTRY);
  const html = await page.content();
  expect(html).not.toContain(VISITOR.name);
  expect(html).not.toContain(VISITOR.contact);
  expect(html).not.toContain(REASON);
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await page.getByRole("link", { name: `Ajukan sanggahan terhadap ${ENTRY}` }).click();
  await expect(page.getByRole("button", { name: "Kirim sanggahan" })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await context.close();
});
