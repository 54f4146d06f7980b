import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { homePage } from "@/lib/home/queries";
import { currentRegion } from "@/lib/region/queries/current";
import { logoPath } from "@/lib/region/rules/logo-path";

export default async function HomePage() {
  const [t, tc, tf, format, region] = await Promise.all([
    getTranslations("home"),
    getTranslations("common"),
    getTranslations("footer"),
    getFormatter(),
    currentRegion(),
  ]);
  const logo = region ? logoPath(region) : null;
  const data = region ? await homePage(db, region) : null;
  const cards = [
    { title: t("forOpd"), text: t("forOpdText") },
    { title: t("forEvaluators"), text: t("forEvaluatorsText") },
    { title: t("forPublic"), text: t("forPublicText") },
  ];
  const figures = data
    ? [
        { label: t("figures.innovations"), value: format.number(data.figures.innovations) },
        { label: t("figures.opds"), value: format.number(data.figures.opds) },
        {
          label: t("figures.compliance", { year: data.figures.year }),
          value: format.number(data.figures.complianceRate, { style: "percent", maximumFractionDigits: 0 }),
        },
        { label: t("figures.winners"), value: format.number(data.figures.winners) },
      ]
    : [];
  return (
    <div className="flex flex-col gap-8">
      <section className="rounded-lg bg-brand-700 px-6 py-10 text-white">
        {region ? (
          <div className="mb-4 flex items-center gap-3" data-testid="home-region">
            {logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- the region's uploaded logo, served by its own route
              <img
                src={logo}
                alt={tf("logoAlt", { name: region.name })}
                width={56}
                height={56}
                className="h-14 w-14 rounded bg-white object-contain p-1"
              />
            ) : null}
            <p className="text-xl font-semibold">{region.name}</p>
          </div>
        ) : null}
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-100">{tc("tagline")}</p>
        <h1 className="mt-2 text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-brand-50">{t("lead")}</p>
        <form action="/katalog" role="search" className="mt-6 flex max-w-2xl flex-col gap-2 sm:flex-row">
          <label htmlFor="home-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={200}
            placeholder={t("searchPlaceholder")}
            className="min-w-0 flex-1 rounded border border-white bg-white px-3 py-2 text-slate-900"
          />
          <button
            type="submit"
            className="rounded bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("searchButton")}
          </button>
        </form>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link
            href="/katalog"
            className="rounded border border-white px-4 py-2 font-medium hover:bg-brand-800"
          >
            {t("catalogueCta")}
          </Link>
          <Link
            href="/masuk"
            className="rounded border border-white px-4 py-2 font-medium hover:bg-brand-800"
          >
            {t("loginCta")}
          </Link>
        </div>
      </section>
      {figures.length ? (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title" className="sr-only">
            {t("figures.title")}
          </h2>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-4" data-testid="home-figures">
            {figures.map((f) => (
              <div
                key={f.label}
                className="flex flex-col-reverse rounded-lg border border-slate-200 bg-white p-4"
              >
                <dt className="text-sm text-slate-700">{f.label}</dt>
                <dd className="text-3xl font-bold text-brand-700">{f.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {data ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="winners-title" className="flex flex-col gap-3">
            <h2 id="winners-title" className="text-xl font-semibold">
              {t("winnersTitle")}
            </h2>
            {data.winners.length === 0 ? (
              <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-slate-600">
                {t("winnersEmpty")}
              </p>
            ) : (
              <ul className="flex flex-col gap-2">
                {data.winners.map((w) => (
                  <li key={w.id} className="rounded-lg border border-slate-200 bg-white p-3">
                    <Link
                      href={`/katalog/${w.innovation.id}`}
                      className="font-semibold text-brand-700 underline"
                    >
                      {w.innovation.title}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {w.innovation.opd.name} ·{" "}
                      <Link href={`/kompetisi/${w.competition.id}/hasil`} className="underline">
                        {w.competition.name}
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="recent-title" className="flex flex-col gap-3">
            <h2 id="recent-title" className="text-xl font-semibold">
              {t("recentTitle")}
            </h2>
            {data.recent.length === 0 ? (
              <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-slate-600">
                {t("recentEmpty")}
              </p>
            ) : (
              <ul className="flex flex-col gap-2">
                {data.recent.map((i) => (
                  <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-3">
                    <Link href={`/katalog/${i.id}`} className="font-semibold text-brand-700 underline">
                      {i.title}
                    </Link>
                    <p className="text-sm text-slate-600">{i.opd.name}</p>
                    {i.summary ? (
                      <p className="mt-1 line-clamp-2 text-sm text-slate-700">{i.summary}</p>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            <Link href="/katalog" className="self-start text-brand-700 underline">
              {t("recentAll")}
            </Link>
          </section>
        </div>
      ) : null}
      <section className="grid gap-4 md:grid-cols-3">
        {cards.map((c) => (
          <article key={c.title} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-semibold text-brand-800">{c.title}</h2>
            <p className="mt-2 text-sm text-slate-700">{c.text}</p>
          </article>
        ))}
      </section>
      <p className="text-sm text-slate-700">
        {t("helpLead")}{" "}
        <Link href="/bantuan" className="text-brand-700 underline">
          {t("helpLink")}
        </Link>
      </p>
    </div>
  );
}
