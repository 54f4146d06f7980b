import { expect, test } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

/** Jakarta wall-clock "YYYY-MM-DDTHH:mm", `hours` from now. */
function jakarta(hours: number) {
  return new Date(Date.now() + hours * 3600_000 + 7 * 3600_000).toISOString().slice(0, 16);
}

// The stories build on each other's data, so a retry of one alone cannot pass: no retries here.
test.describe.configure({ mode: "serial", timeout: 180_000, retries: 0 });

test("an OPD enters an approved innovation, the secretariat moves the calendar on and screens it", async ({
  browser,
}) => {
  const operator = await (await browser.newContext()).newPage();
  await loginAs(operator, DEMO.operator, /\/opd$/);
  await operator.goto("/opd/kompetisi");
  // Other stories may open a competition of their own for registration meanwhile: work inside this one.
  const open = operator.getByRole("region", { name: /Kompetisi Inovasi Daerah/ });
  await open
    .getByLabel("Inovasi yang sudah disetujui kepala OPD")
    .selectOption({ label: "SIGAP Bumil: Sistem Informasi Gawat Darurat Ibu Hamil" });
  // The replication category is closed to an innovation that replicates nothing: refused outright.
  await open.getByLabel("Kategori").selectOption({ label: "Replikasi" });
  await open.getByRole("button", { name: "Daftarkan" }).click();
  await expect(operator.getByText(/Kategori Replikasi hanya untuk inovasi yang mereplikasi/)).toBeVisible();
  await expect(open.getByLabel("Kategori")).toHaveAttribute("aria-invalid", "true");

  await open.getByLabel("Kategori").selectOption({ label: "Umum" });
  await open.getByRole("button", { name: "Daftarkan" }).click();
  // The demo innovation has no documents yet: the operator is warned before anything is entered, and enters anyway.
  await expect(operator.getByTestId("entry-warnings")).toContainText("Belum ada dokumen pendukung");
  await operator.getByRole("button", { name: "Saya sudah membaca peringatan ini, tetap daftarkan" }).click();
  await expect(
    operator.getByText("Inovasi terdaftar. Versi yang disetujui dibekukan untuk kompetisi."),
  ).toBeVisible();
  await operator.reload();
  await expect(operator.getByText("Terdaftar", { exact: true })).toBeVisible();

  // Before screening the OPD may withdraw it, after confirming; then it enters it again.
  await operator.getByRole("button", { name: "Tarik pendaftaran" }).click();
  const confirm = operator.getByRole("dialog", { name: "Tarik pendaftaran" });
  await expect(confirm).toContainText("SIGAP Bumil");
  await confirm.getByRole("button", { name: "Tarik pendaftaran" }).click();
  await expect(operator).toHaveURL(/\/opd\/kompetisi\?ditarik=1$/);
  await expect(operator.getByText("Pendaftaran ditarik.", { exact: false })).toBeVisible();
  await expect(operator.getByText("Terdaftar", { exact: true })).toHaveCount(0);
  await open
    .getByLabel("Inovasi yang sudah disetujui kepala OPD")
    .selectOption({ label: "SIGAP Bumil: Sistem Informasi Gawat Darurat Ibu Hamil" });
  await open.getByLabel("Kategori").selectOption({ label: "Umum" });
  await open.getByRole("button", { name: "Daftarkan" }).click();
  await operator.getByRole("button", { name: "Saya sudah membaca peringatan ini, tetap daftarkan" }).click();
  await expect(
    operator.getByText("Inovasi terdaftar. Versi yang disetujui dibekukan untuk kompetisi."),
  ).toBeVisible();
  await operator.reload();
  await expect(operator.getByText("Terdaftar", { exact: true })).toBeVisible();

  // Another OPD does not see it.
  const other = await (await browser.newContext()).newPage();
  await loginAs(other, "operator.disdukcapil@inovasi.test", /\/opd$/);
  await other.goto("/opd/kompetisi");
  await expect(other.getByText("SIGAP Bumil")).toHaveCount(0);

  // The secretariat cannot screen before the screening stage opens: it moves the calendar on.
  const admin = await (await browser.newContext()).newPage();
  await loginAs(admin, DEMO.admin, /\/admin$/);
  await admin.goto("/admin/kompetisi");
  await admin.getByRole("link", { name: /Kompetisi Inovasi Daerah/ }).click();
  await admin.locator("summary", { hasText: "Ubah jadwal" }).click();
  await admin.getByLabel("Mulai — Seleksi administrasi").fill(jakarta(48));
  await admin.getByLabel("Selesai — Seleksi administrasi").fill(jakarta(24));
  await admin.getByRole("button", { name: "Simpan jadwal" }).click();
  await expect(admin.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
  await expect(admin.getByLabel("Selesai — Seleksi administrasi")).toHaveAttribute("aria-invalid", "true");

  await admin.getByLabel("Mulai — Pendaftaran").fill(jakarta(-24 * 30));
  await admin.getByLabel("Selesai — Pendaftaran").fill(jakarta(-1));
  await admin.getByLabel("Mulai — Seleksi administrasi").fill(jakarta(-1));
  await admin.getByLabel("Selesai — Seleksi administrasi").fill(jakarta(24 * 10));
  await admin.getByRole("button", { name: "Simpan jadwal" }).click();
  await expect(admin.getByText("Jadwal disimpan.")).toBeVisible();

  await admin.getByRole("link", { name: "Peserta dan seleksi" }).click();
  const card = admin.locator("li").filter({ hasText: "SIGAP Bumil" });
  await card.getByLabel("Kembalikan untuk perbaikan").check();
  await card.getByLabel("Alasan (dibaca OPD)").fill("Lampirkan SK penerapan.");
  await card.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(card.getByText("Dikembalikan untuk perbaikan")).toBeVisible();

  // The OPD sees why, corrects and resubmits; the secretariat passes it.
  await operator.reload();
  await expect(operator.getByText("Catatan seleksi: Lampirkan SK penerapan.")).toBeVisible();
  await operator.getByRole("button", { name: "Ajukan ulang setelah diperbaiki" }).click();
  await expect(operator.getByText("Terdaftar", { exact: true })).toBeVisible();

  await admin.reload();
  await card.getByLabel("Lolos", { exact: true }).check();
  await card.getByLabel("Alasan (dibaca OPD)").fill("Lengkap dan memenuhi syarat.");
  await card.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(card.getByText("Lolos seleksi")).toBeVisible();

  // Registration has closed: the operator is told so.
  await operator.reload();
  await expect(
    operator
      .getByRole("region", { name: /Kompetisi Inovasi Daerah/ })
      .getByText("Pendaftaran tidak sedang dibuka."),
  ).toBeVisible();
  // Screening has started: the entry can no longer be withdrawn.
  await expect(operator.getByRole("button", { name: "Tarik pendaftaran" })).toHaveCount(0);
});

test("the secretariat assigns evaluators automatically; an evaluator declares no conflict, scores with autosave and submits", async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await loginAs(admin, DEMO.admin, /\/admin$/);
  await admin.goto("/admin/kompetisi");
  await admin.getByRole("link", { name: /Kompetisi Inovasi Daerah/ }).click();
  await expect(admin).toHaveURL(/\/admin\/kompetisi\/[^/]+$/);
  const competitionUrl = admin.url();
  await admin.locator("summary", { hasText: "Ubah jadwal" }).click();
  await admin.getByLabel("Selesai — Pendaftaran").fill(jakarta(-3));
  await admin.getByLabel("Mulai — Seleksi administrasi").fill(jakarta(-3));
  await admin.getByLabel("Selesai — Seleksi administrasi").fill(jakarta(-2));
  await admin.getByLabel("Mulai — Penilaian proposal").fill(jakarta(-2));
  await admin.getByLabel("Selesai — Penilaian proposal").fill(jakarta(24 * 10));
  await admin.getByRole("button", { name: "Simpan jadwal" }).click();
  await expect(admin.getByText("Jadwal disimpan.")).toBeVisible();

  await admin.goto(`${competitionUrl}/penugasan?stage=DESK`);
  await admin.getByRole("button", { name: "Penugasan otomatis" }).click();
  await expect(admin.getByText(/3 penugasan baru dibuat/)).toBeVisible();
  await expect(admin.getByText("3 dari 3 penilai")).toBeVisible();
  // Bulk assignment names what is missing instead of doing nothing silently.
  const bulk = admin.getByTestId("bulk-assign");
  await bulk.getByRole("checkbox").first().check();
  await bulk.getByRole("button", { name: "Tugaskan ke peserta terpilih" }).click();
  await expect(bulk.getByText("Pilih sedikitnya satu penilai.")).toBeVisible();
  // Other stories may have added evaluators: sign in as two demo evaluators on this panel.
  const demoEvaluators = [
    ["Dr. Ratna Wulandari", DEMO.evaluator],
    ["Ir. Bambang Setiawan", "penilai2@inovasi.test"],
    ["Sri Handayani, M.Si.", "penilai3@inovasi.test"],
  ] as const;
  const panel = (
    await admin
      .getByTestId(/^assign-/)
      .first()
      .getByTestId("panel-member")
      .allInnerTexts()
  ).join(" ");
  const [firstEmail, secondEmail] = demoEvaluators
    .filter(([name]) => panel.includes(name))
    .map(([, email]) => email);
  expect(secondEmail).toBeDefined();
  // The demo has another competition whose reviews are done: the queues are read for this competition.
  await expect(admin).toHaveURL(/\/admin\/kompetisi\/[^/]+\/penugasan/);
  const queue = `/penilai?kompetisi=${new URL(admin.url()).pathname.split("/")[3]}`;

  // The first evaluator: no conflict, scores every criterion (saved automatically), submits.
  const first = await (await browser.newContext()).newPage();
  await loginAs(first, firstEmail!, /\/penilai$/);
  await first.goto(queue);
  await expect(first.getByText("0 dari 1 dinilai")).toBeVisible();
  await first.getByRole("link", { name: "Mulai menilai" }).click();
  await expect(first).toHaveURL(/\/penilai\/tugas\/[^/]+$/);
  const firstUrl = first.url();
  await first.getByRole("button", { name: "Saya tidak memiliki konflik kepentingan" }).click();
  const values = first.locator("select[id$='-value']");
  await expect(values).toHaveCount(10);
  // The autosave action as the browser sends it, to replay it as the other evaluator below.
  const [save] = await Promise.all([
    first.waitForRequest(
      (r) =>
        r.method() === "POST" &&
        Boolean(r.headers()["next-action"]) &&
        (r.postData() ?? "").includes('"values"'),
    ),
    (async () => {
      for (let i = 0; i < 10; i++) await values.nth(i).selectOption(String(7 + (i % 3)));
    })(),
  ]);
  await expect(first.getByText(/Tersimpan pukul/)).toBeVisible();

  // The connection drops while a score changes: kept on the device, then resent by the form itself
  // (no typing, no tab switch) once the server answers again.
  let unreachable = true;
  await first.route(
    (url) => url.pathname === new URL(firstUrl).pathname,
    (route) =>
      unreachable && route.request().method() === "POST" && route.request().headers()["next-action"]
        ? route.abort("connectionrefused")
        : route.fallback(),
  );
  await values.nth(1).selectOption("9");
  await expect(first.getByTestId("save-status")).toHaveText("Tersimpan di perangkat, akan dikirim ulang…");
  unreachable = false;
  await expect(first.getByTestId("save-status")).toHaveText(/Tersimpan pukul/, { timeout: 20_000 });
  await first.unrouteAll({ behavior: "wait" });

  // The second evaluator cannot see the first one's score before submitting their own,
  // and cannot open the first one's assignment (page) at all.
  const second = await (await browser.newContext()).newPage();
  await loginAs(second, secondEmail!, /\/penilai$/);
  expect((await second.goto(firstUrl))?.status()).toBe(404);
  await expect(second.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  // …nor change it by replaying the first one's scoring action: the action itself refuses.
  const replay = await second.request.post(save.url(), {
    headers: {
      "next-action": save.headers()["next-action"]!,
      "content-type": save.headers()["content-type"]!,
      accept: "text/x-component",
    },
    data: save.postData()!.replace(/:7([,}])/, ":1$1"),
  });
  expect(await replay.text()).toContain("Data tidak ditemukan atau di luar kewenangan Anda.");
  await first.reload();
  await expect(first.locator("select[id$='-value']").first()).toHaveValue("7");
  await expect(first.locator("select[id$='-value']").nth(1)).toHaveValue("9");
  await second.goto(queue);
  await second.getByRole("link", { name: "Mulai menilai" }).click();
  await second.getByRole("button", { name: "Saya tidak memiliki konflik kepentingan" }).click();
  await expect(second.getByRole("heading", { name: "Skor penilai lain" })).toHaveCount(0);

  await first.getByRole("button", { name: "Kirim penilaian" }).click();
  await first.getByRole("button", { name: "Ya, kirim" }).click();
  await expect(first.getByRole("heading", { name: "Penilaian terkirim" })).toBeVisible();
  await expect(first.getByRole("heading", { name: "Skor penilai lain" })).toBeVisible();
  await first.goto(queue);
  await expect(first.getByText("1 dari 1 dinilai")).toBeVisible();

  await second.reload();
  await expect(second.getByRole("heading", { name: "Skor penilai lain" })).toHaveCount(0);
});

