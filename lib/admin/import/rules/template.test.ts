import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import id from "@/messages/id.json";
import accounts from "@/messages/id/accounts.json";
import { checkOpdRows, checkUserRows } from "./checks";
import { readTable } from "./table";
import { importTemplate, type TemplateText } from "./template";

const notes = accounts.import.notes as unknown as Record<string, string | Record<string, string>>;
const text: TemplateText = {
  t: (key, params) => {
    const [a, b] = key.split(".");
    const raw = b ? (notes[a!] as Record<string, string>)[b]! : (notes[a!] as string);
    return raw.replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? ""));
  },
  roles: id.roles,
  kinds: id.opdKinds,
};

describe("import templates", () => {
  it("the account template's header and example rows pass its own checks; its notes list every role", async () => {
    const bytes = await importTemplate("user", text);
    const table = await readTable(new Uint8Array(bytes));
    expect(table.header).toEqual(["Nama Lengkap", "Email", "NIP", "Peran", "Singkatan OPD"]);
    const r = checkUserRows(table, {
      takenEmails: new Set(),
      takenNips: new Set(),
      opds: new Map([["DINKES", { active: true }]]),
    });
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.role)).toEqual(["OPD_OPERATOR", "EVALUATOR"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const help = wb.getWorksheet("Petunjuk")!;
    const cells = help.getSheetValues().flat().map(String);
    for (const role of ["OPD_HEAD", "Kepala OPD", "Penilai", "Sekretariat (Admin)"])
      expect(cells).toContain(role);
    expect(cells).toContain("Paling banyak 2000 baris dan 2 MB per berkas; XLSX atau CSV (UTF-8).");
  });

  it("the OPD template's examples pass its own checks (a unit under a parent in the same file)", async () => {
    const table = await readTable(new Uint8Array(await importTemplate("opd", text)));
    const r = checkOpdRows(table, { existingShortNames: new Set() });
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.shortName, x.parent])).toEqual([
      ["DINKES", null],
      ["PKM-SUKAMAJU", "DINKES"],
    ]);
  });
});
