import { type Browser, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Inovasi#2026";

export const DEMO = {
  admin: "admin@inovasi.test",
  evaluator: "penilai@inovasi.test",
  head: "kepala.dinkes@inovasi.test",
  operator: "operator.dinkes@inovasi.test",
} as const;

export async function login(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("Email atau NIP").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

export async function loginAs(page: Page, identifier: string, expectedPath: RegExp) {
  await login(page, identifier);
  await expect(page).toHaveURL(expectedPath);
}

/**
 * A new OPD operator with a password, made through the secretariat's screens (the admin's page stays open): for
 * stories that change or end an account's sessions, which must not touch the demo accounts other specs sign in with.
 */
export async function newOperator(
  browser: Browser,
  opd = "Dinas Lingkungan Hidup",
): Promise<{ email: string; password: string; admin: Page }> {
  const email = `operator.sesi.${Date.now()}.${Math.floor(Math.random() * 1e6)}@inovasi.test`;
  const password = "SesiBaru2026";
  const admin = await (await browser.newContext()).newPage();
  await loginAs(admin, DEMO.admin, /\/admin$/);
  await admin.goto("/admin/pengguna");
  const form = admin.locator("form").filter({ has: admin.getByRole("heading", { name: "Buat akun" }) });
  await form.getByLabel("Nama lengkap").fill("Operator Uji Sesi");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Peran").selectOption("OPD_OPERATOR");
  await form.getByLabel("OPD").selectOption({ label: opd });
  await form.getByRole("button", { name: "Buat akun" }).click();
  await setPassword(browser, await form.getByTestId("setup-link").inputValue(), password);
  return { email, password, admin };
}

/** Opens a setup or reset link in a browser of its own and sets the password. */
export async function setPassword(browser: Browser, link: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Kata sandi baru").fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(password);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi tersimpan. Silakan masuk.")).toBeVisible();
  await context.close();
}
