import http from "node:http";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, login, loginAs, setPassword } from "./fixtures";

// Each role's dashboard lists its pending work and links to where it is done. The stories make their own data: a
// citizen's comment on a public innovation no other story reads, and a head and an operator of their own in an OPD
// that no other story signs in for, whose innovation is returned (never approved, so no compliance figure moves).

const OPD = "Badan Penanggulangan Bencana Daerah";
const PASSWORD = "DasborUji2026";

/** A form post from a loopback address of its own, so the citizen has a rate-limit budget no other story uses. */
function postFrom(localAddress: string, url: URL, body: string) {
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** An account of the given role in OPD, made through the secretariat's screens, with its password set. */
async function newAccount(browser: Browser, admin: Page, role: "OPD_HEAD" | "OPD_OPERATOR", name: string) {
  const email = `dasbor.${role.toLowerCase()}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@inovasi.test`;
  await admin.goto("/admin/pengguna");
  const form = admin.locator("form").filter({ has: admin.getByRole("heading", { name: "Buat akun" }) });
  await form.getByLabel("Nama lengkap").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Peran").selectOption(role);
  await form.getByLabel("OPD").selectOption({ label: OPD });
  await form.getByRole("button", { name: "Buat akun" }).click();
  await setPassword(browser, await form.getByTestId("setup-link").inputValue(), PASSWORD);
  return email;
}

async function section(page: Page, name: RegExp) {
  await page.getByRole("navigation", { name: "Bagian formulir" }).getByRole("button", { name }).click();
}

test.describe.configure({ timeout: 180_000 });

test("the secretariat's dashboard lists a comment awaiting moderation and leads to it; closings lead to their competition", async ({
  page,
  request,
  baseURL,
}) => {
  const TITLE = "Lumbung Pangan Desa";
  const COMMENT = `Lumbung menolong kami saat paceklik ${Date.now()}.`;
  const list = await request.get(`/api/v1/inovasi?q=${encodeURIComponent(TITLE)}`);
  const found = ((await list.json()) as { data: { id: string; title: string }[] }).data.find(
    (i) => i.title === TITLE,
  );
  expect(found, TITLE).toBeDefined();
  const octet = () => 2 + Math.floor(Math.random() * 250);
  const status = await postFrom(
    `127.${octet()}.${octet()}.${octet()}`,
    new URL(`/katalog/${found!.id}/masukan`, baseURL),
    new URLSearchParams({ rating: "4", comment: COMMENT }).toString(),
  );
  expect(status).toBe(303);

  await loginAs(page, DEMO.admin, /\/admin$/);
  const feedback = page.getByTestId("work-feedback");
  await expect(feedback.getByRole("heading")).toContainText("Masukan warga belum dimoderasi");
  await feedback.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(/\/admin\/masukan\?status=PENDING$/);
  const item = page.getByTestId("feedback-item").filter({ hasText: COMMENT });
  await expect(item).toBeVisible();
  // Decided: the comment leaves the secretariat's list of pending work.
  await item.getByRole("button", { name: "Tolak" }).click();
  await expect(item).toHaveCount(0);
  await page.goto("/admin/masukan?status=REJECTED");
  await expect(page.getByTestId("feedback-item").filter({ hasText: COMMENT })).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByTestId("work-feedback").getByRole("link", { name: TITLE })).toHaveCount(0);

  // The stage closings ahead each lead to their competition's page.
  const closing = page.getByTestId("work-deadlines").getByRole("link").first();
  const name = (await closing.innerText()).trim();
  await closing.click();
  await expect(page).toHaveURL(/\/admin\/kompetisi\/[^/?#]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  // The other lists stand, each with its count.
  await page.goto("/admin");
  for (const id of ["screening", "late-reviews", "objections"])
    await expect(page.getByTestId(`work-${id}`).getByRole("heading")).toHaveText(/ \d+$/);
});

test("a head sees an innovation awaiting approval and returns it; its operator finds the note on the dashboard", async ({
  browser,
}) => {
  const TITLE = `Sirine Dini Longsor ${Date.now()}`;
  const NOTE = "Lengkapi jumlah penerima manfaat.";
  const admin = await (await browser.newContext()).newPage();
  await loginAs(admin, DEMO.admin, /\/admin$/);
  const headEmail = await newAccount(browser, admin, "OPD_HEAD", "Kepala Uji Dasbor");
  const operatorEmail = await newAccount(browser, admin, "OPD_OPERATOR", "Operator Uji Dasbor");

  // The operator's fresh draft is listed on the dashboard and leads to its editor.
  const operator = await (await browser.newContext()).newPage();
  await login(operator, operatorEmail, PASSWORD);
  await expect(operator).toHaveURL(/\/opd$/);
  await operator.goto("/inovasi/baru");
  await operator.getByLabel("Judul inovasi").fill(TITLE);
  await operator.getByRole("button", { name: "Buat draf" }).click();
  await expect(operator).toHaveURL(/\/ubah$/);
  const editUrl = operator.url();
  await operator.goto("/opd");
  await operator.getByTestId("work-drafts").getByRole("link", { name: TITLE }).click();
  await expect(operator).toHaveURL(editUrl);

  const editor = operator.locator("#editor-section");
  await editor.getByLabel("Bentuk inovasi").selectOption({ label: "Inovasi Pelayanan Publik" });
  await editor.getByLabel("Jenis inovasi").selectOption({ label: "Digital" });
  await editor.getByLabel("Urusan pemerintahan").selectOption("Sosial");
  await editor.getByLabel("Inisiator inovasi").selectOption({ label: "Perangkat Daerah" });
  await editor.getByLabel("Tahapan inovasi").selectOption({ label: "Penerapan" });
  await editor.getByLabel("Tanggal mulai uji coba").fill("2024-02-01");
  await editor.getByLabel("Tanggal mulai penerapan").fill("2024-08-01");
  await section(operator, /Ringkasan Inovasi/);
  await editor.getByLabel("Ringkasan").fill("Sirine peringatan dini longsor di desa rawan bencana.");
  await section(operator, /Latar Belakang/);
  await editor.getByLabel("Latar belakang dan permasalahan").fill("Warga terlambat mengungsi saat longsor.");
  await section(operator, /Kebaruan/);
  await editor.getByLabel("Kebaruan dan keunikan").fill("Sensor curah hujan memicu sirine desa.");
  await section(operator, /Strategi/);
  await editor.getByLabel("Strategi dan langkah pelaksanaan").fill("Pemasangan sensor dan latihan evakuasi.");
  await section(operator, /Hasil dan Manfaat/);
  await editor.getByLabel("Hasil yang dicapai").fill("Evakuasi selesai dalam 15 menit.");
  await section(operator, /TPB\/SDGs/);
  await editor.getByLabel("11. Kota dan Permukiman yang Berkelanjutan").check();
  await expect(operator.getByTestId("save-status")).toHaveText(/Tersimpan pukul \d{2}[.:]\d{2}/);
  await operator.getByRole("link", { name: "Kembali ke ringkasan inovasi" }).click();
  await operator.getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
  await operator.getByRole("dialog").getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
  await expect(operator.getByText("Versi 1 menunggu persetujuan kepala OPD.")).toBeVisible();
  const innovationUrl = new URL(operator.url()).pathname;

  // The head: the innovation awaits approval, the OPD has not met this year's obligation.
  const head = await (await browser.newContext()).newPage();
  await login(head, headEmail, PASSWORD);
  await expect(head).toHaveURL(/\/opd$/);
  await expect(head.getByTestId("work-compliance")).toContainText(
    `Kepatuhan Satu OPD Satu Inovasi ${new Date().getFullYear()}`,
  );
  await expect(head.getByTestId("work-compliance")).toContainText("Belum terpenuhi");
  await expect(head.getByTestId("work-compliance")).toContainText("1 menunggu persetujuan");
  await head.getByTestId("work-awaiting").getByRole("link", { name: TITLE }).click();
  await expect(head).toHaveURL(innovationUrl);
  await head.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
  await head.getByLabel("Catatan untuk operator").fill(NOTE);
  await head.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
  await expect(head.getByText(`Dikembalikan oleh Kepala Uji Dasbor: ${NOTE}`)).toBeVisible();
  await head.goto("/opd");
  await expect(head.getByTestId("work-awaiting").getByRole("link", { name: TITLE })).toHaveCount(0);

  // Another OPD's head never sees it.
  const other = await (await browser.newContext()).newPage();
  await loginAs(other, DEMO.head, /\/opd$/);
  await expect(other.getByTestId("work-awaiting")).toBeVisible();
  await expect(other.getByText(TITLE)).toHaveCount(0);

  // The operator: the returned innovation with the head's note, leading to its editor; a competition open for entry.
  await operator.goto("/opd");
  const returned = operator.getByTestId("work-returned");
  await expect(returned).toContainText(`Catatan Kepala Uji Dasbor: ${NOTE}`);
  await returned.getByRole("link", { name: TITLE }).click();
  await expect(operator).toHaveURL(editUrl);
  await operator.goto("/opd");
  const open = operator.getByTestId("work-open-competitions");
  await expect(open.getByRole("heading")).toContainText("Kompetisi yang membuka pendaftaran");
});

test("an evaluator's dashboard lists the tasks with their due dates and the done count, each leading to the task", async ({
  page,
}) => {
  await loginAs(page, DEMO.evaluator, /\/penilai$/);
  await expect(page.getByTestId("queue-progress")).toHaveText(/^\d+ dari \d+/);
  const task = page.getByTestId("queue-list").getByRole("listitem").first();
  await expect(task).toContainText(/Tenggat /);
  await task.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/penilai\/tugas\/[^/]+$/);
});
