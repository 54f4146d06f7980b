import { expect, test, type Page } from "@playwright/test";
import { login, newOperator } from "./fixtures";

// An operator account of its own (made through the secretariat's screens), so the drafts written here never show
// up in the demo OPDs' lists that other stories read.

const nav = (page: Page) => page.getByRole("navigation", { name: "Bagian formulir" });

async function saved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/Tersimpan pukul \d{2}[.:]\d{2}/);
}

test.describe.configure({ mode: "serial", timeout: 150_000, retries: 0 });

test("rupiah as typed, section states as the operator types, and a submit check that leads to each problem", async ({
  browser,
}) => {
  const { email, password, admin } = await newOperator(browser);
  await admin.close();
  const page = await (await browser.newContext()).newPage();
  await login(page, email, password);
  await expect(page).toHaveURL(/\/opd$/);
  await page.goto("/inovasi/baru");
  await page.getByLabel("Judul inovasi").fill("Bank Sampah Digital Kelurahan");
  await page.getByRole("button", { name: "Buat draf" }).click();
  await expect(page).toHaveURL(/\/inovasi\/[^/]+\/ubah$/);
  const editor = page.url();

  // The amount is typed the Indonesian way and shown back formatted when the field is left.
  await nav(page)
    .getByRole("button", { name: /Sumber Daya dan Anggaran/ })
    .click();
  const budget = page.locator("#editor-section").getByLabel("Anggaran (Rp)");
  await budget.fill("150.000.000");
  await budget.press("Tab");
  await expect(budget).toHaveValue("Rp150.000.000");
  await saved(page);
  // An ambiguous amount is refused by the server with a clear message.
  await budget.fill("150,000,000");
  await budget.press("Tab");
  await expect(page.locator("#editor-section")).toContainText("Nominal ini dapat dibaca dua cara");
  await budget.fill("Rp 150.000.000");
  await budget.press("Tab");
  await expect(budget).toHaveValue("Rp150.000.000");
  await saved(page);
  // What the server holds, not this browser's copy.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await nav(page)
    .getByRole("button", { name: /Sumber Daya dan Anggaran/ })
    .click();
  await expect(page.locator("#editor-section").getByLabel("Anggaran (Rp)")).toHaveValue("Rp150.000.000");

  // The section list shows which sections still miss a required field, and follows the typing.
  const kebaruan = nav(page).getByRole("button", { name: /Kebaruan dan Keunikan/ });
  await expect(kebaruan).toContainText("Isian wajib kosong");
  await expect(kebaruan).toHaveAttribute("data-state", "missing");
  await expect(nav(page).getByRole("button", { name: /Sumber Daya dan Anggaran/ })).toContainText("Lengkap");

  // Submitting lists every problem, each a link into the editor that puts the cursor in the field.
  await page.goto(editor.replace(/\/ubah$/, ""));
  await page.getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
  const problems = page.getByTestId("submit-errors");
  for (const section of [
    "Identitas dan Klasifikasi Inovasi",
    "Kebaruan dan Keunikan",
    "Tujuan TPB/SDGs",
    "Hasil dan Manfaat",
  ])
    await expect(problems).toContainText(section);
  await problems.getByRole("link", { name: /Kebaruan dan keunikan/ }).click();
  await expect(page).toHaveURL(/\/ubah#f-novelty$/);
  const novelty = page.locator("#f-novelty");
  await expect(novelty).toBeFocused();
  await expect(page.locator("#editor-section-title")).toContainText("Kebaruan dan Keunikan");
  await page.keyboard.type("Bank sampah pertama yang mencatat setoran warga lewat aplikasi kelurahan.");
  await expect(nav(page).getByRole("button", { name: /Kebaruan dan Keunikan/ })).toHaveAttribute(
    "data-state",
    "complete",
  );
  await saved(page);
});
