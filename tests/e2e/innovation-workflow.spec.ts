import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Route } from "@playwright/test";
import { loginAs } from "./fixtures";

const OPERATOR = "operator.dinsos@inovasi.test";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const HEAD = "kepala.dinsos@inovasi.test";

async function section(page: Page, name: RegExp) {
  await page.getByRole("navigation", { name: "Bagian formulir" }).getByRole("button", { name }).click();
}

async function saved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/Tersimpan pukul \d{2}[.:]\d{2}/);
}

const QUEUED = "Tersimpan di perangkat, akan dikirim ulang…";

/** Autosave goes through server actions: POSTs to the editor's own address with a Next-Action header. */
const isSave = (route: Route) =>
  route.request().method() === "POST" && route.request().headers()["next-action"] !== undefined;

async function newDraft(page: Page, title: string) {
  await loginAs(page, OPERATOR, /\/opd$/);
  await page.goto("/inovasi/baru");
  await page.getByLabel("Judul inovasi").fill(title);
  await page.getByRole("button", { name: "Buat draf" }).click();
  await expect(page).toHaveURL(/\/ubah$/);
}

/** What the server holds: the page without this browser's unsent copy. */
async function reloadFromServer(page: Page) {
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
}

test.describe.configure({ mode: "serial", timeout: 120_000, retries: 0 });

