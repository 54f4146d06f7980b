import { expect, test } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

test("the home page names the region, shows its figures, and searches the catalogue", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("home-region")).toContainText("Kabupaten Lestari Jaya");
  await expect(page.getByTestId("home-figures")).toContainText("Inovasi di katalog");
  await expect(page.getByTestId("home-figures")).toContainText(`Kepatuhan OPD ${new Date().getFullYear()}`);
  await expect(page.getByRole("heading", { name: "Inovasi terbaru" })).toBeVisible();
  // The secretariat's contacts in the footer.
  await expect(page.getByTestId("site-footer")).toContainText("Jl. Pemuda No. 1");

  await page.getByRole("searchbox", { name: "Cari inovasi daerah" }).fill("bank sampah");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/\/katalog/);
  await expect(
    page.getByTestId("catalog-results").getByRole("link", { name: "Bank Sampah Digital" }),
  ).toBeVisible();
});

test("the help page is reachable from the header and follows the running competition's stages", async ({
  page,
}) => {
  await page.goto("/");
  // At desktop width the links are in the header itself, with no menu button.
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  await expect(nav.getByRole("button", { name: "Menu" })).toBeHidden();
  await nav.getByRole("link", { name: "Bantuan" }).click();
  await expect(page).toHaveURL(/\/bantuan$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bantuan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Program Satu OPD Satu Inovasi" })).toBeVisible();
  // The demo region has running competitions: the timeline shows one's stages with their dates.
  const timeline = page.getByTestId("help-timeline");
  await expect(timeline).toContainText(/Tahapan .+:/);
  await expect(timeline).toContainText("Pendaftaran");
  await page.getByText("Saya lupa kata sandi.").click();
  await expect(page.getByText(/Pilih Lupa kata sandi di halaman masuk/)).toBeVisible();
  // Also from the footer, and for a signed-in secretariat the header lists Impor.
  await expect(
    page.getByTestId("site-footer").getByRole("link", { name: "Bantuan dan pertanyaan umum" }),
  ).toHaveAttribute("href", "/bantuan");
  await loginAs(page, DEMO.admin, /\/admin$/);
  await expect(nav.getByRole("link", { name: "Impor", exact: true })).toHaveAttribute("href", "/admin/impor");
});