test("the secretariat creates next year's competition by copying this year's rubric", async ({ page }) => {
  await loginAs(page, DEMO.admin, /\/admin$/);

  // Scoring has started in this year's competition, so its rubric is frozen until an audited unlock.
  await page.goto("/admin/kompetisi");
  await page.getByRole("link", { name: /Kompetisi Inovasi Daerah/ }).click();
  await page.getByRole("link", { name: "Rubrik", exact: true }).click();
  await expect(page.getByText(/Rubrik dibekukan sejak/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Simpan rubrik" })).toBeDisabled();
  await page.getByLabel("Alasan membuka kunci").fill("Panduan kriteria D1 perlu diperjelas.");
  await page.getByRole("button", { name: "Buka kunci" }).click();
  await expect(page.getByRole("button", { name: "Simpan rubrik" })).toBeEnabled();
  await expect(page.getByText(/Rubrik dibekukan sejak/)).toHaveCount(0);
  await page
    .locator('textarea[name="criteria.0.guidance"]')
    .fill("Masalah jelas, didukung data BPS atau survei, tujuan terukur.");
  await page.getByRole("button", { name: "Simpan rubrik" }).click();
  // Scores exist, so saving records what they are affected by and freezes the rubric again.
  await expect(page.getByText(/Rubrik dibekukan sejak/)).toBeVisible();

  await page.goto("/admin/kompetisi");
  await page.getByRole("link", { name: "Buat kompetisi" }).click();
  await page.getByLabel("Nama kompetisi").fill("Kompetisi Inovasi Daerah Uji E2E");
  await page.getByLabel("Pendaftaran dibuka mulai").fill("2027-02-01");
  await page.getByLabel("Mulai dari").selectOption({
    label: `Salin pengaturan dan rubrik dari Kompetisi Inovasi Daerah ${new Date().getFullYear()}`,
  });
  await page.getByRole("button", { name: "Buat kompetisi" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Kompetisi Inovasi Daerah Uji E2E" }),
  ).toBeVisible();
  await expect(page.getByText(/Pendaftaran: 1 Feb 2027/)).toBeVisible();
  await expect(page.getByText(/Penilaian proposal · bobot 70 · 10 kriteria/)).toBeVisible();

  // Settings: quotas larger than the shortlist are refused, then a valid change is saved.
  await page.locator("summary", { hasText: "Ubah pengaturan" }).click();
  await page.getByLabel("Jumlah nominasi").fill("5");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Jumlah kuota kategori melebihi jumlah nominasi.")).toBeVisible();
  await page.getByLabel("Jumlah nominasi").fill("15");
  await page.getByLabel("Nilai ambang lolos").fill("80");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pengaturan disimpan.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("15", { exact: true })).toBeVisible();

  // Tie-breakers: copied in order, one added; one naming a missing criterion is refused.
  await page.locator("summary", { hasText: "Ubah pengaturan" }).click();
  await expect(page.getByLabel("Penentu 1", { exact: true })).toHaveValue("STAGE");
  await page.getByLabel("Penentu 3", { exact: true }).selectOption("CRITERION");
  await page.getByLabel("Tahap 3", { exact: true }).selectOption("DESK");
  await page.getByLabel("Kode kriteria 3", { exact: true }).fill("ZZ9");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText(/kriteria ZZ9 yang tidak ada/)).toBeVisible();
  await page.getByLabel("Penentu 3", { exact: true }).selectOption("OBJECTIONS");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pengaturan disimpan.")).toBeVisible();
  await page.reload();
  await page.locator("summary", { hasText: "Ubah pengaturan" }).click();
  await expect(page.getByLabel("Penentu 3", { exact: true })).toHaveValue("OBJECTIONS");
});
