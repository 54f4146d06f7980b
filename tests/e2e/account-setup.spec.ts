import { expect, test } from "@playwright/test";
import { DEMO, login, loginAs, newOperator } from "./fixtures";

test("the secretariat creates an account and the new user sets a password through the link and signs in", async ({
  browser,
}) => {
  const email = `operator.dlh.${Date.now()}@inovasi.test`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAs(admin, DEMO.admin, /\/admin$/);
  await admin.goto("/admin/pengguna");
  const form = admin.locator("form").filter({ has: admin.getByRole("heading", { name: "Buat akun" }) });

  // Every problem is reported at once, beside its field.
  await form.getByLabel("Peran").selectOption("OPD_OPERATOR");
  await form.getByRole("button", { name: "Buat akun" }).click();
  await expect(form.getByText("Terlalu pendek.")).toBeVisible();
  await expect(form.getByText("Format email tidak valid.")).toBeVisible();

  await form.getByLabel("Nama lengkap").fill("Operator Lingkungan Hidup");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("OPD").selectOption({ label: "Dinas Lingkungan Hidup" });
  await form.getByRole("button", { name: "Buat akun" }).click();
  const link = await form.getByTestId("setup-link").inputValue();
  expect(link).toMatch(/\/setel-sandi\/[A-Za-z0-9_-]{43}$/);

  // The new user opens the link in their own browser.
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await user.goto(new URL(link).pathname);
  await expect(user.getByText(`buat kata sandi untuk akun ${email}`)).toBeVisible();
  await user.getByLabel("Kata sandi baru").fill("LingkunganHijau2026");
  await user.getByLabel("Ulangi kata sandi").fill("LingkunganHijau2027");
  await user.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(user.getByText("Kedua kata sandi tidak sama.")).toBeVisible();
  await user.getByLabel("Ulangi kata sandi").fill("LingkunganHijau2026");
  await user.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(user.getByText("Kata sandi tersimpan. Silakan masuk.")).toBeVisible();

  await login(user, email, "LingkunganHijau2026");
  await expect(user).toHaveURL(/\/opd$/);
  await expect(user.getByRole("heading", { name: "Dasbor Dinas Lingkungan Hidup" })).toBeVisible();

  // The link works only once.
  await user.goto(new URL(link).pathname);
  await expect(user.getByText(/Tautan tidak berlaku/)).toBeVisible();

  // The audit log shows the creation and the password being set, in words.
  await admin.goto(`/admin/audit?action=user.`);
  await expect(admin.getByRole("cell", { name: "Akun dibuat" }).first()).toBeVisible();
  await expect(admin.getByRole("cell", { name: "Kata sandi ditetapkan" }).first()).toBeVisible();

  await adminContext.close();
  await userContext.close();
});

test("a deactivated account loses access on its next request", async ({ browser }) => {
  // An account of its own: a deactivation ends every session of the account, for good.
  const { email, password, admin } = await newOperator(browser);
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await login(user, email, password);
  await expect(user).toHaveURL(/\/opd$/);

  await admin.goto(`/admin/pengguna?q=${encodeURIComponent(email)}`);
  const row = admin.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: "Nonaktifkan" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(row.getByText("Akun dinonaktifkan.")).toBeVisible();

  await user.goto("/opd");
  await expect(user).toHaveURL(/\/masuk$/);

  // Reactivated, the account signs in again; the old session stays ended.
  await admin.reload();
  await row.getByRole("button", { name: "Aktifkan" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Aktifkan" }).click();
  await expect(row.getByText("Akun diaktifkan.")).toBeVisible();
  await login(user, email, password);
  await expect(user).toHaveURL(/\/opd$/);
  await admin.context().close();
  await userContext.close();
});
