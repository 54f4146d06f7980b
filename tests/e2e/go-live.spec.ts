import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, type Page, test } from "@playwright/test";
import { linkIn, type Received, TestSmtp, waitFor } from "../support/smtp";
import { type EmptyServer, startEmptyServer } from "./empty-server";

// Going live, as a Pemda does it: the portal starts on an empty database with its public address (APP_URL) and the
// Pemda's mail server (SMTP_*) configured, prints a one-time setup link; the secretariat sets the region up, signs
// in, imports its OPDs and accounts from spreadsheets; every new account receives its setup link by e-mail, chooses
// its password and signs in; a forgotten password is reset by mail; the secretariat sees the sent mail.
// The mail server here is a real SMTP server inside the test process.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const REGION = "Kabupaten Sukamaju";
const ADMIN = { email: "inovasi@sukamajukab.go.id", password: "Sukamaju#2026" };
const SENDER = "inovasi@sukamajukab.go.id";
const OPERATOR = { name: "Operator Dispar", email: "operator.dispar@sukamajukab.go.id" };
// A 1×1 PNG: the region's logo.
const LOGO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
// Mail travels through the queue and the worker of a server on a machine that may be busy: wait for it generously.
const MAIL_TIMEOUT = 90_000;

const OPDS = [
  ["Nama OPD", "Singkatan", "Jenis", "Singkatan Induk"],
  ["Dinas Pariwisata", "DISPAR", "Dinas", ""],
  ["UPTD Museum Daerah", "MUSEUM", "UPTD", "DISPAR"],
  ["Badan Riset dan Inovasi Daerah", "BRIDA", "Badan", ""],
];
const PEOPLE = [
  ["Nama Lengkap", "Email", "NIP", "Peran", "Singkatan OPD"],
  ["Kepala Dispar", "kepala.dispar@sukamajukab.go.id", "19800101 200501 1 002", "Kepala OPD", "DISPAR"],
  [OPERATOR.name, OPERATOR.email, "", "Operator OPD", "DISPAR"],
  ["Operator Museum", "operator.museum@sukamajukab.go.id", "", "Operator OPD", "MUSEUM"],
  ["Kepala Brida", "kepala.brida@sukamajukab.go.id", "19820202 200801 2 003", "Kepala OPD", "BRIDA"],
  ["Operator Brida", "operator.brida@sukamajukab.go.id", "", "Operator OPD", "BRIDA"],
  ["Penilai Tamu", "penilai.tamu@sukamajukab.go.id", "", "Penilai", ""],
];
const ACCOUNTS = PEOPLE.slice(1).map((p) => p[1]!);

