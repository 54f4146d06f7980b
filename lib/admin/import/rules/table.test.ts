import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError, MAX_FILE_BYTES, MAX_ROWS, readTable } from "./table";

const utf8 = (s: string) => new TextEncoder().encode(s);

async function xlsx(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Data");
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof ImportFileError ? e.code : String(e)),
  );

describe("readTable", () => {
  it("reads CSV with a byte-order mark, quotes and a blank line, keeping spreadsheet row numbers", async () => {
    const t = await readTable(utf8('\uFEFFNama,Email\r\n"Siti, S.Kom.",siti@x.id\r\n\r\nBudi,budi@x.id\r\n'));
    expect(t.header).toEqual(["Nama", "Email"]);
    expect(t.rows).toEqual([
      { row: 2, cells: ["Siti, S.Kom.", "siti@x.id"] },
      { row: 4, cells: ["Budi", "budi@x.id"] },
    ]);
  });

  it("reads CSV written with semicolons", async () => {
    const t = await readTable(utf8("Nama;Email\nSiti;siti@x.id\n"));
    expect(t.rows[0]!.cells).toEqual(["Siti", "siti@x.id"]);
  });

  it("reads the first sheet of an XLSX", async () => {
    const t = await readTable(
      await xlsx([["Nama", "NIP"], ["Siti", "19850101 201001 2 005"], [], ["Budi", ""]]),
    );
    expect(t.header).toEqual(["Nama", "NIP"]);
    expect(t.rows).toEqual([
      { row: 2, cells: ["Siti", "19850101 201001 2 005"] },
      { row: 4, cells: ["Budi", ""] },
    ]);
  });

  it("refuses by content: binary, a broken ZIP, empty, too large, header only, too many rows", async () => {
    expect(await refusal(readTable(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00])))).toBe("type");
    expect(await refusal(readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe("unreadable");
    expect(await refusal(readTable(new Uint8Array()))).toBe("empty");
    expect(await refusal(readTable(new Uint8Array(MAX_FILE_BYTES + 1)))).toBe("tooLarge");
    expect(await refusal(readTable(utf8("Nama,Email\n")))).toBe("noRows");
    const many = "Nama\n" + "x\n".repeat(MAX_ROWS + 1);
    expect(await refusal(readTable(utf8(many)))).toBe("tooManyRows");
    expect(
      await refusal(readTable(await xlsx([["Nama"], ...Array.from({ length: MAX_ROWS + 1 }, () => ["x"])]))),
    ).toBe("tooManyRows");
  });
});
