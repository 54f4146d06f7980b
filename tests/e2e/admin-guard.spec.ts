import { expect, test } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

test.describe("only the secretariat administers", () => {
  test("an OPD operator cannot open the admin pages", async ({ page }) => {
    await loginAs(page, DEMO.operator, /\/opd$/);
    for (const path of ["/admin", "/admin/pengguna", "/admin/opd", "/admin/audit", "/admin/surat"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/terlarang$/);
      await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    }
  });

  test("an OPD operator who replays the admin's create-account action is refused by the action itself", async ({
    browser,
  }) => {
    // The admin creates an account; we capture the server action's request as the browser sent it.
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await loginAs(adminPage, DEMO.admin, /\/admin$/);
    await adminPage.goto("/admin/pengguna");
    const form = adminPage
      .locator("form")
      .filter({ has: adminPage.getByRole("heading", { name: "Buat akun" }) });
    await form.getByLabel("Nama lengkap").fill("Penilai Tamu");
    await form.getByLabel("Email").fill("penilai.tamu@inovasi.test");
    await form.getByLabel("Peran").selectOption("EVALUATOR");
    const [request] = await Promise.all([
      adminPage.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      form.getByRole("button", { name: "Buat akun" }).click(),
    ]);
    await expect(adminPage.getByText("Akun dibuat.")).toBeVisible();

    // The operator sends the same action with another email, straight to the server.
    const operatorContext = await browser.newContext();
    const operatorPage = await operatorContext.newPage();
    await loginAs(operatorPage, DEMO.operator, /\/opd$/);
    const body = request
      .postDataBuffer()!
      .toString("utf8")
      .replaceAll("penilai.tamu@inovasi.test", "penyusup@inovasi.test");
    const response = await operatorPage.request.post(request.url(), {
      headers: {
        "next-action": request.headers()["next-action"]!,
        "content-type": request.headers()["content-type"]!,
        accept: "text/x-component",
      },
      data: body,
    });
    expect(await response.text()).toContain("Anda tidak berwenang melakukan tindakan ini.");

    // And nothing was created.
    await adminPage.goto("/admin/pengguna?q=penyusup");
    await expect(adminPage.getByText("Tidak ada akun yang cocok.")).toBeVisible();
    await adminContext.close();
    await operatorContext.close();
  });
});
