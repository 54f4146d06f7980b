import { expect, test } from "@playwright/test";
import { DEMO, login, loginAs } from "./fixtures";

test.describe("signing in", () => {
  const roles = [
    { who: "the secretariat", email: DEMO.admin, path: /\/admin$/, heading: "Dasbor Sekretariat" },
    { who: "an evaluator", email: DEMO.evaluator, path: /\/penilai$/, heading: "Dasbor Penilai" },
    { who: "the head of an OPD", email: DEMO.head, path: /\/opd$/, heading: "Dasbor Dinas Kesehatan" },
    { who: "an OPD operator", email: DEMO.operator, path: /\/opd$/, heading: "Dasbor Dinas Kesehatan" },
  ];
  for (const r of roles) {
    test(`${r.who} signs in and lands on their own dashboard`, async ({ page }) => {
      await loginAs(page, r.email, r.path);
      await expect(page.getByRole("heading", { level: 1, name: r.heading })).toBeVisible();
      await expect(page.getByTestId("current-user")).toBeAttached();
    });
  }

  test("an OPD head can sign in with their NIP instead of the email", async ({ page }) => {
    await loginAs(page, "197505052000031002", /\/opd$/);
  });

  test("a wrong password is refused without saying whether the account exists", async ({ page }) => {
    await login(page, DEMO.evaluator, "salah-sekali-123");
    const message = "Email/NIP atau kata sandi salah, atau akun tidak aktif.";
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(page).toHaveURL(/\/masuk/);
    await page.reload();
    await login(page, "tidak.ada@inovasi.test", "salah-sekali-123");
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  });

  test("repeated wrong passwords for one account are throttled with a clear message", async ({ page }) => {
    for (let i = 0; i < 5; i++) {
      await login(page, "belum.terdaftar@inovasi.test", `salah-${i}-xyz`);
      await expect(page.getByRole("alert").filter({ hasText: "kata sandi salah" })).toBeVisible();
    }
    await login(page, "belum.terdaftar@inovasi.test", "salah-lagi-xyz");
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "Terlalu banyak percobaan masuk. Tunggu beberapa menit lalu coba lagi." }),
    ).toBeVisible();
  });

  test("a visitor who opens a dashboard is sent to the login page", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/masuk$/);
  });

  test("signing out ends the session, from a dashboard and from a cached catalogue page", async ({
    page,
  }) => {
    await loginAs(page, DEMO.operator, /\/opd$/);
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
    await expect(page.getByTestId("current-user")).toHaveCount(0);
    await page.goto("/opd");
    await expect(page).toHaveURL(/\/masuk$/);

    // The cached catalogue's header learns the session in the browser; its button signs out all the same.
    await loginAs(page, DEMO.operator, /\/opd$/);
    await page.goto("/katalog/cari/q=layanan");
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/opd");
    await expect(page).toHaveURL(/\/masuk$/);
  });

  test("the interface switches to English and back", async ({ page }) => {
    await page.goto("/masuk");
    await page.getByLabel("Bahasa").selectOption("en");
    await expect(page.getByRole("heading", { name: "Sign in to the portal" })).toBeVisible();
    await page.getByLabel("Language").selectOption("id");
    await expect(page.getByRole("heading", { name: "Masuk ke portal" })).toBeVisible();
  });
});
