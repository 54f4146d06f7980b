import { expect, test } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

test.describe("on a phone (390 px)", () => {
  test("the home page and the admin's account list fit the screen without sideways scrolling of the page", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await loginAs(page, DEMO.admin, /\/admin$/);
    await page.goto("/admin/pengguna");
    await expect(page.getByRole("heading", { name: "Akun Pengguna" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test("the OPD list, an OPD's and an account's edit pages and the import page fit the screen", async ({
    page,
  }) => {
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await loginAs(page, DEMO.admin, /\/admin$/);
    await page.goto("/admin/opd");
    await expect(page.getByRole("heading", { name: "Perangkat Daerah" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByTestId("opd-DINKES").getByRole("link", { name: "Ubah: DINKES" }).click();
    await expect(page.getByRole("heading", { name: "Ubah OPD Dinas Kesehatan" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`/admin/pengguna?q=${encodeURIComponent(DEMO.operator)}`);
    await page
      .getByTestId(`user-${DEMO.operator}`)
      .getByRole("link", { name: /^Ubah: / })
      .click();
    await expect(page.getByRole("heading", { name: /^Ubah akun / })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto("/admin/impor");
    await expect(page.getByRole("heading", { name: "Impor OPD dan Akun" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test.describe("the innovation form on a phone (390 px)", () => {
  test("fits the screen and its sections can be reached", async ({ page }) => {
    await loginAs(page, DEMO.operator, /\/opd$/);
    await page.goto("/opd/inovasi");
    await page.getByRole("link", { name: "Posyandu Remaja Sehat Jiwa" }).click();
    await page.getByRole("link", { name: "Lanjutkan mengisi" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Identitas dan Klasifikasi/ })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Bagian berikutnya" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Ringkasan Inovasi/ })).toBeVisible();
  });
});
