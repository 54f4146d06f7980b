import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

// The secretariat keeps the region's profile; every page's header and footer show it. The story puts the demo
// profile back at the end; the new name keeps the demo name as its start, so other stories running meanwhile still
// find "Kabupaten Lestari Jaya".
const ORIGINAL = {
  name: "Kabupaten Lestari Jaya",
  phone: "(0298) 321456",
  email: "organisasi@lestarijayakab.go.id",
};

async function save(page: Page) {
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profil daerah tersimpan." })).toBeVisible();
}

test.describe("the secretariat edits the region's profile", () => {
  test("the header and footer show the new name and contact; a bad NIP gets the Indonesian message", async ({
    page,
  }) => {
    const name = `Kabupaten Lestari Jaya Sejahtera ${Date.now() % 100_000}`;
    await loginAs(page, DEMO.admin, /\/admin$/);
    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "Profil Daerah" })
      .click();
    await expect(page).toHaveURL(/\/admin\/daerah$/);
    await expect(page.getByRole("heading", { level: 1, name: "Profil Daerah" })).toBeVisible();
    await expect(page.getByLabel("Nama daerah")).toHaveValue(ORIGINAL.name);
    await expect(page.getByLabel("Nama Sekretaris Daerah")).toHaveValue("Ir. Sri Rahayu Lestari, M.M.");
    const axe = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations).toEqual([]);

    // A NIP as people write it that is not 18 digits: refused, with the message beside the field.
    const nip = page.getByLabel("NIP Sekretaris Daerah");
    await nip.fill("19700315 200003 2");
    await page.getByRole("button", { name: "Simpan profil" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Periksa kembali isian yang ditandai." }),
    ).toBeVisible();
    await expect(nip).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#secretaryNip-error")).toHaveText("NIP harus 18 digit angka.");

    // Written in groups it is accepted (kept as 18 digits, shown again in groups).
    await nip.fill("19700315 200003 2 001");
    await page.getByLabel("Nama daerah").fill(name);
    await page.getByLabel("Telepon").fill("(0298) 700800");
    await page.getByLabel("Email").fill("inovasi@lestarijayakab.go.id");
    await save(page);

    await page.goto("/");
    await expect(page.getByTestId("header-region")).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(name));
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText(name);
    await expect(footer).toContainText("Bagian Organisasi Sekretariat Daerah Kabupaten Lestari Jaya");
    await expect(footer.getByRole("link", { name: "(0298) 700800" })).toHaveAttribute(
      "href",
      "tel:0298700800",
    );
    await expect(footer.getByRole("link", { name: "inovasi@lestarijayakab.go.id" })).toBeVisible();
    await expect(page.getByTestId("home-region")).toContainText(name);

    // Back to the demo profile for every other story.
    await page.goto("/admin/daerah");
    await expect(page.getByLabel("NIP Sekretaris Daerah")).toHaveValue("19700315 200003 2 001");
    await page.getByLabel("Nama daerah").fill(ORIGINAL.name);
    await page.getByLabel("Telepon").fill(ORIGINAL.phone);
    await page.getByLabel("Email").fill(ORIGINAL.email);
    await save(page);
    await expect(page.getByTestId("header-region")).toHaveText(ORIGINAL.name);
  });

  test("a form opened before someone else saved is refused, not silently overwriting", async ({
    browser,
  }) => {
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    for (const p of [first, second]) {
      await loginAs(p, DEMO.admin, /\/admin$/);
      await p.goto("/admin/daerah");
    }
    await first.getByLabel("Faksimile").fill("(0298) 321458");
    await save(first);
    await second.getByLabel("Faksimile").fill("(0298) 999999");
    await second.getByRole("button", { name: "Simpan profil" }).click();
    await expect(second.getByRole("alert").filter({ hasText: "sudah diubah orang lain" })).toBeVisible();
    // Reloaded, the second admin sees the first one's save and may save again.
    await second.getByRole("button", { name: "Muat ulang" }).click();
    await expect(second.getByLabel("Faksimile")).toHaveValue("(0298) 321458");
    await second.getByLabel("Faksimile").fill("(0298) 321457");
    await save(second);
  });

  test("an OPD operator is sent away from the profile screen", async ({ page }) => {
    await loginAs(page, DEMO.operator, /\/opd$/);
    await page.goto("/admin/daerah");
    await expect(page).toHaveURL(/\/terlarang$/);
  });
});
