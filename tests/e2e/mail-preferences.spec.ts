import { expect, test } from "@playwright/test";
import { login, newOperator } from "./fixtures";

test("a user switches off the innovation e-mails on the account page, and the choice stays", async ({
  browser,
}) => {
  // An account of its own, so the demo accounts keep their settings.
  const { email, password } = await newOperator(browser);
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, password);
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
  await context.close();
});
