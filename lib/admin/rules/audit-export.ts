// The region's audit log in words for an inspector, as the page and the CSV and XLSX exports write it: actions,
// record types and fields in words, record titles, one date format in the region's time zone.
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import type { AuditQuery } from "@/lib/admin/schemas";
import { toCsv } from "@/lib/files/csv";
import { dayRange, type RegionZone } from "@/lib/time/zones";
import enMessages from "@/messages/en/auditLog.json";
import idMessages from "@/messages/id/auditLog.json";
import {
  actionKey,
  auditTime,
  changes,
  entityKey,
  fieldKey,
  valueKey,
  type ValueFormat,
} from "./audit-words";

export type AuditFilter = { action?: string; entityType?: string; actor?: string; from?: Date; to?: Date };

/** The query string's filters as database bounds: whole days in the region's time zone. */
export function filterOf(q: AuditQuery, zone: RegionZone): AuditFilter {
  return { action: q.action, entityType: q.entityType, actor: q.actor, ...dayRange(q.from, q.to, zone) };
}

export type Locale = "id" | "en";

/** The words of the audit log in a locale, outside a request (exports, tests). */
export function auditTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: { auditLog: locale === "en" ? enMessages : idMessages },
    namespace: "auditLog",
  });
}

type T = ReturnType<typeof auditTranslator>;

/** A key in words when the messages know it, else the code itself (a field added later still shows). */
const say = (t: T, key: string, fallback: string) => (t.has(key as never) ? t(key as never) : fallback);

/** Values as the page and the exports write them: instants in the region's time zone, codes in words. */
export function valueFormat(t: T, locale: Locale, zone: RegionZone): ValueFormat {
  return {
    when: (d) => auditTime(d, locale, zone),
    word: (field, value) => {
      const key = valueKey(field, value);
      return t.has(key as never) ? t(key as never) : undefined;
    },
  };
}

/** One line of the log as the exports need it, with the title of the record it is about. */
export type AuditLine = {
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
  actor: { name: string; email: string } | null;
  title: string | null;
};

/** The cells of one line, as both exports write them. */
function exportCells(t: T, r: AuditLine, locale: Locale, zone: RegionZone): string[] {
  return [
    auditTime(r.createdAt, locale, zone),
    r.actor ? `${r.actor.name} (${r.actor.email})` : t("system"),
    say(t, actionKey(r.action), r.action),
    say(t, entityKey(r.entityType), r.entityType),
    r.title ?? t("deleted", { id: r.entityId }),
    r.entityId,
    changes(r.before, r.after, valueFormat(t, locale, zone))
      .map((c) => `${say(t, fieldKey(c.field), c.field)}: ${c.before} → ${c.after}`)
      .join("\n"),
    r.ip ?? "",
    r.requestId ?? "",
  ];
}

/** The header and the cells of an export, in a locale and the region's time zone. */
function exportTable(rows: AuditLine[], locale: Locale, zone: RegionZone) {
  const t = auditTranslator(locale);
  const header = [
    t("time"),
    t("actor"),
    t("action"),
    t("filterEntity"),
    t("record"),
    t("recordId"),
    t("changes"),
    t("ip"),
    t("requestId"),
  ];
  return { t, header, cells: rows.map((r) => exportCells(t, r, locale, zone)) };
}

/** The CSV export's text. */
export function auditCsv(rows: AuditLine[], locale: Locale, zone: RegionZone): string {
  const { header, cells } = exportTable(rows, locale, zone);
  return toCsv(header, cells);
}

/** The XLSX export's bytes: one sheet, the header frozen, the changes wrapped. */
export async function auditXlsx(rows: AuditLine[], locale: Locale, zone: RegionZone): Promise<Buffer> {
  const { t, header, cells } = exportTable(rows, locale, zone);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t("sheet"));
  sheet.addRow(header).font = { bold: true };
  for (const c of cells) sheet.addRow(c);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  [22, 34, 34, 20, 40, 28, 60, 16, 20].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getColumn(7).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await book.xlsx.writeBuffer());
}
