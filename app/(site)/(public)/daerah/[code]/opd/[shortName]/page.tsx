import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { InnovationLinks } from "@/components/region/innovation-links";
import { decodeSegment } from "@/lib/catalog/rules/search-path";
import { db } from "@/lib/db";
import { getOpdPage, getPublicRegion } from "@/lib/region/queries/public";
import { ZONE_IANA } from "@/lib/time/zones";
import { PageSection } from "@/components/ui/page-section";

// Rendered per request, as the region's page is (see there).
type Props = { params: Promise<{ code: string; shortName: string }> };

async function load(params: Props["params"]) {
  const { code, shortName } = await params;
  const region = await getPublicRegion(db, decodeSegment(code));
  if (!region) return null;
  const page = await getOpdPage(db, region.id, decodeSegment(shortName));
  return page && { region, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const t = await getTranslations("regionPages");
  return { title: t("opdTitle", { opd: found.page.opd.name, region: found.region.name }) };
}

export default async function OpdPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { region, page } = found;
  const [t, format] = await Promise.all([getTranslations("regionPages"), getFormatter()]);
  const timeZone = ZONE_IANA[region.timeZone];
  const here = `/daerah/${encodeURIComponent(region.code)}`;

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <p className="text-sm">
          <Link href={here} className="text-brand-800 underline">
            {t("backToRegion", { region: region.name })}
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-words">{page.opd.name}</h1>
        <p className="text-slate-700">
          {page.opd.shortName} · {region.name}
        </p>
        {page.opd.active ? null : <Notice>{t("opdInactive")}</Notice>}
      </header>

      <PageSection id="opd-inovasi" title={t("opdInnovations")}>
        <InnovationLinks
          empty={t("opdInnovationsEmpty")}
          items={page.innovations.map((i) => ({
            id: i.id,
            title: i.title,
            year: i.year,
            approved: i.approvedAt
              ? t("approvedOn", { date: format.dateTime(i.approvedAt, { dateStyle: "medium", timeZone }) })
              : null,
          }))}
        />
      </PageSection>

      <PageSection id="opd-penghargaan" title={t("opdAwards")}>
        {page.awards.length === 0 && page.winners.length === 0 ? (
          <Notice>{t("opdAwardsEmpty")}</Notice>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {page.awards.map((a, n) => (
              <li key={`a${n}`}>
                {t("awardLine", { year: a.year, name: a.name, level: a.level })}
                {a.rank ? ` (${a.rank})` : null} ·{" "}
                <Link href={`/katalog/${a.innovationId}`} className="text-brand-800 underline">
                  {a.title}
                </Link>
              </li>
            ))}
            {page.winners.map((w) => (
              <li key={`${w.competitionId}-${w.innovationId}`}>
                <Link href={`/kompetisi/${w.competitionId}/hasil`} className="text-brand-800 underline">
                  {w.competition}
                </Link>{" "}
                ·{" "}
                {w.isPublic ? (
                  <Link href={`/katalog/${w.innovationId}`} className="text-brand-800 underline">
                    {w.title}
                  </Link>
                ) : (
                  w.title
                )}
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="opd-patuh" title={t("opdMet")}>
        {page.metYears.length === 0 ? (
          <Notice>{t("opdMetEmpty")}</Notice>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-describedby="opd-patuh-catatan">
            {page.metYears.map((y) => (
              <li key={y} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
                {y}
              </li>
            ))}
          </ul>
        )}
        <p id="opd-patuh-catatan" className="text-xs text-slate-600">
          {t("opdMetNote")}
        </p>
      </PageSection>
    </div>
  );
}
