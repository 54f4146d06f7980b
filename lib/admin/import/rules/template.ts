import ExcelJS from "exceljs";
import { IMPORT_ROLES, OPD_KINDS } from "@/lib/admin/schemas";
import { MAX_FILE_BYTES, MAX_ROWS } from "./table";
import { OPD_COLUMNS, USER_COLUMNS, type ImportKind } from "./checks";

/** The words of the notes sheet, from messages/ (accounts.import.notes), and the labels of roles and OPD kinds. */
export type TemplateText = {
  t: (key: string, params?: Record<string, string | number>) => string;
  roles: Record<(typeof IMPORT_ROLES)[number], string>;
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

function notes(kind: ImportKind, { t, roles, kinds }: TemplateText): string[][] {
  const columns = kind === "opd" ? OPD_COLUMNS : USER_COLUMNS;
  return [
    [t("title")],
    [""],
    [t("fill")],
    [t("limits", { rows: MAX_ROWS, mb: MAX_FILE_BYTES / 1024 / 1024 })],
    [t("flow")],
    [""],
    [t("column"), t("description")],
    ...columns.map((c) => [c.label, t(`${kind}.${c.key}`)]),
    [""],
    ...(kind === "opd"
      ? [[t("kinds"), t("code")], ...OPD_KINDS.map((k) => [kinds[k], k])]
      : [[t("roles"), t("code")], ...IMPORT_ROLES.map((r) => [roles[r], r])]),
  ];
}

/** The XLSX template of an import: the data sheet (header and example rows) and a notes sheet. */
export async function importTemplate(kind: ImportKind, text: TemplateText): Promise<Buffer> {
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
  for (const row of notes(kind, text)) help.addRow(row);
  help.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
