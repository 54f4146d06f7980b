import { expect, test } from "@playwright/test";
import { login, newOperator } from "./fixtures";

test("a user who forgot the password resets it through the mailed link", async ({ browser }) => {
  // An account of its own: resetting the password ends its sessions.
  const { email, password, admin } = await newOperator(browser);
  const userContext = await browser.newContext();
  const user = await userContext.newPage();

  // An unknown address gets exactly the same answer as a real one.
  await user.goto("/lupa-kata-sandi");
  await user.getByLabel("Email atau NIP").fill(`tidak.ada.${Date.now()}@inovasi.test`);
  await user.getByRole("button", { name: "Kirim tautan" }).click();
  const answer = user.getByText(/Jika akun dengan email atau NIP itu terdaftar dan aktif/);
  await expect(answer).toBeVisible();
  const unknownAnswer = await answer.textContent();

  await user.goto("/masuk");
  await user.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(user).toHaveURL(/\/lupa-kata-sandi$/);
  await user.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(user.getByText("Isi email atau NIP Anda.")).toBeVisible();
  await user.getByLabel("Email atau NIP").fill(email);
  await user.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(answer).toBeVisible();
  expect(await answer.textContent()).toBe(unknownAnswer);

  // The portal runs without a mail server here: the secretariat finds the mail in its outbox.
  const row = admin.getByRole("row").filter({ hasText: email }).filter({ hasText: "Atur ulang kata sandi" });
  await expect(async () => {
    await admin.goto("/admin/surat?status=OUTBOX");
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole("link", { name: "Atur ulang kata sandi portal Inovasi Daerah" }).click();
  await expect(
    admin.getByRole("heading", { name: "Atur ulang kata sandi portal Inovasi Daerah" }),
  ).toBeVisible();
  const text = (await admin.locator("pre").textContent()) ?? "";
  const link = /https?:\/\/\S+\/setel-sandi\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link).toBeTruthy();

  await user.goto(new URL(link!).pathname);
  await user.getByLabel("Kata sandi baru").fill("SandiPulih2026");
  await user.getByLabel("Ulangi kata sandi").fill("SandiPulih2026");
  await user.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(user.getByText("Kata sandi tersimpan. Silakan masuk.")).toBeVisible();

  // The old password no longer works, the new one does, and the link is spent.
  await login(user, email, password);
  await expect(user.getByText("Email/NIP atau kata sandi salah, atau akun tidak aktif.")).toBeVisible();
  await login(user, email, "SandiPulih2026");
  await expect(user).toHaveURL(/\/opd$/);
  await user.goto(new URL(link!).pathname);
  await expect(user.getByText(/Tautan tidak berlaku/)).toBeVisible();

  // Signed in, the user switches to English: the account's mail is in English from then on.
  await user.goto("/lupa-kata-sandi");
  await user.getByLabel("Bahasa").selectOption("en");
  await expect(user.getByRole("heading", { name: "Forgot password" })).toBeVisible();
  await user.getByLabel("E-mail or NIP").fill(email);
  await user.getByRole("button", { name: "Send link" }).click();
  await expect(user.getByText(/If an active account with that e-mail or NIP exists/)).toBeVisible();
  const english = admin.getByRole("row").filter({ hasText: email }).filter({ hasText: "Reset your" });
  await expect(async () => {
    await admin.goto("/admin/surat");
    await expect(english).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await userContext.close();
  await admin.context().close();
});
