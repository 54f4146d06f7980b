import { expect, test } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

test.describe("the navigation on a phone (390 px)", () => {
  test("the secretariat's links sit behind a menu button that opens, navigates and closes with Escape", async ({
    page,
  }) => {
    await loginAs(page, DEMO.admin, /\/admin$/);
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    const button = nav.getByRole("button", { name: "Menu" });
    const impor = nav.getByRole("link", { name: "Impor", exact: true });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(impor).toBeHidden();

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    // Focus moves into the menu, to its first link.
    await expect(nav.getByRole("link", { name: "Beranda" })).toBeFocused();
    await impor.click();
    await expect(page).toHaveURL(/\/admin\/impor$/);
    await expect(page.getByRole("heading", { level: 1, name: "Impor OPD dan Akun" })).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(impor).toBeHidden();

    // Keyboard: Enter opens, Escape closes and gives focus back to the button.
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "Kepatuhan" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(nav.getByRole("link", { name: "Kepatuhan" })).toBeHidden();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
