import "server-only";
// CSV and XLSX exports of the region's audit log for an inspector: the filtered list with actions, record types and
// fields in words, record titles, one date format in the region's time zone. ADMIN of the region only; every export
// is itself written to the log (what was filtered, how many lines).
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { can } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import type { Actor } from "@/lib/action-types";
import { audit } from "@/lib/audit";
import { toCsv } from "@/lib/files/csv";
import type { Db } from "@/lib/db/client";
import { dayRange, type RegionZone } from "@/lib/time/zones";
import { isoDate, line } from "@/lib/validation/text";
import enMessages from "@/messages/en/auditLog.json";
import idMessages from "@/messages/id/auditLog.json";
import { auditForExport, type AuditFilter, type AuditRow } from "./audit-log";
import {
  actionKey,
  auditTime,
  changes,
  entityKey,
  fieldKey,
  valueKey,
  type ValueFormat,
} from "./audit-words";

// A malformed filter is dropped, never an error: the page and the exports read the same query string.
const dateParam = isoDate().optional().catch(undefined);
export const auditQuerySchema = z.object({
  action: line({ max: 60 }).optional().catch(undefined),
  entityType: line({ max: 60 }).optional().catch(undefined),
  actor: line({ max: 200 }).optional().catch(undefined),
  from: dateParam,
  to: dateParam,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
type AuditQuery = z.output<typeof auditQuerySchema>;

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

/** The cells of one line, as both exports write them. */
function exportCells(t: T, r: AuditRow, locale: Locale, zone: RegionZone): string[] {
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

const text = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function auditExportResponse(
  db: Db,
  user: Actor | null,
  params: URLSearchParams,
  locale: Locale,
  ctx: { ip: string | null; requestId: string | null } = { ip: null, requestId: null },
): Promise<Response> {
  if (!user) return text(401, "Silakan masuk terlebih dahulu.");
  if (!can(user, "region.administer")) return text(403, "Anda tidak berwenang mengunduh log audit.");
  const format = params.get("format");
  if (format !== "csv" && format !== "xlsx") return text(400, "Format harus csv atau xlsx.");
  const region = await db.region.findFirst({ where: scopes.region.read(user), select: { timeZone: true } });
  if (!region) return text(404, "Daerah tidak ditemukan.");
  const q = auditQuerySchema.parse(Object.fromEntries(params));
  const rows = await auditForExport(db, user, filterOf(q, region.timeZone));
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
  const cells = rows.map((r) => exportCells(t, r, locale, region.timeZone));
  // The export is on the record before the file leaves: an inspector sees who took which part of the log.
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: user.id,
      regionId: user.regionId,
      action: "audit.export",
      entityType: "Region",
      entityId: user.regionId,
      after: {
        format,
        filters: Object.fromEntries(
          Object.entries({
            action: q.action,
            entityType: q.entityType,
            actor: q.actor,
            from: q.from,
            to: q.to,
          }).filter(([, v]) => v !== undefined),
        ),
        rows: rows.length,
      },
      ip: ctx.ip,
      requestId: ctx.requestId,
    }),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    const body = toCsv(header, cells);
    return new Response(body, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="log-audit-${stamp}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t("sheet"));
  sheet.addRow(header).font = { bold: true };
  for (const c of cells) sheet.addRow(c);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  [22, 34, 34, 20, 40, 28, 60, 16, 20].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getColumn(7).alignment = { wrapText: true, vertical: "top" };
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="log-audit-${stamp}.xlsx"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
    },
  });
}