test.describe("an OPD's innovation from first draft to approval", () => {
  let url = "";
  let documentUrl = "";

  test("the operator writes part of a draft, reloads and finds it intact, completes and submits it", async ({
    page,
  }) => {
    await loginAs(page, OPERATOR, /\/opd$/);
    await page.goto("/opd/inovasi");
    await expect(page.getByTestId("compliance-banner")).toContainText("BELUM TERPENUHI");
    await page.getByRole("link", { name: "Buat inovasi" }).click();
    await page.getByLabel("Judul inovasi").fill("Bansos Tepat Sasaran Berbasis Data Desa");
    await page.getByRole("button", { name: "Buat draf" }).click();
    await expect(page).toHaveURL(/\/inovasi\/[^/]+\/ubah$/);
    url = page.url().replace(/\/ubah$/, "");

    await section(page, /Ringkasan Inovasi/);
    await page
      .locator("#editor-section")
      .getByLabel("Ringkasan")
      .fill("Data penerima bantuan sosial diperbarui bersama pemerintah desa setiap bulan.");
    await expect(page.getByTestId("f-summary-words")).toContainText("10 / 300 kata");
    await saved(page);
    await page.reload();
    await section(page, /Ringkasan Inovasi/);
    await expect(page.locator("#editor-section").getByLabel("Ringkasan")).toHaveValue(
      "Data penerima bantuan sosial diperbarui bersama pemerintah desa setiap bulan.",
    );

    // A submission with required sections missing lists every problem at once.
    await page.goto(url);
    await page.getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    const problems = page.getByTestId("submit-errors");
    await expect(problems).toContainText("Latar belakang dan permasalahan");
    await expect(problems).toContainText("Tujuan TPB/SDGs");
    await expect(problems).toContainText("Bentuk inovasi");

    await page.getByRole("link", { name: "Lanjutkan mengisi" }).click();
    await page
      .locator("#editor-section")
      .getByLabel("Bentuk inovasi")
      .selectOption({ label: "Inovasi Pelayanan Publik" });
    await page.locator("#editor-section").getByLabel("Jenis inovasi").selectOption({ label: "Digital" });
    await page.locator("#editor-section").getByLabel("Urusan pemerintahan").selectOption("Sosial");
    await page
      .locator("#editor-section")
      .getByLabel("Inisiator inovasi")
      .selectOption({ label: "Perangkat Daerah" });
    await page.locator("#editor-section").getByLabel("Tahapan inovasi").selectOption({ label: "Penerapan" });
    await page.locator("#editor-section").getByLabel("Tanggal mulai uji coba").fill("2024-02-01");
    await page.locator("#editor-section").getByLabel("Tanggal mulai penerapan").fill("2024-08-01");
    await page.locator("#editor-section").getByLabel("Tampilkan di katalog publik").check();
    await section(page, /Latar Belakang/);
    await page
      .locator("#editor-section")
      .getByLabel("Latar belakang dan permasalahan")
      .fill("Banyak bantuan salah sasaran karena data lama.");
    await section(page, /Kebaruan/);
    await page
      .locator("#editor-section")
      .getByLabel("Kebaruan dan keunikan")
      .fill("Pemutakhiran data dilakukan oleh desa secara daring.");
    await section(page, /Strategi/);
    await page
      .locator("#editor-section")
      .getByLabel("Strategi dan langkah pelaksanaan")
      .fill("Pelatihan operator desa, lalu verifikasi bulanan.");
    await section(page, /Hasil dan Manfaat/);
    await page
      .locator("#editor-section")
      .getByLabel("Hasil yang dicapai")
      .fill("Ketepatan sasaran naik dari 70 persen menjadi 95 persen.");
    await section(page, /TPB\/SDGs/);
    await page.locator("#editor-section").getByLabel("1. Tanpa Kemiskinan").check();
    await page.locator("#editor-section").getByLabel("10. Berkurangnya Kesenjangan").check();
    await saved(page);

    // A supporting document: the type is checked from its content, not its name.
    await section(page, /Dokumen Pendukung/);
    const docs = page.locator("#editor-section");
    await docs
      .getByLabel("Berkas")
      .setInputFiles({ name: "sk-kepala-dinas.pdf", mimeType: "application/pdf", buffer: PDF });
    await docs.getByLabel("Jenis dokumen").selectOption("SK");
    await docs.getByRole("button", { name: "Unggah" }).click();
    await expect(docs.getByText("Dokumen “sk-kepala-dinas.pdf” berhasil diunggah.")).toBeVisible();
    await docs.getByLabel("Berkas").setInputFiles({
      name: "foto.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("MZ\x90\x00 not a pdf"),
    });
    await docs.getByRole("button", { name: "Unggah" }).click();
    await expect(docs.getByText(/Jenis berkas tidak diizinkan/)).toBeVisible();
    documentUrl =
      (await docs.getByRole("link", { name: "Unduh sk-kepala-dinas.pdf" }).getAttribute("href")) ?? "";
    expect(documentUrl).toMatch(/^\/api\/lampiran\//);

    await page.getByRole("link", { name: "Kembali ke ringkasan inovasi" }).click();
    await expect(page.getByTestId("implementation-age")).toContainText("memenuhi syarat kompetisi");
    await page.getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    await expect(page.getByText("Versi 1 menunggu persetujuan kepala OPD.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Lanjutkan mengisi" })).toHaveCount(0);
  });

  test("the head returns it with a comment, the operator fixes and resubmits, the head approves", async ({
    browser,
  }) => {
    const head = await (await browser.newContext()).newPage();
    await loginAs(head, HEAD, /\/opd$/);
    await expect(head.getByRole("heading", { name: /^Menunggu persetujuan Anda 1$/ })).toBeVisible();
    await head.goto(url);
    await head.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
    await expect(head.getByText("Tuliskan catatan perbaikan untuk operator.")).toBeVisible();
    await head.getByLabel("Catatan untuk operator").fill("Tambahkan jumlah penerima manfaat.");
    await head.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
    await expect(
      head.getByText("Dikembalikan oleh Yuliana Siregar: Tambahkan jumlah penerima manfaat."),
    ).toBeVisible();

    const operator = await (await browser.newContext()).newPage();
    await loginAs(operator, OPERATOR, /\/opd$/);
    await operator.goto(url);
    await expect(operator.getByText("Tambahkan jumlah penerima manfaat.")).toBeVisible();
    await operator.getByRole("link", { name: "Lanjutkan mengisi" }).click();
    // The head's note stays above the form while the operator revises.
    await expect(operator.getByTestId("return-note")).toContainText("Yuliana Siregar");
    await expect(operator.getByTestId("return-note")).toContainText("Tambahkan jumlah penerima manfaat.");
    await section(operator, /Hasil dan Manfaat/);
    await operator.locator("#editor-section").getByLabel("Jumlah penerima manfaat").fill("12500");
    await saved(operator);
    await operator.getByRole("link", { name: "Kembali ke ringkasan inovasi" }).click();
    await operator.getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    await operator.getByRole("dialog").getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    await expect(operator.getByText("Versi 2 menunggu persetujuan kepala OPD.")).toBeVisible();

    // The public catalogue is served from a cache: this search is now cached without the draft.
    const visitor = await (await browser.newContext()).newPage();
    const search = `/katalog?q=${encodeURIComponent("Bansos Tepat Sasaran")}`;
    await visitor.goto(search);
    const found = visitor
      .getByTestId("catalog-results")
      .getByRole("link", { name: "Bansos Tepat Sasaran Berbasis Data Desa" });
    await expect(found).toHaveCount(0);

    await head.goto(url);
    await head.getByRole("button", { name: "Setujui" }).click();
    await expect(head.getByText(/Versi 2 disetujui oleh Yuliana Siregar/)).toBeVisible();

    // The approval drops the cached searches at once (the timer alone would take a minute).
    await visitor.goto(search);
    await expect(found).toBeVisible();
    // The cached page is the same for everyone; the header still shows who is signed in.
    await expect(visitor.getByRole("link", { name: "Masuk" })).toBeVisible();
    await head.goto(search);
    await expect(head.getByTestId("current-user")).toHaveText("Yuliana Siregar · Kepala OPD");
    // …and the same links for her role as every other page's header.
    const nav = head.getByRole("navigation", { name: "Navigasi utama" });
    await expect(nav.getByRole("link", { name: "Dasbor" })).toHaveAttribute("href", "/opd");
    await expect(nav.getByRole("link", { name: "Inovasi", exact: true })).toHaveAttribute(
      "href",
      "/opd/inovasi",
    );
    await expect(nav.getByRole("link", { name: "Masukan warga" })).toHaveAttribute("href", "/opd/masukan");
    await expect(
      visitor.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Dasbor" }),
    ).toHaveCount(0);
    // Her bell: the unread count, as a link to her notifications.
    await expect(head.getByRole("link", { name: /^Notifikasi, / })).toHaveAttribute("href", "/notifikasi");
    await expect(visitor.getByTestId("notification-bell")).toHaveCount(0);

    // The version history shows what changed between the two submissions.
    await head.goto(`${url}/versi?a=1&b=2`);
    await expect(head.getByTestId("diff-hasil")).toContainText("12500");

    await operator.goto("/opd/inovasi");
    await expect(operator.getByTestId("compliance-banner")).toContainText("TERPENUHI");
  });

  test("a public document added to the approved innovation reaches visitors only after the head approves it", async ({
    browser,
  }) => {
    const id = url.split("/").pop()!;
    const operator = await (await browser.newContext()).newPage();
    await loginAs(operator, OPERATOR, /\/opd$/);
    await operator.goto(`${url}/ubah`);
    await section(operator, /Dokumen Pendukung/);
    const docs = operator.locator("#editor-section");
    await expect(docs.getByTestId("approved-documents-note")).toContainText("mengembalikannya ke draf");
    await docs
      .getByLabel("Berkas")
      .setInputFiles({ name: "brosur-layanan.pdf", mimeType: "application/pdf", buffer: PDF });
    await docs.getByLabel("Jenis dokumen").selectOption("LAINNYA");
    await docs.getByRole("radio", { name: "Publik" }).check();
    await docs.getByRole("button", { name: "Unggah" }).click();
    await expect(docs.getByText("Dokumen “brosur-layanan.pdf” berhasil diunggah.")).toBeVisible();
    await expect(docs.getByText(/Inovasi kembali menjadi draf/)).toBeVisible();
    const internalUrl =
      (await docs.getByRole("link", { name: "Unduh brosur-layanan.pdf" }).getAttribute("href")) ?? "";
    const publicUrl = internalUrl.replace("/api/lampiran/", "/api/katalog/dokumen/");

    // A visitor sees neither the new document nor anything of the innovation until the head approves.
    const visitor = await (await browser.newContext()).newPage();
    expect((await visitor.goto(`/katalog/${id}`))?.status()).toBe(404);
    expect((await visitor.request.get(publicUrl)).status()).toBe(404);
    expect((await visitor.request.get(internalUrl)).status()).toBe(404);

    await operator.goto(url);
    await operator.getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    await operator.getByRole("dialog").getByRole("button", { name: "Ajukan ke kepala OPD" }).click();
    await expect(operator.getByText("Versi 3 menunggu persetujuan kepala OPD.")).toBeVisible();
    expect((await visitor.request.get(publicUrl)).status()).toBe(404);

    const head = await (await browser.newContext()).newPage();
    await loginAs(head, HEAD, /\/opd$/);
    await head.goto(`${url}/versi?a=2&b=3`);
    await expect(head.getByTestId("diff-documents")).toContainText(
      "Ditambahkan: brosur-layanan.pdf (Publik)",
    );
    await head.goto(url);
    await head.getByRole("button", { name: "Setujui" }).click();
    await expect(head.getByText(/Versi 3 disetujui oleh Yuliana Siregar/)).toBeVisible();

    await visitor.goto(`/katalog/${id}`);
    await expect(
      visitor.getByTestId("public-documents").getByRole("link", { name: /brosur-layanan\.pdf/ }),
    ).toBeVisible();
    await expect(
      visitor.getByTestId("public-documents").getByRole("link", { name: /sk-kepala-dinas/ }),
    ).toHaveCount(0);
    const download = await visitor.request.get(publicUrl);
    expect(download.status()).toBe(200);
    expect(download.headers()["cache-control"]).toBe("no-cache");
  });

  test("the compliance page shows the OPD as met, and exports CSV", async ({ page }) => {
    await loginAs(page, "admin@inovasi.test", /\/admin$/);
    await page.goto("/admin/kepatuhan");
    await expect(page.getByTestId("compliance-DINSOS")).toContainText("Terpenuhi");
    await expect(page.getByTestId("compliance-DLH")).toContainText("Belum terpenuhi");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Unduh CSV" }).click(),
    ]);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toMatch(/Dinas Sosial,DINSOS,\d+,\d+,1,Tidak,Terpenuhi/);
  });

  test("an operator of another OPD gets 'not found' for the page, its documents and its actions", async ({
    browser,
  }) => {
    // The head of the innovation's OPD can download the internal document.
    const head = await (await browser.newContext()).newPage();
    await loginAs(head, HEAD, /\/opd$/);
    const own = await head.request.get(documentUrl);
    expect(own.status()).toBe(200);
    expect(own.headers()["content-type"]).toBe("application/pdf");

    // Capture the autosave action as the browser sends it, to replay it as the other OPD.
    await head.goto("/inovasi/baru");
    await head.getByLabel("Judul inovasi").fill("Draf untuk uji lintas OPD");
    await head.getByRole("button", { name: "Buat draf" }).click();
    await expect(head).toHaveURL(/\/ubah$/);
    const [save] = await Promise.all([
      head.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      head.locator("#editor-section").getByLabel("Unit pelaksana").fill("Bidang Linjamsos"),
    ]);

    const page = await (await browser.newContext()).newPage();
    await loginAs(page, "operator.disdukcapil@inovasi.test", /\/opd$/);
    for (const path of [url, `${url}/ubah`, `${url}/versi`]) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    }
    expect((await page.request.get(documentUrl)).status()).toBe(404);
    expect((await page.request.delete(documentUrl)).status()).toBe(404);
    const upload = await page.request.post(`/api/inovasi/${url.split("/").pop()}/lampiran`, {
      multipart: {
        file: { name: "x.pdf", mimeType: "application/pdf", buffer: PDF },
        kind: "SK",
        visibility: "PUBLIC",
      },
    });
    expect(upload.status()).toBe(404);
    const replay = await page.request.post(save.url(), {
      headers: {
        "next-action": save.headers()["next-action"]!,
        "content-type": save.headers()["content-type"]!,
        accept: "text/x-component",
      },
      data: save.postData()!.replace("Bidang Linjamsos", "Dibajak"),
    });
    expect(await replay.text()).toContain("Data tidak ditemukan atau di luar kewenangan Anda.");
    await head.reload();
    await expect(head.locator("#editor-section").getByLabel("Unit pelaksana")).toHaveValue(
      "Bidang Linjamsos",
    );
  });
});

