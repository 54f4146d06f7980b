import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { RegionSelect } from "@/components/region/region-select";
import { db } from "@/lib/db";
import { chooseRegion, listRegionCompetitions, listRegionOptions } from "@/lib/region/queries/public";
import { formatInZone, type RegionZone } from "@/lib/time/zones";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ daerah?: string | string[] }> };

// One region's competitions at a time (`?daerah=<code>`, the portal's region by default), each naming its region.
export default async function CompetitionsPage({ searchParams }: Props) {
  const { daerah } = await searchParams;
  const code = (Array.isArray(daerah) ? daerah[0] : daerah)?.trim();
  const [t, tr, locale, region, options] = await Promise.all([
    getTranslations("publication.public"),
    getTranslations("regionPages"),
    getLocale(),
    chooseRegion(db, code),
    listRegionOptions(db),
  ]);
  if (region === "unknown") notFound();
  const competitions = region ? await listRegionCompetitions(db, region.id) : [];
  const now = new Date();
  // Each competition's dates in its own region's zone.
  const fmt = (d: Date, zone: RegionZone) =>
    formatInZone(d, locale, zone, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">{t("listTitle")}</h1>
        <p className="mt-1 text-slate-700">{t("listLead")}</p>
        {region ? (
          <p className="mt-1 font-medium">
            {tr("competitionsOf", { region: region.name })} ·{" "}
            <Link href={`/daerah/${encodeURIComponent(region.code)}`} className="text-brand-800 underline">
              {tr("regionPageOf", { region: region.name })}
            </Link>
          </p>
        ) : null}
      </div>
      {options.length > 1 ? (
        <RegionSelect
          action="/kompetisi"
          options={options}
          selected={region ? region.code : null}
          label={tr("chooseRegion")}
          submit={tr("show")}
        />
      ) : null}
      {competitions.length === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {competitions.map((c) => {
            const objection = c.stages.find((s) => s.kind === "OBJECTION");
            const objectionOpen = objection && objection.startsAt <= now && now < objection.endsAt;
            return (
              <li key={c.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
                <h2 className="text-lg font-semibold">
                  <Link href={`/kompetisi/${c.id}`} className="text-brand-800 hover:underline">
                    {c.name}
                  </Link>
                </h2>
                <p className="text-sm text-slate-600">
                  {tr("competitionRegion", { region: c.region.name })} · {t("year", { year: c.year })}
                </p>
                <p className="text-sm font-medium">
                  {c.latest
                    ? t("statusPublished", { date: fmt(c.latest.publishedAt, c.region.timeZone) })
                    : objectionOpen
                      ? t("statusObjection", { end: fmt(objection.endsAt, c.region.timeZone) })
                      : t("statusRunning")}
                </p>
                <div className="flex flex-wrap gap-2">
                  {c.latest ? (
                    <Link
                      href={`/kompetisi/${c.id}/hasil`}
                      className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
                    >
                      {t("viewResults")} <span className="sr-only">– {c.name}</span>
                    </Link>
                  ) : null}
                  {objectionOpen && !c.latest ? (
                    <Link
                      href={`/kompetisi/${c.id}/sanggahan`}
                      className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
                    >
                      {t("fileObjection")} <span className="sr-only">– {c.name}</span>
                    </Link>
                  ) : null}
                  <Link
                    href={`/kompetisi/${c.id}`}
                    className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
                  >
                    {t("viewCompetition")} <span className="sr-only">– {c.name}</span>
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
