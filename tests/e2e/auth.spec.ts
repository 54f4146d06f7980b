import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, login, loginAs, newOperator, setPassword } from "./fixtures";

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
    // Behind the portal's proxy: the lock is per account and address.
    await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.41" });
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

  test("a copied session cookie stops working once its owner signs out", async ({ page, browser }) => {
    await loginAs(page, DEMO.head, /\/opd$/);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/$/);

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const thief = await replay.newPage();
    await thief.goto("/opd");
    await expect(thief).toHaveURL(/\/masuk$/);
    // What the cached catalogue's header and bell ask: a visitor's answers.
    expect(await (await thief.request.get("/api/auth/session")).json()).toEqual({});
    expect((await thief.request.get("/api/notifikasi/belum-dibaca")).status()).toBe(401);
    await replay.close();
  });

  test("a new password ends the account's sessions in other browsers", async ({ browser }) => {
    const { email, password, admin } = await newOperator(browser);
    const laptopContext = await browser.newContext();
    const laptop = await laptopContext.newPage();
    await login(laptop, email, password);
    await expect(laptop).toHaveURL(/\/opd$/);

    await admin.goto(`/admin/pengguna?q=${encodeURIComponent(email)}`);
    const row = admin.getByTestId(`user-${email}`);
    await row.getByRole("button", { name: "Atur ulang kata sandi" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Atur ulang kata sandi" }).click();
    await setPassword(browser, await row.getByTestId("setup-link").inputValue(), "SesiLebihBaru2026");

    await laptop.goto("/opd");
    await expect(laptop).toHaveURL(/\/masuk$/);
    await login(laptop, email, "SesiLebihBaru2026");
    await expect(laptop).toHaveURL(/\/opd$/);
    await laptopContext.close();
    await admin.context().close();
  });

  test("an operator signs out on every device from her account page", async ({ browser }) => {
    const { email, password, admin } = await newOperator(browser);
    await admin.context().close();
    const phoneContext = await browser.newContext();
    const phone = await phoneContext.newPage();
    await login(phone, email, password);
    await expect(phone).toHaveURL(/\/opd$/);
    const laptopContext = await browser.newContext();
    const laptop = await laptopContext.newPage();
    await login(laptop, email, password);
    await expect(laptop).toHaveURL(/\/opd$/);

    await laptop.getByTestId("current-user").click();
    await expect(laptop).toHaveURL(/\/akun$/);
    await expect(laptop.getByRole("heading", { name: "Perangkat yang sedang masuk (2)" })).toBeVisible();
    await expect(laptop.getByTestId("live-sessions").getByText("(perangkat ini)")).toHaveCount(1);
    await laptop.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
    await laptop.getByRole("dialog").getByRole("button", { name: "Keluar dari semua perangkat" }).click();
    await expect(laptop).toHaveURL(/\/masuk\?keluar=semua$/);
    await expect(
      laptop.getByText("Anda telah keluar dari semua perangkat. Silakan masuk lagi."),
    ).toBeVisible();

    await phone.goto("/opd");
    await expect(phone).toHaveURL(/\/masuk$/);
    await laptop.goto("/opd");
    await expect(laptop).toHaveURL(/\/masuk$/);
    await phoneContext.close();
    await laptopContext.close();
  });

  test("the interface switches to English and back", async ({ page }) => {
    await page.goto("/masuk");
    await page.getByLabel("Bahasa").selectOption("en");
    await expect(page.getByRole("heading", { name: "Sign in to the portal" })).toBeVisible();
    await page.getByLabel("Language").selectOption("id");
    await expect(page.getByRole("heading", { name: "Masuk ke portal" })).toBeVisible();
  });
});

test.describe("signing in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts: the password never appears in an address, errors show, a correct one opens the dashboard", async ({
    page,
  }) => {
    const addresses: string[] = [];
    page.on("request", (r) => addresses.push(r.url()));
    await page.goto("/masuk");
    const form = page.locator("form").filter({ has: page.getByLabel("Kata sandi") });
    await expect(form).toHaveAttribute("method", /^post$/i);

    await login(page, DEMO.evaluator, "salah-tanpa-skrip-123");
    const message = "Email/NIP atau kata sandi salah, atau akun tidak aktif.";
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();

    await login(page, DEMO.evaluator, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/penilai$/);
    for (const address of addresses) {
      for (const secret of ["salah-tanpa-skrip-123", DEMO_PASSWORD]) {
        expect(address).not.toContain(secret);
        expect(address).not.toContain(encodeURIComponent(secret));
      }
    }
  });
});
