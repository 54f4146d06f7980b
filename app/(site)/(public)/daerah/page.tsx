import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { listRegionDirectory, type DirectoryRegion } from "@/lib/region/queries/public";

// Rendered per request like every page of the site's frame (the header shows who is signed in): two small
// queries, every region and one grouped count of public innovations.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("regionPages");
  return { title: t("title"), description: t("lead") };
}

export default async function RegionsPage() {
  const [t, tree] = await Promise.all([getTranslations("regionPages"), listRegionDirectory(db)]);
  const empty = tree.hubs.length === 0 && tree.alone.length === 0;
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("lead")}</p>
      </header>
      {empty ? <Notice>{t("empty")}</Notice> : null}
      {tree.hubs.length ? (
        <section aria-labelledby="daerah-hub" className="flex flex-col gap-3">
          <h2 id="daerah-hub" className="text-lg font-semibold">
            {t("hubs")}
          </h2>
          <ul className="flex flex-col gap-4">
            {tree.hubs.map(({ region, children }) => (
              <li key={region.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <RegionLine region={region} t={t} heading />
                <ul
                  className="mt-3 flex flex-col gap-2 border-l-2 border-brand-100 pl-4"
                  aria-label={t("under")}
                >
                  {children.map((c) => (
                    <li key={c.id}>
                      <RegionLine region={c} t={t} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tree.alone.length ? (
        <section aria-labelledby="daerah-lain" className="flex flex-col gap-3">
          <h2 id="daerah-lain" className="text-lg font-semibold">
            {t("alone")}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {tree.alone.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <RegionLine region={r} t={t} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function RegionLine({
  region,
  t,
  heading = false,
}: {
  region: DirectoryRegion;
  t: Awaited<ReturnType<typeof getTranslations<"regionPages">>>;
  heading?: boolean;
}) {
  const link = (
    <Link
      href={`/daerah/${encodeURIComponent(region.code)}`}
      className="font-semibold text-brand-800 underline-offset-2 hover:underline"
    >
      {region.name}
    </Link>
  );
  return (
    <div className="flex flex-wrap items-baseline gap-x-2">
      {heading ? <h3 className="text-base">{link}</h3> : link}
      <span className="text-sm text-slate-600">
        {t(`kind.${region.kind}`)} · {t("publicCount", { count: region.publicCount })}
      </span>
    </div>
  );
}
