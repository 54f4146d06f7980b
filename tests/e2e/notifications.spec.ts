import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAs } from "./fixtures";

// Disdukcapil's accounts: the other specs use Dinkes and Dinsos.
const OPERATOR = "operator.disdukcapil@inovasi.test";
const HEAD = "kepala.disdukcapil@inovasi.test";
// Unique per run, so a retry on the same database finds its own innovation.
const TITLE = `Akta Lahir Langsung dari Rumah Sakit ${Date.now().toString(36).toUpperCase()}`;
const COMMENT = "Tambahkan jumlah bayi yang menerima akta.";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email, /\/opd$/);
  return page;
}

/** The header bell (wired into components/layout/site-header.tsx), found by its accessible name. */
const bell = (page: Page, name: string | RegExp = /^Notifikasi,/) =>
  page.getByRole("banner").getByRole("button", { name });
const bellPanel = async (page: Page) =>
  page.locator(`[id="${await bell(page).getAttribute("aria-controls")}"]`);

/** Starts from a known state whatever ran before (a retry, another run on the same database). */
async function clearNotifications(page: Page) {
  await page.goto("/notifikasi");
  await page.getByRole("main").getByRole("button", { name: "Tandai semua dibaca" }).click();
  await expect(page.getByTestId("unread-summary")).toHaveText("Semua notifikasi sudah dibaca.");
}

async function section(page: Page, name: RegExp) {
  await page.getByRole("navigation", { name: "Bagian formulir" }).getByRole("button", { name }).click();
}

async function submit(page: Page, version: number) {
  await page.getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
  await expect(page.getByText(`Versi ${version} menunggu persetujuan kepala OPD.`)).toBeVisible();
}

test.describe.configure({ mode: "serial" });

