import ExcelJS from "exceljs";
import { OPD_KINDS, ROLES } from "@/lib/validation/admin";
import { MAX_FILE_BYTES, MAX_ROWS } from "./table";
import { OPD_COLUMNS, USER_COLUMNS, type ImportKind } from "./rules";

/** Labels the notes sheet lists: the words of messages/ for roles and OPD kinds, passed in by the caller. */
export type TemplateLabels = {
  roles: Record<(typeof ROLES)[number], string>;
  kinds: Record<(typeof OPD_KINDS)[number], string>;
};

const EXAMPLES: Record<ImportKind, string[][]> = {
  opd: [
    ["Dinas Kesehatan", "DINKES", "Dinas", ""],
    ["UPTD Puskesmas Sukamaju", "PKM-SUKAMAJU", "UPTD", "DINKES"],
  ],
  user: [
    ["Siti Aminah, S.Kom.", "siti.aminah@contoh.go.id", "19850101 201001 2 005", "Operator OPD", "DINKES"],
    ["Dr. Budi Santoso", "budi.santoso@contoh.go.id", "", "Penilai", ""],
  ],
};

function notes(kind: ImportKind, labels: TemplateLabels): string[][] {
  const common = [
    ["Petunjuk pengisian"],
    [""],
    [`Isi lembar pertama mulai baris 2; baris 1 adalah judul kolom dan jangan diubah. Hapus baris contoh.`],
    [
      `Paling banyak ${MAX_ROWS} baris dan ${MAX_FILE_BYTES / 1024 / 1024} MB per berkas; XLSX atau CSV (UTF-8).`,
    ],
    [
      `Unggah berkas, periksa hasil uji coba, lalu konfirmasi: semua baris disimpan sekaligus atau tidak sama sekali.`,
    ],
    [""],
  ];
  if (kind === "opd") {
    return [
      ...common,
      ["Kolom", "Keterangan"],
      ["Nama OPD", "Wajib, 3–200 karakter."],
      ["Singkatan", "Wajib, unik di daerah: 2–20 huruf besar, angka, atau tanda hubung (mis. DINKES)."],
      ["Jenis", "Wajib, salah satu jenis di bawah (nama atau kode)."],
      [
        "Singkatan Induk",
        "Opsional: singkatan OPD induk (untuk unit/UPTD), yang sudah ada atau ada di berkas ini.",
      ],
      [""],
      ["Jenis OPD yang diterima", "Kode"],
      ...OPD_KINDS.map((k) => [labels.kinds[k], k]),
    ];
  }
  return [
    ...common,
    ["Kolom", "Keterangan"],
    ["Nama Lengkap", "Wajib, 3–200 karakter."],
    ["Email", "Wajib, unik. Tautan untuk menyetel kata sandi dibuat untuk setiap akun baru."],
    [
      "NIP",
      "Opsional, 18 angka; spasi, titik, atau tanda hubung boleh (mis. 19850101 201001 2 005). Tulis sebagai teks.",
    ],
    ["Peran", "Wajib, salah satu peran di bawah (nama atau kode)."],
    [
      "Singkatan OPD",
      "Wajib untuk Kepala OPD dan Operator OPD; kosongkan untuk peran lain. OPD harus sudah ada.",
    ],
    [""],
    ["Peran yang diterima", "Kode"],
    ...ROLES.map((r) => [labels.roles[r], r]),
  ];
}

/** The XLSX template of an import: the data sheet (header and example rows) and a notes sheet. */
export async function importTemplate(kind: ImportKind, labels: TemplateLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Inovasi Daerah";
  const columns = kind === "opd" ? OPD_COLUMNS : USER_COLUMNS;
  const sheet = workbook.addWorksheet(kind === "opd" ? "OPD" : "Akun");
  sheet.columns = columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.max(18, c.label.length + 6),
    // Text columns: a NIP typed into a number cell would lose its last digits.
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const example of EXAMPLES[kind]) sheet.addRow(example);
  const help = workbook.addWorksheet("Petunjuk");
  help.columns = [{ width: 32 }, { width: 100 }];
  for (const row of notes(kind, labels)) help.addRow(row);
  help.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
