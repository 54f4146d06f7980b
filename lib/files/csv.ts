// RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Indonesian text
// correctly, CRLF line ends, and cells that a spreadsheet would run as a formula are defused.
export const BOM = "\uFEFF";

function cell(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** One CSV line (with its CRLF), for exports written batch by batch. */
export function csvLine(row: readonly unknown[]): string {
  return row.map(cell).join(",") + "\r\n";
}
