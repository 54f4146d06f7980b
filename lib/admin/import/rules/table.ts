import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/** Limits of an import file: a region's OPDs and staff fit many times over. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2000;

/** A sheet as text: the header row and each later non-empty row with its row number in the spreadsheet. */
export type Table = { header: string[]; rows: { row: number; cells: string[] }[] };

/** A file refused as a whole; `code` names the message under accounts.import.file. */
export class ImportFileError extends Error {
  constructor(
    readonly code: "empty" | "tooLarge" | "type" | "unreadable" | "tooManyRows" | "noRows",
    readonly params: Record<string, number> = {},
  ) {
    super(code);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array) {
  return ZIP.every((b, i) => bytes[i] === b);
}

function toTable(lines: { row: number; cells: string[] }[]): Table {
  const [first, ...rest] = lines;
  if (!first || first.row !== 1) throw new ImportFileError("noRows");
  const rows = rest.filter((r) => r.cells.some((c) => c !== ""));
  if (rows.length === 0) throw new ImportFileError("noRows");
  if (rows.length > MAX_ROWS) throw new ImportFileError("tooManyRows", { max: MAX_ROWS });
  return { header: first.cells, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("noRows");
  // Checked before reading the cells: a sheet of a million rows is refused without walking it.
  if (sheet.actualRowCount > MAX_ROWS + 1) throw new ImportFileError("tooManyRows", { max: MAX_ROWS });
  const width = sheet.actualColumnCount;
  const lines: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text.trim());
    lines.push({ row: number, cells });
  });
  return toTable(lines);
}

function readCsv(bytes: Uint8Array): Table {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("type");
  }
  if (text.includes("\0")) throw new ImportFileError("type");
  text = text.replace(/^\uFEFF/, "");
  // Spreadsheets set to Indonesian write CSV with semicolons: the header line decides.
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch {
    throw new ImportFileError("unreadable");
  }
  return toTable(records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) })));
}

/**
 * Reads an uploaded XLSX or CSV file, recognised by its content, not its name: a ZIP container is read as XLSX
 * (its first sheet), UTF-8 text as CSV; anything else is refused.
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.byteLength === 0) throw new ImportFileError("empty");
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ImportFileError("tooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });
  }
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}

/** An uploaded file as a table, with the checksum of its bytes (the dry run answers with it). */
export async function tableOf(file: File) {
  if (file.size > MAX_FILE_BYTES)
    throw new ImportFileError("tooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checksum = createHash("sha256").update(bytes).digest("hex");
  return { table: await readTable(bytes), checksum };
}
