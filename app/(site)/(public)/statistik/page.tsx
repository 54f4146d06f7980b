import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { RegionSelect } from "@/components/region/region-select";
import { StatisticsChart } from "@/components/statistics/statistics-chart";
import { db } from "@/lib/db";
import { chooseRegion, listRegionOptions } from "@/lib/region/queries/public";
import { getStatistics } from "@/lib/statistics/queries";
import {
  chartSpec,
  statisticsTables,
  type Cell,
  type ChartTable,
  type Translate,
} from "@/lib/statistics/rules/tables";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("statistics");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ daerah?: string | string[] }> };

// One region at a time (`?daerah=<code>`, the portal's region by default): the figures, the compliance rule and the
// competitions are a region's own.
export default async function StatisticsPage({ searchParams }: Props) {
  const { daerah } = await searchParams;
  const code = Array.isArray(daerah) ? daerah[0] : daerah;
  const [t, tAll, tr, locale, region, options] = await Promise.all([
    getTranslations("statistics"),
    getTranslations(),
    getTranslations("regionPages"),
    getLocale(),
    chooseRegion(db, code?.trim()),
    listRegionOptions(db),
  ]);
  if (region === "unknown") notFound();
  if (!region) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Notice>{t("noRegion")}</Notice>
      </div>
    );
  }
  const stats = await getStatistics(db, region.id);
  const tables = statisticsTables(stats, tAll as unknown as Translate);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const show = (v: Cell) => (typeof v === "number" ? number.format(v) : v);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead", { region: region.name })}</p>
        <p className="text-lg font-semibold text-brand-800">{t("total", { count: stats.total })}</p>
        <p className="text-sm">
          <Link href={`/daerah/${encodeURIComponent(region.code)}`} className="text-brand-800 underline">
            {tr("regionPageOf", { region: region.name })}
          </Link>
        </p>
      </header>
      {options.length > 1 ? (
        <RegionSelect
          action="/statistik"
          options={options}
          selected={region.code}
          label={tr("chooseRegion")}
          submit={tr("show")}
        />
      ) : null}
      <nav aria-label={t("contents")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {tables.map((c) => (
            <li key={c.id}>
              <a
                href={`#${c.id}`}
                className="inline-block rounded border border-slate-300 bg-white px-2 py-1 text-brand-800 underline-offset-2 hover:underline"
              >
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        {tables.map((c) => (
          <ChartFigure
            key={c.id}
            table={c}
            locale={locale}
            show={show}
            t={t}
            csv={`/statistik/${c.id}/csv?daerah=${encodeURIComponent(region.code)}`}
          />
        ))}
      </div>
    </div>
  );
}

function ChartFigure({
  table,
  locale,
  show,
  t,
  csv,
}: {
  table: ChartTable;
  locale: string;
  show: (v: Cell) => string;
  csv: string;
  t: Awaited<ReturnType<typeof getTranslations<"statistics">>>;
}) {
  const headingId = `${table.id}-judul`;
  const empty = table.rows.length === 0;
  return (
    <section id={table.id} aria-labelledby={headingId} className="min-w-0 scroll-mt-4">
      <figure className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <figcaption>
          <h2 id={headingId} className="text-lg font-semibold text-brand-800">
            {table.title}
          </h2>
          <p className="text-sm text-slate-700">{table.caption}</p>
        </figcaption>
        {empty ? <Notice>{t("empty")}</Notice> : <StatisticsChart spec={chartSpec(table)} locale={locale} />}
        {table.note ? <p className="text-xs text-slate-600">{table.note}</p> : null}
        {empty ? null : (
          <details className="text-sm">
            <summary className="cursor-pointer rounded py-1 font-medium text-brand-800">
              {t("showTable", { title: table.title })}
            </summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left">
                <caption className="sr-only">{table.title}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    {table.columns.map((col, i) => (
                      <th key={col} scope="col" className={`p-2 ${isNumeric(table, i) ? "text-right" : ""}`}>
                        {col}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={r} className="border-t border-slate-200">
                      {row.map((v, i) =>
                        i === 0 ? (
                          <th key={i} scope="row" className="p-2 font-normal">
                            {show(v)}
                          </th>
                        ) : (
                          <td
                            key={i}
                            className={`p-2 ${typeof v === "number" ? "text-right tabular-nums" : ""}`}
                          >
                            {show(v)}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
        <p>
          <a
            href={csv}
            download
            aria-label={t("downloadLabel", { title: table.title })}
            className="inline-block rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("download")}
          </a>
        </p>
      </figure>
    </section>
  );
}

function isNumeric(table: ChartTable, column: number) {
  return column > 0 && table.rows.length > 0 && table.rows.every((r) => typeof r[column] === "number");
}
