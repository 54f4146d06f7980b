import { can } from "@/lib/access/policy";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/files/csv";
import { db } from "@/lib/db";
import { viewCompliance } from "@/lib/innovations/rules/compliance";
import { complianceReport } from "@/lib/innovations/queries";
import { regionYear } from "@/lib/region/queries/profile";
import { complianceQuery } from "@/lib/innovations/schemas";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "region.administer")) return new Response("Not found", { status: 404 });
  const parsed = complianceQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const q = { ...parsed, year: parsed.year ?? (await regionYear(db, user.regionId)) };
  const [t, tOpd, report] = await Promise.all([
    getTranslations("innovations.compliance"),
    getTranslations("admin.opd"),
    complianceReport(db, user, q.year),
  ]);
  const rows = viewCompliance(report.rows, q);
  const csv = toCsv(
    [t("opd"), tOpd("shortName"), t("draft"), t("submitted"), t("approved"), t("winner"), t("status")],
    rows.map((r) => [
      r.name,
      r.shortName,
      r.draft,
      r.submitted,
      r.approved,
      r.winner ? t("yes") : t("no"),
      r.met ? t("met") : t("notMet"),
    ]),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kepatuhan-satu-opd-satu-inovasi-${q.year}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
