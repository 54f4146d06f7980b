// CSV and XLSX exports of the region's audit log for an inspector: the filtered list in words (lib/admin/rules/
// audit-export.ts). ADMIN of the region only; every export is itself written to the log (what was filtered, how many
// lines).
import { getLocale } from "next-intl/server";
import { can } from "@/lib/access/policy";
import { auditExport } from "@/lib/admin/queries/audit";
import { auditCsv, auditXlsx } from "@/lib/admin/rules/audit-export";
import { auditQuerySchema } from "@/lib/admin/schemas";
import { recordAuditExport } from "@/lib/admin/service/audit";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { generatedFileResponse } from "@/lib/http/download";
import { textResponse } from "@/lib/http/plain-text";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

/** The region's audit log as CSV or XLSX (`?format=csv|xlsx` and the page's filters): ADMIN only, audited. */
export async function GET(req: Request) {
  const [user, locale, ctx] = await Promise.all([getCurrentUser(), getLocale(), requestContext()]);
  const params = new URL(req.url).searchParams;
  if (!user) return textResponse(401, "Silakan masuk terlebih dahulu.");
  if (!can(user, "region.administer")) return textResponse(403, "Anda tidak berwenang mengunduh log audit.");
  const format = params.get("format");
  if (format !== "csv" && format !== "xlsx") return textResponse(400, "Format harus csv atau xlsx.");
  const q = auditQuerySchema.parse(Object.fromEntries(params));
  const found = await auditExport(db, user, q);
  if (!found) return textResponse(404, "Daerah tidak ditemukan.");
  const language = locale === "en" ? "en" : "id";
  await recordAuditExport(db, user, { format, q, rows: found.rows.length }, ctx);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return new Response(auditCsv(found.rows, language, found.timeZone), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="log-audit-${stamp}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  }
  return generatedFileResponse(await auditXlsx(found.rows, language, found.timeZone), {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `log-audit-${stamp}.xlsx`,
    cache: "private, no-store",
  });
}