test.describe("notifications: the head and the operator are told what happened", () => {
  let url = "";

  test("the head is told when the operator submits, sees it on /notifikasi, and opening it marks it read", async ({
    browser,
  }) => {
    const head = await signedIn(browser, HEAD);
    await clearNotifications(head);
    await head.getByRole("link", { name: "Belum dibaca (0)" }).click();
    await expect(head.getByText("Tidak ada notifikasi yang belum dibaca.")).toBeVisible();

    // The operator writes a complete innovation and submits it.
    const operator = await signedIn(browser, OPERATOR);
    await operator.goto("/inovasi/baru");
    await operator.getByLabel("Judul inovasi").fill(TITLE);
    await operator.getByRole("button", { name: "Buat draf" }).click();
    await expect(operator).toHaveURL(/\/inovasi\/[^/]+\/ubah$/);
    url = new URL(operator.url()).pathname.replace(/\/ubah$/, "");
    const form = operator.locator("#editor-section");
    await form.getByLabel("Bentuk inovasi").selectOption({ label: "Inovasi Pelayanan Publik" });
    await form.getByLabel("Jenis inovasi").selectOption({ label: "Digital" });
    await form
      .getByLabel("Urusan pemerintahan")
      .selectOption("Administrasi Kependudukan dan Pencatatan Sipil");
    await form.getByLabel("Inisiator inovasi").selectOption({ label: "Perangkat Daerah" });
    await form.getByLabel("Tahapan inovasi").selectOption({ label: "Penerapan" });
    await form.getByLabel("Tanggal mulai uji coba").fill("2024-01-15");
    await form.getByLabel("Tanggal mulai penerapan").fill("2024-07-01");
    await section(operator, /Ringkasan Inovasi/);
    await form
      .getByLabel("Ringkasan")
      .fill("Akta kelahiran terbit sebelum ibu dan bayi pulang dari rumah sakit.");
    await section(operator, /Latar Belakang/);
    await form
      .getByLabel("Latar belakang dan permasalahan")
      .fill("Banyak anak belum memiliki akta kelahiran.");
    await section(operator, /Kebaruan/);
    await form.getByLabel("Kebaruan dan keunikan").fill("Petugas dukcapil melayani langsung di rumah sakit.");
    await section(operator, /Strategi/);
    await form
      .getByLabel("Strategi dan langkah pelaksanaan")
      .fill("Kerja sama dengan RSUD, lalu rumah sakit swasta.");
    await section(operator, /Hasil dan Manfaat/);
    await form.getByLabel("Hasil yang dicapai").fill("Cakupan akta kelahiran naik menjadi 98 persen.");
    await section(operator, /TPB\/SDGs/);
    await form.getByLabel("16. Perdamaian, Keadilan dan Kelembagaan yang Tangguh").check();
    await expect(operator.getByTestId("save-status")).toHaveText(/Tersimpan pukul \d{2}[.:]\d{2}/);
    await operator.getByRole("link", { name: "Kembali ke ringkasan inovasi" }).click();
    await submit(operator, 1);

    // The head's list shows it, unread, with its kind.
    await head.goto("/notifikasi");
    await expect(head.getByTestId("unread-summary")).toHaveText("1 notifikasi belum dibaca.");
    const item = head.getByTestId("notification-item").filter({ hasText: TITLE });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("Inovasi menunggu persetujuan");
    await expect(item.getByText("Belum dibaca", { exact: true })).toBeVisible();
    await head.getByRole("link", { name: "Belum dibaca (1)" }).click();
    await expect(head).toHaveURL(/\/notifikasi\?filter=unread$/);
    await expect(item).toHaveCount(1);
    // …and so does the bell in the header.
    await expect(bell(head, "Notifikasi, 1 belum dibaca")).toBeVisible();
    const a11y = await new AxeBuilder({ page: head }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      a11y.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);

    // Opening it goes to the innovation and marks it read.
    await item.getByRole("link", { name: `Menunggu persetujuan: ${TITLE}` }).click();
    await expect(head).toHaveURL(new RegExp(`${url}$`));
    await expect(head.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(bell(head, "Notifikasi, tidak ada yang belum dibaca")).toBeVisible();
    await head.goto("/notifikasi");
    await expect(head.getByTestId("unread-summary")).toHaveText("Semua notifikasi sudah dibaca.");
    const read = head.getByTestId("notification-item").filter({ hasText: TITLE });
    await expect(read).toHaveCount(1);
    await expect(read.getByText("Belum dibaca", { exact: true })).toHaveCount(0);
  });

  test("the operator is told through the bell when the head returns it, and follows it with the keyboard", async ({
    browser,
  }) => {
    test.skip(!url, "needs the submitted innovation of the previous test");
    const operator = await signedIn(browser, OPERATOR);
    await clearNotifications(operator);

    const head = await signedIn(browser, HEAD);
    await head.goto(url);
    await head.getByLabel("Catatan untuk operator").fill(COMMENT);
    await head.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
    await expect(head.getByText(`Dikembalikan oleh Hendra Gunawan: ${COMMENT}`)).toBeVisible();

    await operator.goto("/opd");
    const button = bell(operator, "Notifikasi, 1 belum dibaca");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const panel = await bellPanel(operator);
    const link = panel.getByRole("link", { name: new RegExp(`Dikembalikan: ${TITLE}`) });
    await expect(link).toBeVisible();
    await expect(link).toContainText("Inovasi dikembalikan");
    await expect(panel.getByRole("link", { name: "Lihat semua" })).toHaveAttribute("href", "/notifikasi");

    // Escape closes the menu and gives the focus back to the bell.
    await operator.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(panel).toBeHidden();

    // Keyboard only: open, Tab to the notification, follow it.
    await operator.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(link).toBeVisible();
    for (let i = 0; i < 5 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await operator.keyboard.press("Tab");
    await expect(link).toBeFocused();
    await operator.keyboard.press("Enter");
    await expect(operator).toHaveURL(new RegExp(`${url}$`));
    await expect(operator.getByText(COMMENT)).toBeVisible();
    await expect(bell(operator, "Notifikasi, tidak ada yang belum dibaca")).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });

  test("'Tandai semua dibaca' in the bell clears the head's count", async ({ browser }) => {
    test.skip(!url, "needs the returned innovation of the previous tests");
    const head = await signedIn(browser, HEAD);
    await clearNotifications(head);

    // The operator submits again without changes: the head has one unread notification.
    const operator = await signedIn(browser, OPERATOR);
    await operator.goto(url);
    await submit(operator, 2);

    await head.goto("/opd");
    const button = bell(head, "Notifikasi, 1 belum dibaca");
    await button.click();
    const panel = await bellPanel(head);
    await panel.getByRole("button", { name: "Tandai semua dibaca" }).click();
    await expect(panel.getByText("1 notifikasi ditandai dibaca.")).toBeVisible();
    await expect(bell(head, "Notifikasi, tidak ada yang belum dibaca")).toBeVisible();
    await head.goto("/notifikasi");
    await expect(head.getByTestId("unread-summary")).toHaveText("Semua notifikasi sudah dibaca.");
  });
});

test.describe("the notifications page", () => {
  test("is for signed-in users only", async ({ page }) => {
    await page.goto("/notifikasi");
    await expect(page).toHaveURL(/\/masuk/);
  });
});
