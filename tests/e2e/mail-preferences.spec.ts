import { expect, test } from "@playwright/test";
import { unsubscribeToken } from "../../lib/mail/unsubscribe";
import { login, newOperator } from "./fixtures";

/** The secret scripts/e2e-server.ts gives the portal. */
const SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-secret-".padEnd(48, "x");

test("a user switches off the innovation e-mails on the account page, and the choice stays", async ({
  browser,
}) => {
  // An account of its own, so the demo accounts keep their settings.
  const { email, password } = await newOperator(browser);
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, password);
  await expect(page).toHaveURL(/\/opd$/);
  await page.goto("/akun");
  const section = page.getByRole("region", { name: "Pemberitahuan e-mail" });
  await expect(section).toBeVisible();
  const innovation = section.getByRole("checkbox", { name: /^Inovasi/ });
  const reminders = section.getByRole("checkbox", { name: /^Pengingat tenggat/ });
  await expect(innovation).toBeChecked();
  await expect(section.getByText(/penugasan penilaian selalu dikirim/)).toBeVisible();

  await innovation.uncheck();
  await section.getByRole("button", { name: "Simpan pengaturan surel" }).click();
  await expect(section.getByText("Pengaturan surel disimpan.")).toBeVisible();

  await page.reload();
  await expect(section.getByRole("checkbox", { name: /^Inovasi/ })).not.toBeChecked();
  await expect(reminders).toBeChecked();

  // Keyboard only: the box toggles with the space bar and the form saves from the keyboard.
  await innovation.focus();
  await page.keyboard.press("Space");
  await expect(innovation).toBeChecked();
  await section.getByRole("button", { name: "Simpan pengaturan surel" }).press("Enter");
  await expect(section.getByText("Pengaturan surel disimpan.")).toBeVisible();
  await page.reload();
  await expect(section.getByRole("checkbox", { name: /^Inovasi/ })).toBeChecked();

  // On a phone the section fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(section.getByRole("button", { name: "Simpan pengaturan surel" })).toBeInViewport({ ratio: 0 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await section.screenshot({ path: test.info().outputPath("akun-surel-390.png") });
  await context.close();
});

test("an unsubscribe link that does not verify changes nothing and says so", async ({ page }) => {
  await page.goto("/berhenti-langganan?t=YnVkaUB3YXJnYS5leGFtcGxl.AAAA");
  await expect(page.getByRole("heading", { name: "Berhenti menerima surel" })).toBeVisible();
  await expect(page.getByText(/Tautan berhenti langganan ini tidak sah/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ya, berhenti menerima surel" })).toHaveCount(0);
  const forged = await page.request.post("/api/berhenti-langganan?t=YnVkaUB3YXJnYS5leGFtcGxl.AAAA", {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(forged.status()).toBe(400);
});

test("a citizen's unsubscribe link asks first, then stops the mail", async ({ page }) => {
  const address = `warga.${Date.now()}@contoh.test`;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/berhenti-langganan?t=${encodeURIComponent(unsubscribeToken(address, SECRET))}`);
  await expect(page.getByText(`Alamat ${address} tidak akan lagi menerima surel`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("berhenti-langganan-390.png") });
  await page.getByRole("button", { name: "Ya, berhenti menerima surel" }).click();
  await expect(page).toHaveURL(/\/berhenti-langganan\?selesai=1$/);
  await expect(page.getByText(/Selesai\. Alamat ini tidak akan lagi menerima surel/)).toBeVisible();
});
