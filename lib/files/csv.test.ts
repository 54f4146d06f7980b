import { describe, expect, it } from "vitest";
import { BOM, csvLine, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv(["OPD", "Disetujui"], [["Dinas Kesehatan", 2]]);
    expect(csv.startsWith("\uFEFFOPD,Disetujui\r\n")).toBe(true);
    expect(csv.endsWith("Dinas Kesehatan,2\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv(["a"], [['Badan Perencanaan, Riset "dan" Inovasi\nDaerah']])).toContain(
      '"Badan Perencanaan, Riset ""dan"" Inovasi\nDaerah"',
    );
  });

  it("defuses cells a spreadsheet would evaluate as formulas", () => {
    expect(toCsv(["a"], [['=HYPERLINK("x")'], ["-1+2"], ["@SUM(A1)"]])).toContain("'=HYPERLINK");
    expect(toCsv(["a"], [["-1+2"]])).toContain("'-1+2");
  });

  it("writes empty cells for null and undefined", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, 0]])).toContain("\r\n,,0\r\n");
  });

  it("writes one line at a time exactly as toCsv does, for batched exports", () => {
    const rows = [
      ["a,b", "=1+1", null],
      ["x", 2, "baris\nbaru"],
    ];
    expect(BOM + csvLine(["h1", "h2", "h3"]) + rows.map(csvLine).join("")).toBe(
      toCsv(["h1", "h2", "h3"], rows),
    );
  });
});
