import { DataTable, EmptyState } from "@/components/ui/data-table";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { viewCompliance } from "@/lib/innovations/rules/compliance";
import { complianceReport } from "@/lib/innovations/queries";
import { regionYear } from "@/lib/region/queries/profile";
import { complianceQuery } from "@/lib/innovations/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("innovations.compliance"))("title") };
}

export default async function CompliancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePermission("region.administer");
  const parsed = complianceQuery.parse(await searchParams);
  const thisYear = await regionYear(db, user.regionId);
  const q = { ...parsed, year: parsed.year ?? thisYear };
  const [t, format, report] = await Promise.all([
    getTranslations("innovations.compliance"),
    getFormatter(),
    complianceReport(db, user, q.year),
  ]);
  const rows = viewCompliance(report.rows, q);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const csvHref = `/admin/kepatuhan/csv?${new URLSearchParams({ year: String(q.year), show: q.show, sort: q.sort })}`;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <label className="flex flex-col gap-1 text-sm">
          {t("year")}
          <select name="year" defaultValue={q.year} className="rounded border border-slate-300 px-3 py-2">
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("filter")}
          <select name="show" defaultValue={q.show} className="rounded border border-slate-300 px-3 py-2">
            <option value="all">{t("filterAll")}</option>
            <option value="met">{t("filterMet")}</option>
            <option value="notMet">{t("filterNotMet")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("sort")}
          <select name="sort" defaultValue={q.sort} className="rounded border border-slate-300 px-3 py-2">
            <option value="name">{t("sortName")}</option>
            <option value="approved">{t("sortApproved")}</option>
            <option value="status">{t("sortStatus")}</option>
          </select>
        </label>
        <button className="rounded bg-brand-600 px-4 py-2 text-sm text-white">{t("apply")}</button>
        <a href={csvHref} className="ml-auto rounded border border-slate-300 px-4 py-2 text-sm" download>
          {t("export")}
        </a>
      </form>
      <p className="text-lg font-semibold" data-testid="compliance-rate">
        {t("rate", {
          rate: format.number(report.rate, { style: "percent", maximumFractionDigits: 1 }),
          met: report.metCount,
          total: report.total,
        })}
      </p>
      <p className="max-w-3xl text-sm text-slate-600">{t("rule", { year: q.year })}</p>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t("opd"),
            { label: t("draft"), align: "right" },
            { label: t("submitted"), align: "right" },
            { label: t("approved"), align: "right" },
            t("status"),
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid={`compliance-${r.shortName}`}>
              <td className="p-3">
                {r.name} <span className="text-xs text-slate-500">({r.shortName})</span>
              </td>
              <td className="p-3 text-right">{r.draft}</td>
              <td className="p-3 text-right">{r.submitted}</td>
              <td className="p-3 text-right">{r.approved}</td>
              <td className="p-3">
                <span
                  className={`rounded px-2 py-0.5 text-xs font-semibold ${r.met ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
                >
                  {r.met ? t("met") : t("notMet")}
                </span>
                {r.winner ? (
                  <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                    {t("winnerBadge", { year: q.year })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
