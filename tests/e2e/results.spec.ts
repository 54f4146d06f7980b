import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { docxText } from "../support/docx-text";
import { DEMO, login, loginAs, newOperator } from "./fixtures";

// The results of the demo competition "Lomba Inovasi Pelayanan Publik <year>", as one story in order, because the
// parts share the seeded database and each builds on the last: the secretariat (re)generates the shortlist from the
// live ranking, a visitor files an objection and the secretariat dismisses it, then it publishes the results, which
// closes the objection window and freezes the shortlist. No retries: a step cannot be replayed alone.
test.describe.configure({ mode: "serial", retries: 0 });

// A GET that meets a reset connection (a kept-alive socket the server closed at that instant) is sent again; the
// story cannot be retried as a whole, and a GET changes nothing.
const RETRY_NETWORK = { maxRetries: 2 };

test.describe("1. the live ranking and the shortlist", () => {
  // The secretariat's live ranking of the demo competition "Lomba Inovasi Pelayanan Publik <year>": sorting,
  // an entry's explanation, (re)generating the shortlist (already the engine's, so nothing changes), the CSV, and an
  // OPD operator refused on the page, the JSON endpoint and a replayed server action. Leaves no lasting change to
  // the ranking (generating an unchanged shortlist only records the computation).

  const COMPETITION = `Lomba Inovasi Pelayanan Publik ${new Date().getFullYear()}`;
  let rankingUrl = "";
  let generateRequest: Request | null = null;

  async function openRanking(page: Page) {
    await page.goto("/admin/kompetisi");
    await page.getByRole("link", { name: COMPETITION }).click();
    await expect(page).toHaveURL(/\/admin\/kompetisi\/[^/]+$/);
    await page.getByRole("link", { name: "Peringkat & daftar pendek" }).click();
    await expect(page).toHaveURL(/\/peringkat$/);
    rankingUrl = new URL(page.url()).pathname;
  }

  test("the admin sorts the ranking, opens an explanation, regenerates the shortlist and downloads the CSV", async ({
    page,
  }) => {
    await loginAs(page, DEMO.admin, /\/admin$/);
    await openRanking(page);
    await expect(page.getByRole("heading", { name: new RegExp(`Peringkat — ${COMPETITION}`) })).toBeVisible();
    const table = page.getByRole("table");
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(8);
    // Engine order: rank 1 first; five entries shortlisted, one below the passing grade of 60.
    await expect(rows.first().locator("td").first()).toHaveText("1");
    await expect(table.getByRole("cell", { name: "Di bawah nilai batas" })).toHaveCount(1);
    await expect(table.getByRole("cell", { name: /^Ya \((kuota|umum)\)$/ })).toHaveCount(5);

    // Sort by score, lowest first: the entry below the passing grade comes first.
    await table.getByRole("link", { name: "Nilai", exact: true }).click();
    await expect(page).toHaveURL(/sort=total&dir=asc/);
    await expect(table.getByRole("columnheader", { name: /^Nilai/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(rows.first()).toContainText("Di bawah nilai batas");
    // Scores read as Indonesian decimals ("87,35").
    const scores = (await rows.locator("td:nth-child(5)").allTextContents()).map((x) =>
      Number(x.replace(",", ".")),
    );
    expect(scores.every(Number.isFinite)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    // And back, highest first.
    await table.getByRole("link", { name: /^Nilai/ }).click();
    await expect(page).toHaveURL(/sort=total&dir=desc/);
    await expect(table.getByRole("columnheader", { name: /^Nilai/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(rows.first().locator("td").first()).toHaveText("1");

    // The explanation of the best entry: each evaluator (anonymised) and each criterion's contribution.
    const title = (await rows.first().locator("td:nth-child(2)").textContent())!.trim();
    await rows.first().getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/Penilaian proposal: nilai \d+,\d\d, peringkat 1/)).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Penilai 1: Nilai ulasan \d+,\d\d/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Kontribusi (poin)" }).first()).toBeVisible();
    await expect(page.getByText("Normalisasi z-score per penilai: tidak diterapkan")).toBeVisible();
    await page.getByRole("link", { name: "Kembali ke peringkat" }).click();

    // Regenerate: the seeded shortlist is already the engine's, so no status changes.
    await page.getByRole("button", { name: "Susun daftar pendek" }).click();
    const dialog = page.getByRole("dialog", { name: "Susun daftar pendek" });
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      dialog.getByRole("button", { name: "Susun daftar pendek" }).click(),
    ]);
    generateRequest = request;
    await expect(page.getByText("Daftar pendek sudah sesuai peringkat; tidak ada perubahan.")).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Terakhir disusun .* oleh /)).toBeVisible();
    await expect(page.getByRole("table").getByRole("cell", { name: /^Ya \((kuota|umum)\)$/ })).toHaveCount(5);

    // Adjust: add the best passing entry left out, with a reason; then revoke it, so the seeded shortlist stays.
    await page.locator("summary", { hasText: "Sesuaikan daftar pendek" }).click();
    const adjust = page.getByRole("form", { name: "Sesuaikan daftar pendek" });
    await adjust.getByLabel("Peserta").selectOption({ label: "Satu Data Desa Terbuka (DISKOMINFO)" });
    await adjust.getByLabel("Penyesuaian").selectOption("SHORTLIST_ADD");
    await adjust.getByLabel("Alasan tertulis").fill("Dampak lintas OPD yang terverifikasi");
    await adjust.getByRole("button", { name: "Simpan penyesuaian" }).click();
    await expect(adjust.getByText("Penyesuaian daftar pendek disimpan.")).toBeVisible();
    await expect(page.getByRole("table").getByRole("cell", { name: "Ya (penyesuaian)" })).toHaveCount(1);
    // In the list of decisions (the calculation notes above say the same in a sentence of their own).
    const item = page
      .getByRole("region", { name: "Keputusan admin (override)" })
      .getByRole("listitem")
      .filter({ hasText: "Ditambahkan ke daftar pendek" });
    await expect(item).toContainText("Dampak lintas OPD yang terverifikasi");
    await item.locator("summary", { hasText: "Cabut" }).click();
    await item.getByLabel("Alasan pencabutan").fill("Uji coba selesai, dikembalikan");
    await item.getByRole("button", { name: "Cabut", exact: true }).click();
    await expect(item).toContainText("dicabut");
    await expect(page.getByRole("table").getByRole("cell", { name: "Ya (penyesuaian)" })).toHaveCount(0);
    await expect(page.getByRole("table").getByRole("cell", { name: /^Ya \((kuota|umum)\)$/ })).toHaveCount(5);

    // CSV of the desk view: a header and one line per entry, UTF-8 with a BOM.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Unduh CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^peringkat-\d{4}-desk\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFFPeringkat,Peringkat hitungan,Inovasi,OPD,Kategori")).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(9);

    // The admin JSON: the live ranking, not cached.
    const response = await page.request.get(
      `/api/kompetisi/${rankingUrl.split("/")[3]}/peringkat`,
      RETRY_NETWORK,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = (await response.json()) as { shortlist: string[]; desk: unknown[] };
    expect(body.shortlist).toHaveLength(5);
    expect(body.desk).toHaveLength(8);
  });

  test("an OPD operator cannot reach the live ranking: page, JSON endpoint, CSV or a replayed action", async ({
    page,
  }) => {
    expect(rankingUrl).not.toBe("");
    const competitionId = rankingUrl.split("/")[3]!;
    // Without a session the endpoint answers 401.
    expect(
      (await page.request.get(`/api/kompetisi/${competitionId}/peringkat`, RETRY_NETWORK)).status(),
    ).toBe(401);

    await loginAs(page, DEMO.operator, /\/opd$/);
    await page.goto(rankingUrl);
    await expect(page).toHaveURL(/\/terlarang$/);
    expect(
      (await page.request.get(`/api/kompetisi/${competitionId}/peringkat`, RETRY_NETWORK)).status(),
    ).toBe(403);
    expect((await page.request.get(`${rankingUrl}/csv?stage=DESK`, RETRY_NETWORK)).status()).toBe(403);

    expect(generateRequest).not.toBeNull();
    const replay = await page.request.post(generateRequest!.url(), {
      headers: {
        "next-action": generateRequest!.headers()["next-action"]!,
        "content-type": generateRequest!.headers()["content-type"]!,
        accept: "text/x-component",
      },
      data: generateRequest!.postDataBuffer()!,
    });
    expect(await replay.text()).toContain("Anda tidak berwenang melakukan tindakan ini.");
  });
});

test.describe("2. a public objection and its dismissal", () => {
  // The public objection window of the demo results competition: a visitor files an objection
  // against a shortlisted entry, the secretariat dismisses it, and the public summary shows the
  // outcome without the visitor's name or contact. Dismissing leaves the ranking unchanged.

  const COMPETITION = `Lomba Inovasi Pelayanan Publik ${new Date().getFullYear()}`;
  // DPMPTSP has no demo accounts, so no other story sees this entry's notifications.
  const ENTRY = "Izin Usaha Mikro Sehari Jadi";
  const VISITOR = { name: "Rina Kusumawati Uji", contact: "rina.uji.sanggah@example.id" };
  const REASON =
    "Gerai keliling di pasar sudah dijalankan kecamatan sejak 2021, bukan inovasi baru dari OPD pengusul.";
  const DECISION = "Gerai kecamatan adalah replikasi resmi dari inovasi OPD ini; tidak ada pelanggaran.";
  const CLARIFY_QUESTION = "Apakah gerai keliling di pasar dijalankan bersama kecamatan, dan sejak kapan?";
  const CLARIFY_ANSWER =
    "Gerai keliling kami jalankan sejak 2023; kecamatan mereplikasi dengan kesepakatan resmi.";

  let competitionId = "";
  let reference = "";

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  async function visitor(browser: Browser) {
    const context = await browser.newContext({ locale: "id-ID" });
    return { context, page: await context.newPage() };
  }

  test("the admin finds the competition", async ({ page }) => {
    await loginAs(page, DEMO.admin, /\/admin$/);
    await page.goto("/admin/kompetisi");
    await page.getByRole("link", { name: COMPETITION }).click();
    await expect(page).toHaveURL(/\/admin\/kompetisi\/[a-z0-9]+$/);
    competitionId = page.url().split("/").pop()!;
  });

  test("a visitor without an account files an objection against a shortlisted entry and gets a reference", async ({
    browser,
  }) => {
    const { context, page } = await visitor(browser);
    await page.goto(`/kompetisi/${competitionId}/sanggahan`);
    await expect(page.getByRole("heading", { level: 1, name: `Sanggahan: ${COMPETITION}` })).toBeVisible();
    await expect(page.getByText("Masa sanggah sedang dibuka.")).toBeVisible();
    await expect(page.getByText(/^Masa sanggah: /)).toBeVisible();

    const a11y = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      a11y.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);

    await page.getByRole("link", { name: `Ajukan sanggahan terhadap ${ENTRY}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ajukan sanggahan" })).toBeVisible();
    await expect(page.getByText(new RegExp(`Terhadap: ${ENTRY}`))).toBeVisible();

    // Everything wrong at once is reported field by field, and what was typed stays.
    await page.getByLabel("Nama lengkap").fill(VISITOR.name);
    await page.getByLabel("Email atau nomor telepon").fill("bukan-kontak");
    await page.getByLabel("Alasan sanggahan").fill("Terlalu singkat.");
    await page.getByRole("button", { name: "Kirim sanggahan" }).click();
    await expect(page.getByText(/Isi alamat email atau nomor telepon Indonesia/)).toBeVisible();
    await expect(page.getByText(/Alasan minimal 30 karakter/)).toBeVisible();
    await expect(page.getByLabel("Nama lengkap")).toHaveValue(VISITOR.name);

    await page.getByLabel("Email atau nomor telepon").fill(VISITOR.contact);
    await page.getByLabel("Alasan sanggahan").fill(REASON);
    await page.getByRole("button", { name: "Kirim sanggahan" }).click();
    await expect(page.getByText("Sanggahan Anda diterima.")).toBeVisible();
    const text = await page.getByTestId("objection-reference").innerText();
    reference = /SGH-[A-Z0-9]{6}/.exec(text)![0];

    // It is listed at once, pending, without the visitor's details.
    await page.goto(`/kompetisi/${competitionId}/sanggahan`);
    await expect(page.getByTestId(`objection-${reference}`)).toContainText("Menunggu keputusan");
    await context.close();
  });

  test("an OPD operator cannot open the admin objections page", async ({ page }) => {
    await loginAs(page, DEMO.operator, /\/opd$/);
    await page.goto(`/admin/kompetisi/${competitionId}/sanggahan`);
    await expect(page).toHaveURL(/\/terlarang$/);
    await expect(page.getByText(VISITOR.contact)).toHaveCount(0);
  });

  test("the secretariat asks the OPD concerned for a clarification, which it answers in the portal", async ({
    browser,
  }) => {
    // An account of the OPD concerned, made for this story: the demo OPDs' users never see this entry.
    const { email, password, admin } = await newOperator(
      browser,
      "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    );
    await admin.goto(`/admin/kompetisi/${competitionId}/sanggahan?status=SUBMITTED`);
    const card = admin.getByTestId(`admin-objection-${reference}`);
    await card.getByText("Minta klarifikasi OPD").click();
    await card.getByLabel("Pertanyaan untuk OPD pengusul").fill("Singkat.");
    await card.getByRole("button", { name: "Kirim permintaan" }).click();
    await expect(card.getByText("Tulis paling sedikit 10 karakter.")).toBeVisible();
    await card.getByLabel("Pertanyaan untuk OPD pengusul").fill(CLARIFY_QUESTION);
    await card.getByRole("button", { name: "Kirim permintaan" }).click();
    await expect(
      card.getByText(`Permintaan klarifikasi atas sanggahan ${reference} dikirim ke OPD.`),
    ).toBeVisible();
    await expect(card.getByTestId(`clarifications-${reference}`)).toContainText("Belum dijawab OPD.");

    // The OPD is notified, opens its requests, and answers; it never sees who filed the objection.
    const opd = await (await browser.newContext()).newPage();
    await login(opd, email, password);
    await expect(opd).toHaveURL(/\/opd$/);
    await opd.goto("/notifikasi");
    await opd
      .getByRole("link", { name: new RegExp(`meminta klarifikasi atas sanggahan ${reference}`) })
      .click();
    await expect(opd).toHaveURL(/\/opd\/klarifikasi#k-/);
    const request = opd.getByTestId(`clarification-${reference}`);
    await expect(request).toContainText(CLARIFY_QUESTION);
    await expect(request).toContainText(ENTRY);
    expect(await opd.content()).not.toContain(VISITOR.name);
    await request.getByLabel("Jawaban OPD").fill(CLARIFY_ANSWER);
    await request.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect(opd.getByText(`Jawaban klarifikasi atas sanggahan ${reference} terkirim.`)).toBeVisible();
    await expect(opd.getByTestId(`clarification-${reference}`)).toContainText(CLARIFY_ANSWER);
    await expect(opd.getByRole("button", { name: "Kirim jawaban" })).toHaveCount(0);

    // The secretariat reads the answer on the objection before deciding.
    await admin.reload();
    await expect(admin.getByTestId(`clarifications-${reference}`)).toContainText(CLARIFY_ANSWER);
    await admin.context().close();
    await opd.context().close();
  });

  test("the admin sees the objection with the filer's details and dismisses it with a reason", async ({
    page,
  }) => {
    await loginAs(page, DEMO.admin, /\/admin$/);
    await page.goto(`/admin/kompetisi/${competitionId}/sanggahan?status=SUBMITTED`);
    const card = page.getByTestId(`admin-objection-${reference}`);
    await expect(card).toContainText(VISITOR.name);
    await expect(card).toContainText(VISITOR.contact);
    await expect(card).toContainText(REASON);

    // A disqualification is refused without its confirmation; nothing is decided.
    await card.getByLabel("Kabulkan dan diskualifikasi entri").check();
    await card.getByLabel("Alasan keputusan (dipublikasikan)").fill(DECISION);
    await card.getByRole("button", { name: "Simpan keputusan" }).click();
    await expect(card.getByText("Centang konfirmasi untuk mendiskualifikasi entri ini.")).toBeVisible();

    await card.getByLabel("Tolak sanggahan").check();
    await card.getByRole("button", { name: "Simpan keputusan" }).click();
    // Decided, it is confirmed and shown in the list of dismissed objections.
    await expect(page).toHaveURL(/status=REJECTED/);
    await expect(page.getByText(`Keputusan atas sanggahan ${reference} disimpan.`)).toBeVisible();
    const decided = page.getByTestId(`admin-objection-${reference}`);
    await expect(decided).toContainText(DECISION);
    await expect(decided).toContainText("Ditolak");
    await expect(decided.getByRole("button", { name: "Simpan keputusan" })).toHaveCount(0);
  });

  test("the public summary shows the reference and the outcome, never the visitor's name or contact, and fits a phone", async ({
    browser,
  }) => {
    const { context, page } = await visitor(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/kompetisi/${competitionId}/sanggahan`);
    const item = page.getByTestId(`objection-${reference}`);
    await expect(item).toContainText("Ditolak");
    await expect(item).toContainText(DECISION);
    await expect(item).toContainText(ENTRY);
    const html = await page.content();
    expect(html).not.toContain(VISITOR.name);
    expect(html).not.toContain(VISITOR.contact);
    expect(html).not.toContain(REASON);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole("link", { name: `Ajukan sanggahan terhadap ${ENTRY}` }).click();
    await expect(page.getByRole("button", { name: "Kirim sanggahan" })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test.describe("3. publishing the results", () => {
  // The admin publishes the final results of the demo competition; the public sees the winners with their labels and
  // the snapshot hash, downloads the JSON (whose sha256 is that hash) and a certificate; the admin gets the minutes.

  const COMPETITION = `Lomba Inovasi Pelayanan Publik ${new Date().getFullYear()}`;
  let competitionPath = "";

  async function pdfText(body: Buffer): Promise<string> {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
    return text.replace(/\s+/g, " ");
  }

  test("an OPD operator cannot open the admin publication page", async ({ page }) => {
    await page.goto("/kompetisi");
    await page.getByRole("link", { name: COMPETITION, exact: true }).click();
    await expect(page).toHaveURL(/\/kompetisi\/[^/]+$/);
    competitionPath = new URL(page.url()).pathname;
    const id = competitionPath.split("/").pop()!;

    await loginAs(page, DEMO.operator, /\/opd/);
    await page.goto(`/admin/kompetisi/${id}/publikasi`);
    await expect(page).toHaveURL(/\/terlarang/);
    const minutes = await page.request.get(`/admin/kompetisi/${id}/publikasi/berita-acara`, RETRY_NETWORK);
    expect(minutes.status()).toBe(403);
  });

  test("before publication the results page says so and the JSON endpoint answers 404", async ({
    page,
    request,
  }) => {
    const id = competitionPath.split("/").pop()!;
    await page.goto(`${competitionPath}/hasil`);
    await expect(page.getByText("belum dipublikasikan")).toBeVisible();
    expect((await request.get(`/api/publik/kompetisi/${id}/hasil`, RETRY_NETWORK)).status()).toBe(404);
  });

  test("the admin publishes the results; the public sees winners, labels and the hash, and can verify it", async ({
    page,
    browser,
  }) => {
    const id = competitionPath.split("/").pop()!;
    await loginAs(page, DEMO.admin, /\/admin/);
    await page.goto(`/admin/kompetisi/${id}/publikasi`);
    await expect(page.getByRole("heading", { name: "Kesiapan publikasi" })).toBeVisible();
    await expect(page.getByText("Masa sanggahan masih terbuka")).toBeVisible();

    // Without confirming that the objection window closes, the publication is refused.
    await page.getByRole("button", { name: "Publikasikan hasil" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publikasikan hasil" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Masa sanggahan masih terbuka" })).toBeVisible();

    await page.getByLabel("Saya mengerti bahwa publikasi ini menutup masa sanggahan.").check();
    await page.getByRole("button", { name: "Publikasikan hasil" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publikasikan hasil" }).click();
    await expect(page.getByRole("status").filter({ hasText: "publikasi nomor 1" })).toBeVisible();
    await page.reload();
    const adminHash = (await page.getByTestId("publication-hash").first().textContent())!.trim();
    expect(adminHash).toMatch(/^[0-9a-f]{64}$/);

    // The berita acara downloads for the admin and lists the ranking.
    const minutes = await page.request.get(
      `/admin/kompetisi/${id}/publikasi/berita-acara?nomor=1`,
      RETRY_NETWORK,
    );
    expect(minutes.status()).toBe(200);
    expect(minutes.headers()["content-type"]).toBe("application/pdf");
    const minutesText = await pdfText(await minutes.body());
    expect(minutesText).toContain(COMPETITION);
    expect(minutesText).toContain("Juara 1");
    expect(minutesText).toContain(adminHash);

    // The draft decree naming the winners, downloaded from its link on the page as the admin would.
    const [decree] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Rancangan SK penetapan pemenang (.docx)" }).first().click(),
    ]);
    expect(decree.suggestedFilename()).toBe("rancangan-sk-pemenang-1.docx");
    const decreeText = docxText(await readFile((await decree.path())!));
    expect(decreeText).toContain("KEPUTUSAN BUPATI LESTARI JAYA");
    expect(decreeText).toContain(`PENETAPAN PEMENANG ${COMPETITION.toUpperCase()}`);
    expect(decreeText).toContain("Puskesmas Tanpa Antre (PUSTAKA)");
    expect(decreeText).toContain("Juara 1");

    // A visitor, not signed in.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${competitionPath}/hasil`);
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText(COMPETITION);
    const shownHash = (await visitor.getByTestId("content-hash").textContent())!.trim();
    expect(shownHash).toBe(adminHash);
    const winners = visitor.getByTestId("winner");
    await expect(winners.filter({ hasText: "Juara 1" })).toContainText("Puskesmas Tanpa Antre (PUSTAKA)");
    await expect(winners.filter({ hasText: "Terbaik Replikasi" })).toContainText(
      "Layanan Adminduk Keliling Sekolah",
    );
    await expect(winners).toHaveCount(5);
    await expect(visitor.getByRole("table")).toContainText("Bansos Tepat Sasaran");

    const json = await visitor.request.get(`/api/publik/kompetisi/${id}/hasil`, RETRY_NETWORK);
    expect(json.status()).toBe(200);
    expect(
      createHash("sha256")
        .update(await json.body())
        .digest("hex"),
    ).toBe(shownHash);
    expect(json.headers()["etag"]).toBe(`"${shownHash}"`);

    const certificateHref = await winners
      .filter({ hasText: "Juara 1" })
      .getByRole("link")
      .getAttribute("href");
    const certificate = await visitor.request.get(certificateHref!, RETRY_NETWORK);
    expect(certificate.status()).toBe(200);
    expect(certificate.headers()["content-type"]).toBe("application/pdf");
    const certificateText = await pdfText(await certificate.body());
    expect(certificateText).toContain("PIAGAM PENGHARGAAN");
    expect(certificateText).toContain("Puskesmas Tanpa Antre (PUSTAKA)");

    const a11y = await new AxeBuilder({ page: visitor }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(a11y.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

    // At 390 px the page does not scroll sideways; only the ranking table's own box does.
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.reload();
    await expect(visitor.getByTestId("content-hash")).toBeVisible();
    const overflow = await visitor.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await visitorContext.close();
  });
});