test.describe("the draft editor", () => {
  test("an edit made offline is saved when the connection returns", async ({ page, context }) => {
    await loginAs(page, OPERATOR, /\/opd$/);
    await page.goto("/inovasi/baru");
    await page.getByLabel("Judul inovasi").fill("Layanan Lansia Tanpa Antre");
    await page.getByRole("button", { name: "Buat draf" }).click();
    await expect(page).toHaveURL(/\/ubah$/);
    await context.setOffline(true);
    await page.locator("#editor-section").getByLabel("Unit pelaksana").fill("UPTD Panti Wreda");
    await page.getByRole("button", { name: "Simpan sekarang" }).click();
    await expect(page.getByTestId("save-status")).toHaveText(QUEUED);
    await context.setOffline(false);
    await saved(page);
    await page.reload();
    await expect(page.locator("#editor-section").getByLabel("Unit pelaksana")).toHaveValue(
      "UPTD Panti Wreda",
    );
  });

  test("saves that fail while the server is unreachable are resent by themselves once it is back", async ({
    page,
  }) => {
    await newDraft(page, "Layanan Antar Jemput Disabilitas");
    let failing = true;
    let attempts = 0;
    await page.route(
      (url) => url.pathname.endsWith("/ubah"),
      async (route) => {
        if (!isSave(route) || !failing) return route.fallback();
        attempts += 1;
        await route.abort("connectionrefused");
      },
    );
    await page.locator("#editor-section").getByLabel("Unit pelaksana").fill("UPTD Transportasi Inklusif");
    await expect(page.getByTestId("save-status")).toHaveText(QUEUED);
    await expect.poll(() => attempts, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    // The server is back. No typing, no switching tabs: the next retry of the backoff sends it.
    failing = false;
    await expect(page.getByTestId("save-status")).toHaveText(/Tersimpan pukul \d{2}[.:]\d{2}/, {
      timeout: 20_000,
    });
    await page.unrouteAll({ behavior: "wait" });
    await reloadFromServer(page);
    await expect(page.locator("#editor-section").getByLabel("Unit pelaksana")).toHaveValue(
      "UPTD Transportasi Inklusif",
    );
  });

  test("a save whose answer was lost, then a reload, is no conflict and keeps the text", async ({ page }) => {
    await newDraft(page, "Pojok Baca Kelurahan");
    let reached = 0;
    await page.route(
      (url) => url.pathname.endsWith("/ubah"),
      async (route) => {
        if (!isSave(route)) return route.fallback();
        // The server stores the save; its answer never reaches the browser.
        await route.fetch();
        reached += 1;
        await route.abort("connectionreset");
      },
    );
    await page.locator("#editor-section").getByLabel("Unit pelaksana").fill("Bidang Perpustakaan");
    await expect.poll(() => reached).toBeGreaterThanOrEqual(1);
    await page.unrouteAll({ behavior: "wait" });
    await page.reload();
    await expect(page.locator("#editor-section").getByLabel("Unit pelaksana")).toHaveValue(
      "Bidang Perpustakaan",
    );
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.locator("#editor-section").getByLabel("Unit pelaksana").fill("Bidang Perpustakaan Daerah");
    await saved(page);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await reloadFromServer(page);
    await expect(page.locator("#editor-section").getByLabel("Unit pelaksana")).toHaveValue(
      "Bidang Perpustakaan Daerah",
    );
  });

  test("two people saving the same draft: the second sees both versions and chooses", async ({ browser }) => {
    const a = await (await browser.newContext()).newPage();
    await loginAs(a, OPERATOR, /\/opd$/);
    await a.goto("/inovasi/baru");
    await a.getByLabel("Judul inovasi").fill("Konflik Penyuntingan");
    await a.getByRole("button", { name: "Buat draf" }).click();
    await expect(a).toHaveURL(/\/ubah$/);
    const editUrl = a.url();

    const b = await (await browser.newContext()).newPage();
    await loginAs(b, HEAD, /\/opd$/);
    await b.goto(editUrl);

    await a.locator("#editor-section").getByLabel("Unit pelaksana").fill("Bidang Rehabilitasi Sosial");
    await saved(a);
    await b.locator("#editor-section").getByLabel("Unit pelaksana").fill("Bidang Perlindungan Sosial");
    await expect(b.getByRole("dialog", { name: "Draf ini diubah orang lain" })).toBeVisible();
    const row = b.getByTestId("conflict-unitName");
    await expect(row).toContainText("Bidang Perlindungan Sosial");
    await expect(row).toContainText("Bidang Rehabilitasi Sosial");
    await b.getByRole("button", { name: "Pakai semua versi tersimpan" }).click();
    await expect(b.locator("#editor-section").getByLabel("Unit pelaksana")).toHaveValue(
      "Bidang Rehabilitasi Sosial",
    );
  });

  test("is usable with the keyboard alone and has no serious accessibility violations", async ({ page }) => {
    await loginAs(page, OPERATOR, /\/opd$/);
    await page.goto("/inovasi/baru");
    await page.getByLabel("Judul inovasi").fill("Uji Papan Ketik");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ubah$/);
    await page.getByRole("button", { name: /2\. Ringkasan Inovasi/ }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Ditulis hanya dengan papan ketik.");
    await expect(page.locator("#editor-section").getByLabel("Ringkasan")).toHaveValue(
      "Ditulis hanya dengan papan ketik.",
    );
    await saved(page);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
