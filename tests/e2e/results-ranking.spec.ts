// The secretariat's live ranking of the demo competition "Lomba Inovasi Pelayanan Publik <year>": sorting,
// an entry's explanation, (re)generating the shortlist (already the engine's, so nothing changes), the CSV, and an
// OPD operator refused on the page, the JSON endpoint and a replayed server action. Leaves no lasting change to
// the ranking (generating an unchanged shortlist only records the computation).
import { readFile } from "node:fs/promises";
import { expect, test, type Page, type Request } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

test.describe.configure({ mode: "serial" });

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

test("the admin sorts the ranking, opens an explanation, regenerates the shortlist and downloads the CSV", async ({ page }) => {
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
  await expect(table.getByRole("columnheader", { name: /^Nilai/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(rows.first()).toContainText("Di bawah nilai batas");
  const scores = (await rows.locator("td:nth-child(5)").allTextContents()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => a - b));
  // And back, highest first.
  await table.getByRole("link", { name: /^Nilai/ }).click();
  await expect(page).toHaveURL(/sort=total&dir=desc/);
  await expect(table.getByRole("columnheader", { name: /^Nilai/ })).toHaveAttribute("aria-sort", "descending");
  await expect(rows.first().locator("td").first()).toHaveText("1");

  // The explanation of the best entry: each evaluator (anonymised) and each criterion's contribution.
  const title = (await rows.first().locator("td:nth-child(2)").textContent())!.trim();
  await rows.first().getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Penilaian proposal: nilai \d+\.\d\d, peringkat 1/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Penilai 1: Nilai ulasan \d+\.\d\d/ })).toBeVisible();
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
  const item = page.getByRole("listitem").filter({ hasText: "Ditambahkan ke daftar pendek" });
  await expect(item).toContainText("Dampak lintas OPD yang terverifikasi");
  await item.locator("summary", { hasText: "Cabut" }).click();
  await item.getByLabel("Alasan pencabutan").fill("Uji coba selesai, dikembalikan");
  await item.getByRole("button", { name: "Cabut", exact: true }).click();
  await expect(item).toContainText("dicabut");
  await expect(page.getByRole("table").getByRole("cell", { name: "Ya (penyesuaian)" })).toHaveCount(0);
  await expect(page.getByRole("table").getByRole("cell", { name: /^Ya \((kuota|umum)\)$/ })).toHaveCount(5);

  // CSV of the desk view: a header and one line per entry, UTF-8 with a BOM.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^peringkat-\d{4}-desk\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFPeringkat,Peringkat hitungan,Inovasi,OPD,Kategori")).toBe(true);
  expect(csv.trim().split("\r\n")).toHaveLength(9);

  // The admin JSON: the live ranking, not cached.
  const response = await page.request.get(`/api/kompetisi/${rankingUrl.split("/")[3]}/peringkat`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = (await response.json()) as { shortlist: string[]; desk: unknown[] };
  expect(body.shortlist).toHaveLength(5);
  expect(body.desk).toHaveLength(8);
});

test("an OPD operator cannot reach the live ranking: page, JSON endpoint, CSV or a replayed action", async ({ page }) => {
  expect(rankingUrl).not.toBe("");
  const competitionId = rankingUrl.split("/")[3]!;
  // Without a session the endpoint answers 401.
  expect((await page.request.get(`/api/kompetisi/${competitionId}/peringkat`)).status()).toBe(401);

  await loginAs(page, DEMO.operator, /\/opd$/);
  await page.goto(rankingUrl);
  await expect(page).toHaveURL(/\/terlarang$/);
  expect((await page.request.get(`/api/kompetisi/${competitionId}/peringkat`)).status()).toBe(403);
  expect((await page.request.get(`${rankingUrl}/csv?stage=DESK`)).status()).toBe(403);

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
