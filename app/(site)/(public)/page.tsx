import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { currentRegion } from "@/lib/region/current";
import { logoPath } from "@/lib/region/queries";

export default async function HomePage() {
  const [t, tc, tf, region] = await Promise.all([
    getTranslations("home"),
    getTranslations("common"),
    getTranslations("footer"),
    currentRegion(),
  ]);
  const logo = region ? logoPath(region) : null;
  const cards = [
    { title: t("forOpd"), text: t("forOpdText") },
    { title: t("forEvaluators"), text: t("forEvaluatorsText") },
    { title: t("forPublic"), text: t("forPublicText") },
  ];
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
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/katalog"
            className="rounded bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
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
      <section className="grid gap-4 md:grid-cols-3">
        {cards.map((c) => (
          <article key={c.title} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-semibold text-brand-800">{c.title}</h2>
            <p className="mt-2 text-sm text-slate-700">{c.text}</p>
          </article>
        ))}
      </section>
    </div>
  );
}
