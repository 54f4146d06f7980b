import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { DEMO, loginAs } from "./fixtures";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function workbook(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Data");
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("the secretariat imports OPDs and accounts from XLSX after a dry run, then moves one account", async ({
  page,
}) => {
  const tag = Date.now().toString(36).toUpperCase().slice(-5);
  const sn = (s: string) => `${s}-${tag}`;
  const mail = (s: string) => `${s}.${tag.toLowerCase()}@contoh.go.id`;
  await loginAs(page, DEMO.admin, /\/admin$/);
  await page.goto("/admin/impor");
  await expect(page.getByRole("heading", { name: "Impor OPD dan Akun" })).toBeVisible();

  // The template: the Indonesian header row and a notes sheet.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Templat impor OPD (XLSX)" }).click();
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await (await download).path());
  expect(template.worksheets.map((w) => w.name)).toEqual(["OPD", "Petunjuk"]);
  expect(template.worksheets[0]!.getRow(1).values).toEqual([
    undefined,
    "Nama OPD",
    "Singkatan",
    "Jenis",
    "Singkatan Induk",
  ]);

  // Three OPDs, one a unit of another from the same file.
  const file = page.getByLabel("Berkas (XLSX atau CSV)");
  await page.getByRole("radio", { name: "OPD" }).check();
  await file.setInputFiles({
    name: "opd.xlsx",
    mimeType: XLSX,
    buffer: await workbook([
      ["Nama OPD", "Singkatan", "Jenis", "Singkatan Induk"],
      [`Dinas Pariwisata ${tag}`, sn("DISPAR"), "Dinas", ""],
      [`UPTD Museum Daerah ${tag}`, sn("MUSEUM"), "UPTD", sn("DISPAR")],
      [`Badan Riset dan Inovasi Daerah ${tag}`, sn("BRIDA"), "Badan", ""],
    ]),
  });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page.getByText("3 baris diperiksa: tidak ada masalah.")).toBeVisible();
  await page.getByRole("button", { name: "Impor 3 baris" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Impor 3 baris" }).click();
  await expect(page.getByText("3 OPD ditambahkan.")).toBeVisible();

  // Accounts: a broken file first, whose dry run lists the problem and saves nothing.
  const header = ["Nama Lengkap", "Email", "NIP", "Peran", "Singkatan OPD"];
  const people = [
    ["Kepala Dispar", mail("kepala.dispar"), "19800101 200501 1 002", "Kepala OPD", sn("DISPAR")],
    ["Operator Dispar", mail("operator.dispar"), "", "Operator OPD", sn("DISPAR")],
    ["Operator Museum", mail("operator.museum"), "", "OPD_OPERATOR", sn("MUSEUM")],
    ["Kepala Brida", mail("kepala.brida"), "19820202 200801 2 003", "Kepala OPD", sn("BRIDA")],
    ["Operator Brida", mail("operator.brida"), "", "Operator OPD", sn("BRIDA")],
    // Not an evaluator: other stories count on the demo evaluators being the whole pool.
    ["Staf Sekretariat", mail("staf.sekretariat"), "", "Sekretariat", ""],
  ];
  await page.getByRole("radio", { name: "Akun pengguna" }).check();
  await file.setInputFiles({
    name: "akun.xlsx",
    mimeType: XLSX,
    buffer: await workbook([
      header,
      ...people.slice(0, 5),
      ["Staf Sekretariat", mail("staf.sekretariat"), "", "Sekretariat", "ENTAH"],
    ]),
  });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page.getByText("6 baris diperiksa: 1 masalah.", { exact: false })).toBeVisible();
  const problem = page.getByRole("row").filter({ hasText: "Peran ini tidak terikat OPD" });
  await expect(problem.getByRole("cell").first()).toHaveText("7");
  await expect(page.getByRole("button", { name: /^Impor \d+ baris$/ })).toHaveCount(0);

  await file.setInputFiles({
    name: "akun.xlsx",
    mimeType: XLSX,
    buffer: await workbook([header, ...people]),
  });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page.getByText("6 baris diperiksa: tidak ada masalah.")).toBeVisible();
  await page.getByRole("button", { name: "Impor 6 baris" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Impor 6 baris" }).click();
  await expect(page.getByText("6 akun dibuat.", { exact: false })).toBeVisible();
  await expect(page.getByTestId("setup-link")).toHaveCount(6);

  await page.goto(`/admin/pengguna?q=${tag.toLowerCase()}`);
  for (const p of people) await expect(page.getByTestId(`user-${p[1]}`)).toBeVisible();
  await page.goto(`/admin/opd?q=${tag}`);
  await expect(page.getByTestId(`opd-${sn("MUSEUM")}`)).toContainText(`Induk: ${sn("DISPAR")}`);

  // A transfer (mutasi): the museum's operator moves to BRIDA.
  await page.goto(`/admin/pengguna?q=${tag.toLowerCase()}`);
  await page
    .getByTestId(`user-${mail("operator.museum")}`)
    .getByRole("link", { name: "Ubah" })
    .click();
  await expect(page.getByRole("heading", { name: "Ubah akun Operator Museum" })).toBeVisible();
  await page
    .getByLabel("OPD", { exact: true })
    .selectOption({ label: `${sn("BRIDA")} — Badan Riset dan Inovasi Daerah ${tag}` });
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Perubahan akun disimpan.")).toBeVisible();
  await page.goto(`/admin/pengguna?q=${encodeURIComponent(mail("operator.museum"))}`);
  await expect(page.getByTestId(`user-${mail("operator.museum")}`)).toContainText(sn("BRIDA"));
});
