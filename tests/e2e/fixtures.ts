import { expect, type Page } from "@playwright/test";

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
