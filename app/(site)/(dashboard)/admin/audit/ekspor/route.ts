import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { auditExportResponse } from "@/lib/admin/audit-export";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

/** The region's audit log as CSV or XLSX (`?format=csv|xlsx` and the page's filters): ADMIN only, audited. */
export async function GET(req: Request) {
  const [user, locale, ctx] = await Promise.all([getCurrentUser(), getLocale(), requestContext()]);
  return auditExportResponse(db, user, new URL(req.url).searchParams, locale === "en" ? "en" : "id", ctx);
}
