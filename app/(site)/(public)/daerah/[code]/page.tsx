import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { InnovationLinks } from "@/components/region/innovation-links";
import { decodeSegment, searchPath } from "@/lib/catalog/rules/search-path";
import { db } from "@/lib/db";
import { logoPath } from "@/lib/region/rules/logo-path";
import { getPublicRegion, getRegionFigures, type RegionWinner } from "@/lib/region/queries/public";
import { ZONE_IANA } from "@/lib/time/zones";
import { PageSection } from "@/components/ui/page-section";

// Rendered per request, not cached like the catalogue's searches: the site's frame around it shows who is signed
// in (the catalogue's cached pages have a frame of their own, without the session), and a region's figures are a
// few aggregates over that one region's rows (indexed by region), not a national full-text search.
type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const region = await getPublicRegion(db, decodeSegment(code));
  return region ? { title: region.name } : {};
}

export default async function RegionPage({ params }: Props) {
  const { code } = await params;
  const region = await getPublicRegion(db, decodeSegment(code));
  if (!region) notFound();
  const [t, format, locale, figures] = await Promise.all([
    getTranslations("regionPages"),
    getFormatter(),
    getLocale(),
    getRegionFigures(db, region),
  ]);
  const timeZone = ZONE_IANA[region.timeZone];
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const logo = logoPath(region);
  const here = encodeURIComponent(region.code);
  const maxPerYear = Math.max(1, ...figures.perYear.map((y) => y.count));
  const competitions = groupByCompetition(figures.winners);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-center">
        {logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- the logo route serves the stored file as it is
          <img
            src={logo}
            alt={t("logoAlt", { region: region.name })}
            width={72}
            height={72}
            className="h-18 w-18 object-contain"
          />
        ) : null}
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-bold break-words">{region.name}</h1>
          <p className="text-slate-700">{t(`kind.${region.kind}`)}</p>
          {region.parent ? (
            <p className="text-sm">
              {t("partOf")}{" "}
              <Link
                href={`/daerah/${encodeURIComponent(region.parent.code)}`}
                className="text-brand-800 underline"
              >
                {region.parent.name}
              </Link>
            </p>
          ) : null}
        </div>
      </header>

      {region.children.length ? (
        <PageSection id="daerah-bawah" title={t("under")}>
          <ul className="flex flex-wrap gap-2">
            {region.children.map((c) => (
              <li key={c.code}>
                <Link
                  href={`/daerah/${encodeURIComponent(c.code)}`}
                  className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-brand-800 hover:bg-brand-50"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      <section aria-labelledby="daerah-angka" className="flex flex-col gap-3">
        <h2 id="daerah-angka" className="text-lg font-semibold">
          {t("figures")}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Figure label={t("figure.public")} value={String(figures.publicCount)} />
          <Figure
            label={t("figure.compliance", { year: figures.compliance.year })}
            value={percent.format(figures.compliance.rate)}
            detail={t("figure.complianceDetail", {
              met: figures.compliance.met,
              total: figures.compliance.total,
            })}
          />
          <Figure
            label={t("figure.digital")}
            value={percent.format(figures.publicCount ? figures.digital / figures.publicCount : 0)}
            detail={t("figure.digitalDetail", { count: figures.digital, total: figures.publicCount })}
          />
          <Figure label={t("figure.replications")} value={String(figures.replications)} />
          <Figure label={t("figure.winners")} value={String(figures.winners.length)} />
        </dl>
        <p className="text-xs text-slate-600">{t("complianceNote")}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link
            href={searchPath(new URLSearchParams({ daerah: region.code }))}
            className="text-brand-800 underline"
          >
            {t("catalogueLink", { region: region.name })}
          </Link>
          <Link href={`/statistik?daerah=${here}`} className="text-brand-800 underline">
            {t("statisticsLink", { region: region.name })}
          </Link>
          <Link href={`/kompetisi?daerah=${here}`} className="text-brand-800 underline">
            {t("competitionsOf", { region: region.name })}
          </Link>
        </p>
      </section>

      <PageSection id="daerah-tahun" title={t("perYear")}>
        {figures.perYear.length === 0 ? (
          <Notice>{t("perYearEmpty")}</Notice>
        ) : (
          <table className="w-full max-w-xl text-left text-sm">
            <caption className="sr-only">{t("perYear")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t("yearColumn")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("countColumn")}
                </th>
                <th scope="col" className="w-1/2 p-2">
                  <span className="sr-only">{t("countColumn")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.perYear.map((y) => (
                <tr key={y.year} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {y.year}
                  </th>
                  <td className="p-2 text-right tabular-nums">{y.count}</td>
                  <td className="p-2" aria-hidden="true">
                    <div
                      className="h-3 rounded bg-brand-600"
                      style={{ width: `${(y.count / maxPerYear) * 100}%` }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PageSection>

      <PageSection id="daerah-pemenang" title={t("winnersTitle")}>
        {competitions.length === 0 ? (
          <Notice>{t("winnersEmpty")}</Notice>
        ) : (
          <ul className="flex flex-col gap-3">
            {competitions.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">
                  <Link
                    href={`/kompetisi/${c.id}/hasil`}
                    className="text-brand-800 underline-offset-2 hover:underline"
                  >
                    {t("resultsLink", { competition: c.name })}
                  </Link>
                </h3>
                <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm">
                  {c.winners.map((w) => (
                    <li key={w.innovationId}>
                      {w.isPublic ? (
                        <Link href={`/katalog/${w.innovationId}`} className="text-brand-800 underline">
                          {w.title}
                        </Link>
                      ) : (
                        w.title
                      )}{" "}
                      <span className="text-slate-600">· {w.opdName}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="daerah-opd" title={t("opds")}>
        {figures.opds.length === 0 ? (
          <Notice>{t("opdsEmpty")}</Notice>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {figures.opds.map((o) => (
              <li
                key={o.shortName}
                className="flex flex-wrap items-baseline gap-x-2 rounded border border-slate-200 bg-white px-3 py-2"
              >
                <Link
                  href={`/daerah/${here}/opd/${encodeURIComponent(o.shortName)}`}
                  className="font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {o.name}
                </Link>
                <span className="text-sm text-slate-600">{t("opdCount", { count: o.count })}</span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="daerah-terbaru" title={t("latest")}>
        <InnovationLinks
          empty={t("latestEmpty")}
          items={figures.latest.map((i) => ({
            id: i.id,
            title: i.title,
            year: i.year,
            opdName: i.opdName,
            approved: i.approvedAt
              ? t("approvedOn", { date: format.dateTime(i.approvedAt, { dateStyle: "medium", timeZone }) })
              : null,
          }))}
        />
      </PageSection>
    </div>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold text-brand-800 tabular-nums">{value}</dd>
      {detail ? <dd className="text-sm text-slate-600">{detail}</dd> : null}
    </div>
  );
}

function groupByCompetition(winners: RegionWinner[]) {
  const out: { id: string; name: string; winners: RegionWinner[] }[] = [];
  for (const w of winners) {
    const last = out.at(-1);
    if (last?.id === w.competitionId) last.winners.push(w);
    else out.push({ id: w.competitionId, name: w.competition, winners: [w] });
  }
  return out;
}
