import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asciiFileName,
  codePointLength,
  contentDisposition,
  MAX_FILE_NAME_LENGTH,
  sanitizeFileName,
} from "./names";

describe("sanitizeFileName", () => {
  it.each([
    ["laporan akhir.pdf", "application/pdf", "laporan akhir.pdf"],
    ["C:\\Users\\operator\\Desktop\\SK Bupati.pdf", "application/pdf", "SK Bupati.pdf"],
    ["../../etc/passwd", "application/pdf", "passwd.pdf"],
    ["/var/www/index.html", "application/pdf", "index.html.pdf"],
    ["laporan.exe", "application/pdf", "laporan.exe.pdf"],
    ["foto kegiatan.JPEG", "image/jpeg", "foto kegiatan.jpeg"],
    ["foto kegiatan.png", "image/jpeg", "foto kegiatan.png.jpg"],
    ["rekap", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rekap.xlsx"],
    [
      "  SOP \t pelayanan \n  2026 .docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "SOP pelayanan 2026.docx",
    ],
    ['a<b>c:d"e|f?g*h.pdf', "application/pdf", "a b c d e f g h.pdf"],
    ["laporan\u0000\u0007\u001b[31m.pdf", "application/pdf", "laporan[31m.pdf"],
    ["surat\u202Efdp.exe", "application/pdf", "suratfdp.exe.pdf"],
    [".htaccess", "application/pdf", "htaccess.pdf"],
    ["...", "application/pdf", "dokumen.pdf"],
    ["", "image/png", "dokumen.png"],
    ["CON.pdf", "application/pdf", "_CON.pdf"],
    [
      "Surat Pernyataan Kepala Dinas — Ñandú 日本語 اللغة.pdf",
      "application/pdf",
      "Surat Pernyataan Kepala Dinas Ñandú 日本語 اللغة.pdf",
    ],
    ["laporan. .pdf", "application/pdf", "laporan.pdf"],
  ] as const)("%j as %s → %j", (raw, mime, expected) => {
    expect(sanitizeFileName(raw, mime)).toBe(expected);
  });

  it("keeps at most 120 characters and the extension, without splitting characters", () => {
    const long = `${"Laporan ".repeat(30)}.pdf`;
    const out = sanitizeFileName(long, "application/pdf");
    expect(codePointLength(out)).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(out.endsWith(".pdf")).toBe(true);
    expect(out).not.toMatch(/\s\.pdf$/);

    const cjk = sanitizeFileName(`${"日".repeat(300)}.png`, "image/png");
    expect(codePointLength(cjk)).toBe(MAX_FILE_NAME_LENGTH);
    expect(cjk).toBe(`${"日".repeat(116)}.png`);
  });

  it("never returns anything dangerous, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (raw) => {
        const out = sanitizeFileName(raw, "application/pdf");
        expect(codePointLength(out)).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(out).toMatch(/\.pdf$/);
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}<>:"/\\|?*]/u);
        expect(out).not.toMatch(/^[.\s]/);
        expect(out.length).toBeGreaterThan(4);
      }),
      { numRuns: 300 },
    );
  });
});

describe("Content-Disposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(contentDisposition("attachment", "Rekap Anggaran (Ñandú) 2026.xlsx")).toBe(
      `attachment; filename="Rekap Anggaran (Nandu) 2026.xlsx"; filename*=UTF-8''Rekap%20Anggaran%20%28%C3%91and%C3%BA%29%202026.xlsx`,
    );
    expect(contentDisposition("inline", "日本.pdf")).toBe(
      `inline; filename="__.pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf`,
    );
  });

  it("cannot be broken out of with quotes, backslashes or semicolons", () => {
    expect(asciiFileName('a"b\\c;d%e.pdf')).toBe("a_b_c_d_e.pdf");
    expect(contentDisposition("inline", "a'b*c.pdf")).toContain("filename*=UTF-8''a%27b%2Ac.pdf");
  });
});