async function workbook(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Data");
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test.describe("going live: setup, import, mailed links, sign-in, password reset", () => {
  test.describe.configure({ mode: "serial" });
  const smtp = new TestSmtp();
  let server: EmptyServer;
  let base = "";
  let uploads = "";

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${base}/masuk`);
    await page.getByLabel("Email atau NIP").fill(email);
    await page.getByLabel("Kata sandi").fill(password);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
  }

  /** The one mail of `subject` to `to` the SMTP server has received, once it arrives. */
  async function mailTo(to: string, subject: string): Promise<Received> {
    try {
      return await waitFor(
        () => smtp.to(to).find((m) => m.parsed.subject === subject),
        MAIL_TIMEOUT,
        `the mail "${subject}" to ${to}`,
      );
    } catch (err) {
      const got = smtp.received.map((m) => `${m.to.join(", ")}: ${m.parsed.subject}`).join("\n  ");
      throw new Error(
        `${(err as Error).message}; the SMTP server received ${smtp.received.length} mail(s):\n  ${got}\n` +
          `the server printed:\n${server.output()}`,
      );
    }
  }

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await smtp.start();
    uploads = await mkdtemp(path.join(os.tmpdir(), "inovasi-go-live-"));
    // What a Pemda puts in .env before its first `npm start` (the server's APP_URL is its own address here).
    server = await startEmptyServer({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: `Inovasi Daerah Sukamaju <${SENDER}>`,
      MAIL_POLL_SECONDS: "0.5",
      UPLOAD_DIR: uploads,
    });
    base = server.base;
  });

  test.afterAll(async () => {
    await server?.stop();
    await smtp.stop();
    if (uploads) await rm(uploads, { recursive: true, force: true });
  });

  test("1. the printed one-time link sets the region and its secretariat up, then is dead", async ({
    page,
  }) => {
    expect(new URL(server.link).origin).toBe(base);
    expect(server.output()).toContain("Belum ada akun sekretariat");
    await page.goto(server.link);
    await expect(page.getByRole("heading", { level: 1, name: "Pemasangan pertama" })).toBeVisible();
    await page.getByLabel("Nama daerah").fill(REGION);
    await page.getByLabel("Jenis daerah").selectOption("KABUPATEN");
    await page.getByLabel("Provinsi", { exact: true }).fill("Jawa Barat");
    await page.getByLabel("Alamat kantor").fill("Jl. Merdeka No. 1, Sukamaju");
    await page.getByLabel("Situs web").fill("https://sukamajukab.go.id");
    await page.getByLabel("Zona waktu").selectOption("WIB");
    await page
      .getByLabel("Logo daerah")
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: LOGO });
    await page.getByLabel("Nama lengkap").fill("Sekretariat Inovasi Sukamaju");
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(ADMIN.password);
    await page.getByLabel("Ulangi kata sandi").fill(ADMIN.password);
    await page.getByRole("button", { name: "Pasang" }).click();
    await expect(page).toHaveURL(/\/masuk\?done=pasang/);
    await expect(page.getByText("Daerah dan akun sekretariat telah dibuat. Silakan masuk.")).toBeVisible();

    // The link is spent: the page answers 404, as for any token.
    expect((await page.goto(server.link))?.status()).toBe(404);
    expect((await page.goto(`${base}/pasang`))?.status()).toBe(404);

    // The region's name and logo head every page.
    await page.goto(`${base}/`);
    await expect(page.getByRole("banner")).toContainText(REGION);
    const logo = page.getByRole("banner").locator("img").first();
    const src = await logo.getAttribute("src");
    expect(src).toMatch(/\/api\/publik\/logo-daerah\//);
    const image = await page.request.get(new URL(src!, base).toString());
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
  });

  test("2. the secretariat signs in and imports 3 OPDs, then 6 accounts, each after a dry run", async ({
    page,
  }) => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/admin$/);
    // The empty region's dashboard says what to do first, in order.
    const steps = page.getByRole("region", { name: "Langkah awal" });
    await expect(steps.getByRole("listitem")).toHaveText([
      "Lengkapi profil daerah: kontak, pejabat penandatangan, dan logo.",
      "Impor perangkat daerah (OPD) dari berkas XLSX atau CSV.",
      "Impor akun pengguna. Setiap akun menerima tautan lewat surel untuk memilih kata sandinya.",
      "Periksa Surat keluar: setiap surel terkirim, gagal, atau tertahan di kotak keluar.",
    ]);
    await steps.getByRole("link", { name: /Impor perangkat daerah/ }).click();
    await expect(page).toHaveURL(/\/admin\/impor\?jenis=opd$/);
    await expect(page.getByRole("heading", { name: "Impor OPD dan Akun" })).toBeVisible();
    const file = page.getByLabel("Berkas (XLSX atau CSV)");

    await expect(page.getByRole("radio", { name: "OPD" })).toBeChecked();
    await file.setInputFiles({ name: "opd.xlsx", mimeType: XLSX, buffer: await workbook(OPDS) });
    await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
    await expect(page.getByText("3 baris diperiksa: tidak ada masalah.")).toBeVisible();
    await page.getByRole("button", { name: "Impor 3 baris" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Impor 3 baris" }).click();
    await expect(page.getByText("3 OPD ditambahkan.")).toBeVisible();

    // The OPD step is done; the accounts are next.
    await page.goto(`${base}/admin`);
    await expect(steps.getByRole("listitem").nth(1)).toContainText("✓ selesai");
    await expect(steps.getByRole("listitem").nth(2)).not.toContainText("selesai");
    await steps.getByRole("link", { name: /Impor akun pengguna/ }).click();
    await expect(page).toHaveURL(/\/admin\/impor\?jenis=akun$/);
    await expect(page.getByRole("radio", { name: "Akun pengguna" })).toBeChecked();
    await file.setInputFiles({ name: "akun.xlsx", mimeType: XLSX, buffer: await workbook(PEOPLE) });
    await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
    await expect(page.getByText("6 baris diperiksa: tidak ada masalah.")).toBeVisible();
    // The dry run saved nothing and sent nothing.
    expect(smtp.received).toHaveLength(0);
    await page.getByRole("button", { name: "Impor 6 baris" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Impor 6 baris" }).click();
    await expect(page.getByText("6 akun dibuat.", { exact: false })).toBeVisible();

    await page.goto(`${base}/admin/pengguna`);
    for (const email of ACCOUNTS) await expect(page.getByTestId(`user-${email}`)).toBeVisible();
    await page.goto(`${base}/admin/opd`);
    await expect(page.getByTestId("opd-MUSEUM")).toContainText("Induk: DISPAR");
    // With OPDs and their accounts in place, the dashboard drops its first steps.
    await page.goto(`${base}/admin`);
    await expect(page.getByRole("link", { name: "Akun aktif" })).toBeVisible();
    await expect(steps).toHaveCount(0);
  });

  test("3. every new account is mailed its setup link; one chooses a password and signs in", async ({
    page,
  }) => {
    test.setTimeout(MAIL_TIMEOUT + 60_000);
    const subject = `Akun Anda di portal Inovasi Daerah ${REGION}`;
    for (const email of ACCOUNTS) await mailTo(email, subject);
    const mail = await mailTo(OPERATOR.email, subject);
    expect(mail.to).toEqual([OPERATOR.email]);
    expect(mail.parsed.from?.value[0]?.address).toBe(SENDER);
    expect(mail.parsed.text).toContain(`Yth. ${OPERATOR.name},`);
    expect(mail.parsed.text).toContain(REGION);
    // The HTML carries the region's logo from the portal's public address.
    expect(mail.parsed.html || "").toMatch(new RegExp(`<img src="${base}/api/publik/logo-daerah/`));

    // The link is absolute, at APP_URL: it opens as it is, from the mail.
    const link = linkIn(mail.parsed.text, base);
    await page.goto(link);
    await page.getByLabel("Kata sandi baru").fill("Dispar#2026");
    await page.getByLabel("Ulangi kata sandi").fill("Dispar#2026");
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await expect(page.getByText("Kata sandi tersimpan. Silakan masuk.")).toBeVisible();

    await signIn(page, OPERATOR.email, "Dispar#2026");
    await expect(page).toHaveURL(/\/opd$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dasbor Dinas Pariwisata" })).toBeVisible();
    await expect(page.getByTestId("current-user")).toContainText(OPERATOR.name);

    // The setup link is single-use.
    await page.goto(link);
    await expect(page.getByText(/Tautan tidak berlaku/)).toBeVisible();
  });

  test("4. a forgotten password is reset through the mailed link; the old one stops working", async ({
    page,
  }) => {
    test.setTimeout(MAIL_TIMEOUT + 60_000);
    await signIn(page, OPERATOR.email, "Dispar#2026");
    await expect(page).toHaveURL(/\/opd$/);
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/$/);

    await page.goto(`${base}/masuk`);
    await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
    await expect(page).toHaveURL(/\/lupa-kata-sandi$/);
    await expect(page.getByRole("heading", { level: 1, name: "Lupa kata sandi" })).toBeVisible();
    await page.getByLabel("Email atau NIP").fill(OPERATOR.email);
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await expect(page.getByText(/Jika akun dengan email atau NIP itu terdaftar dan aktif/)).toBeVisible();

    const mail = await mailTo(OPERATOR.email, "Atur ulang kata sandi portal Inovasi Daerah");
    expect(mail.parsed.text).toContain(REGION);
    await page.goto(linkIn(mail.parsed.text, base));
    await page.getByLabel("Kata sandi baru").fill("Pulih#2026");
    await page.getByLabel("Ulangi kata sandi").fill("Pulih#2026");
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await expect(page.getByText("Kata sandi tersimpan. Silakan masuk.")).toBeVisible();

    await signIn(page, OPERATOR.email, "Dispar#2026");
    await expect(page.getByText("Email/NIP atau kata sandi salah, atau akun tidak aktif.")).toBeVisible();
    await signIn(page, OPERATOR.email, "Pulih#2026");
    await expect(page).toHaveURL(/\/opd$/);
  });

  test("5. the secretariat's Surat keluar lists every mail as sent", async ({ page }) => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`${base}/admin/surat`);
    await expect(page.getByRole("heading", { level: 1, name: "Surat keluar" })).toBeVisible();
    await page.getByLabel("Status").selectOption("SENT");
    await page.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL(/status=SENT/);
    const rows = page.getByRole("row").filter({ hasText: "Terkirim" });
    // Six setup mails and one reset: everything the SMTP server received.
    await expect(rows).toHaveCount(7);
    expect(smtp.received).toHaveLength(7);
    for (const email of ACCOUNTS) {
      await expect(rows.filter({ hasText: email }).filter({ hasText: "Akun Anda di portal" })).toHaveCount(1);
    }
    await expect(
      rows.filter({ hasText: OPERATOR.email }).filter({ hasText: "Atur ulang kata sandi" }),
    ).toHaveCount(1);
    for (const status of ["QUEUED", "FAILED", "OUTBOX"]) {
      await page.goto(`${base}/admin/surat?status=${status}`);
      await expect(page.getByText("Belum ada surel.")).toBeVisible();
    }
  });
});
