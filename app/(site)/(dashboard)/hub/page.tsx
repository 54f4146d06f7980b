import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AddRegionForm } from "@/components/hub/hub-forms";
import { StatisticsChart } from "@/components/statistics/statistics-chart";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { hubOverview } from "@/lib/hub/queries";
import type { ChartSpec } from "@/lib/statistics/rules/tables";

export async function generateMetadata() {
  return { title: (await getTranslations("hub"))("title") };
}

const query = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function HubPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePermission("hub.read");
  const { tahun } = query.parse(await searchParams);
  const [t, format, locale, overview] = await Promise.all([
    getTranslations("hub"),
    getFormatter(),
    getLocale(),
    hubOverview(db, user, tahun),
  ]);
  const { year, rows, perYear } = overview;
  const province = rows.find((r) => r.own);
  const percent = (v: number | null) =>
    v === null ? "–" : format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

  const perYearSpec: ChartSpec = {
    kind: "bar",
    series: rows.map((r, i) => ({ key: `s${i}`, name: r.name })),
    data: perYear.map((y) => ({
      label: String(y.year),
      ...Object.fromEntries(rows.map((r, i) => [`s${i}`, y.counts[r.id] ?? 0])),
    })),
    percent: false,
  };
  const complianceSpec: ChartSpec = {
    kind: "bar",
    series: [{ key: "s0", name: t("compliance", { year }) }],
    data: rows.map((r) => ({ label: r.name, s0: Math.round(r.compliance.rate * 1000) / 10 })),
    percent: true,
  };

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead", { province: province?.name ?? "", year })}</p>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            {t("year")}
            <select name="tahun" defaultValue={year} className="rounded border border-slate-300 px-2 py-1">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
            {t("show")}
          </button>
        </form>
      </header>

      {rows.length <= 1 ? <EmptyState>{t("none")}</EmptyState> : null}
      <DataTable
        caption={t("table")}
        columns={[
          t("region"),
          { label: t("innovations"), align: "right" },
          { label: t("innovationsThisYear", { year }), align: "right" },
          { label: t("compliance", { year }), align: "right" },
          { label: t("digital"), align: "right" },
          { label: t("replications"), align: "right" },
          { label: t("winners"), align: "right" },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200" data-testid={`hub-row-${r.code}`}>
            <th scope="row" className="p-3 text-left font-medium">
              <Link href={`/hub/daerah/${r.code}`} className="text-brand-700 underline">
                {r.name}
              </Link>
              {r.own ? <span className="block text-xs text-slate-600">{t("province")}</span> : null}
              <Link href={`/daerah/${r.code}`} className="block text-xs text-slate-600 underline">
                {t("publicPage")}
              </Link>
            </th>
            <td className="p-3 text-right" data-col="innovations">
              {format.number(r.innovations)}
            </td>
            <td className="p-3 text-right" data-col="thisYear">
              {format.number(r.innovationsThisYear)}
            </td>
            <td className="p-3 text-right" data-col="compliance">
              {percent(r.compliance.total ? r.compliance.rate : null)}
              <span className="block text-xs text-slate-600">
                {t("complianceOf", { met: r.compliance.met, total: r.compliance.total })}
              </span>
            </td>
            <td className="p-3 text-right" data-col="digital">
              {percent(r.digitalShare)}
            </td>
            <td className="p-3 text-right" data-col="replications">
              {format.number(r.replications)}
            </td>
            <td className="p-3 text-right" data-col="winners">
              {format.number(r.winners)}
            </td>
          </tr>
        ))}
      </DataTable>

      {rows.length > 0 ? (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="chart-years" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="chart-years" className="mb-2 font-semibold">
              {t("perYearChart")}
            </h2>
            <StatisticsChart spec={perYearSpec} locale={locale} />
          </section>
          <section
            aria-labelledby="chart-compliance"
            className="rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id="chart-compliance" className="mb-2 font-semibold">
              {t("complianceChart", { year })}
            </h2>
            <StatisticsChart spec={complianceSpec} locale={locale} />
          </section>
        </div>
      ) : null}

      <AddRegionForm defaultTimeZone={province?.timeZone ?? "WIB"} />
    </div>
  );
}
