import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO, loginAs } from "./fixtures";

// The secretariat hands an inspector its audit log as CSV and XLSX, and reads it in words. Every export is itself
// recorded, so the story finds its own first export in the log, then downloads exactly those lines. It changes no
// data; the lines it adds are the record of what it did.

test("the admin downloads the audit log as CSV, finds the export recorded in words, and downloads that as XLSX", async ({
  page,
}) => {
  await loginAs(page, DEMO.admin, /\/admin/);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Log Audit" })).toBeVisible();

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Unduh CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^log-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile((await csv.path())!, "utf8")).replace(/^\uFEFF/, "");
  expect(text.split("\r\n")[0]).toBe(
    "Waktu,Pelaku,Tindakan,Jenis data,Data,ID data,Perubahan,Alamat IP,ID permintaan",
  );

  // The filters speak in words; the export just made is a line of the log.
  await page.getByLabel("Tindakan").selectOption({ label: "Log audit diekspor" });
  await page.getByRole("button", { name: "Saring" }).click();
  await expect(page).toHaveURL(/action=audit\.export/);
  const row = page.locator("tbody > tr").first();
  await expect(row).toContainText("Log audit diekspor");
  await expect(row).toContainText("Daerah");
  await expect(row).toContainText("Kabupaten ");
  await expect(row).toContainText(/\d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB/);
  await expect(row).toContainText("Format");

  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Unduh XLSX" }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Log audit")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
    "Waktu",
    "Pelaku",
    "Tindakan",
    "Jenis data",
    "Data",
  ]);
  expect(sheet.rowCount).toBeGreaterThan(1);
  for (let r = 2; r <= sheet.rowCount; r++) {
    expect(sheet.getRow(r).getCell(3).value).toBe("Log audit diekspor");
    // The record is the region (its title is the region's name, which another story may be renaming just now).
    expect(sheet.getRow(r).getCell(4).value).toBe("Daerah");
    expect(String(sheet.getRow(r).getCell(5).value)).toMatch(/^Kabupaten /);
  }
});
