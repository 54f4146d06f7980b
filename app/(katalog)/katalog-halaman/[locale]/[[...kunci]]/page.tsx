import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchFormEnhancer } from "@/components/catalog/search-form-enhancer";
import { FacetOptions } from "@/components/catalog/facet-options";
import { CatalogPagination } from "@/components/catalog/pagination";
import { ResultList, type ResultRow } from "@/components/catalog/result-list";
import { sdgName } from "@/lib/reference";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import {
  activeFilterCount,
  catalogHref,
  FACET_KEYS,
  MAX_QUERY_LENGTH,
  parseCatalogQuery,
  SORTS,
  toggleFacet,
  type CatalogQuery,
  type FacetKey,
} from "@/lib/catalog/schemas";
import { searchCatalog, suggestSpelling, type FacetValue } from "@/lib/catalog/queries/search";
import { absoluteUrl } from "@/lib/http/site-url";
import { localeOrDefault } from "@/lib/catalog/rules/cached-path";
import { searchFromSegments } from "@/lib/catalog/rules/search-path";

// The public addresses are /katalog/cari/<search> (rewritten here by next.config.ts) and /katalog?…
// (by proxy.ts); see lib/catalog/rules/search-path.ts and cached-path.ts.
type Props = { params: Promise<{ locale: string; kunci?: string[] }> };

// Rendered on the first request for a search, then served from the cache. Approvals, reopened
// innovations, published results and OPD names drop the cache at once (revalidateCatalogue);
// anything else (citizens' ratings) shows within a minute: after 60 s the next visitor still gets
// the cached page at once while Next.js renders a fresh one behind it.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

async function readParams(params: Props["params"]) {
  const { locale, kunci } = await params;
  const l = localeOrDefault(locale);
  setRequestLocale(l);
  return { locale: l, ...parseCatalogQuery(searchFromSegments(kunci)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, query } = await readParams(params);
  const t = await getTranslations({ locale, namespace: "catalog" });
  const canonical = absoluteUrl(catalogHref(query));
  return {
    title: query.q ? `${query.q} · ${t("title")}` : t("title"),
    description: t("description"),
    alternates: { canonical },
    openGraph: { type: "website", title: t("title"), description: t("description"), url: canonical },
    // Result pages with words or filters are endless variations of one page: followed, not indexed.
    robots: query.q || activeFilterCount(query) ? { index: false, follow: true } : undefined,
  };
}

const FORM_ID = "katalog-form";

export default async function CataloguePage({ params }: Props) {
  const { locale, query, dropped } = await readParams(params);
  const [t, tf, result] = await Promise.all([
    getTranslations({ locale, namespace: "catalog" }),
    getTranslations({ locale, namespace: "innovationForm" }),
    searchCatalog(db, query),
  ]);

  const labelOf = (key: FacetKey, f: FacetValue): string => {
    switch (key) {
      case "daerah":
      case "opd":
        return f.label ?? f.value;
      case "bentuk":
      case "jenis":
      case "tahapan":
        return tf(`enums.${key}.${f.value}` as "enums.jenis.DIGITAL");
      case "sdg":
        return `${f.value}. ${sdgName(Number(f.value))}`;
      case "penghargaan":
        return t(`facets.award.${f.value as "ya" | "tidak"}`);
      case "replikasi":
        return t(`facets.replicated.${f.value as "ya" | "tidak"}`);
      default:
        return f.value;
    }
  };
  // A search that found nothing offers a spelling from the titles, the words without filters, or fewer words.
  const suggestion = result.total === 0 && query.q ? await suggestSpelling(db, query.q) : null;
  const fewerWords =
    result.total === 0 && query.q
      ? [...new Set(query.q.split(/\s+/).filter((w) => w.length >= 3))].slice(0, 5)
      : [];
  const defaultSort = query.q ? "relevan" : "terbaru";
  const isChosen = (key: FacetKey, value: string) =>
    (query[key] as (string | number)[]).map(String).includes(value);
  const rows: ResultRow[] = result.items.map((item) => [
    item.id,
    item.title,
    [
      item.opdName,
      item.regionName,
      t("results.year", { year: item.year }),
      ...(item.jenis ? [tf(`enums.jenis.${item.jenis}` as "enums.jenis.DIGITAL")] : []),
      ...(item.tahapan ? [tf(`enums.tahapan.${item.tahapan}` as "enums.tahapan.PENERAPAN")] : []),
    ].join(" · "),
    item.snippet,
    item.snippet ? null : item.summary,
    item.sdgs,
    item.hasAward,
    t("results.replications", { count: item.replications }),
    item.rating !== null
      ? t("results.rating", { rating: item.rating.toFixed(1), count: item.ratingCount })
      : t("results.noRating"),
  ]);
  const sdgNames = Object.fromEntries(
    [...new Set(result.items.flatMap((i) => i.sdgs))].map((n) => [n, tf(`sdgNames.${n}` as "sdgNames.1")]),
  );
  const chips = FACET_KEYS.flatMap((key) =>
    result.facets[key].filter((f) => isChosen(key, f.value)).map((f) => ({ key, f, label: labelOf(key, f) })),
  );

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("lead")}</p>
      </header>

      {dropped.length ? <Notice>{t("search.dropped")}</Notice> : null}

      <form id={FORM_ID} action="/katalog" className="flex flex-col gap-6" role="search">
        <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="katalog-q" className="text-sm font-medium">
              {t("search.label")}
            </label>
            <input
              id="katalog-q"
              name="q"
              type="search"
              defaultValue={query.q}
              maxLength={MAX_QUERY_LENGTH}
              placeholder={t("search.placeholder")}
              className="w-full rounded border border-slate-400 px-3 py-2"
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="katalog-urut" className="text-sm font-medium">
              {t("search.sort")}
            </label>
            {/* The default order has the empty value, so new words typed into the form sort by relevance. */}
            <select
              id="katalog-urut"
              name="urut"
              defaultValue={query.urut === defaultSort ? "" : query.urut}
              className="rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t(`sort.${defaultSort}`)}</option>
              {SORTS.filter((s) => s !== "relevan" && s !== defaultSort).map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("search.submit")}
          </button>
        </div>

        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <aside aria-labelledby="katalog-facets" className="flex flex-col gap-2">
            <h2 id="katalog-facets" className="text-lg font-semibold">
              {t("facets.heading")}
            </h2>
            {FACET_KEYS.map((key) => {
              const values = result.facets[key];
              if (!values.length) return null;
              const chosen = values.filter((f) => isChosen(key, f.value)).length;
              return (
                <details key={key} open={chosen > 0} className="facet-group" data-facet={key}>
                  <summary>
                    {t(`facets.${key}`)}
                    {chosen ? <span className="ml-1 text-sm text-brand-700">({chosen})</span> : null}
                  </summary>
                  <fieldset>
                    <legend className="sr-only">{t(`facets.${key}`)}</legend>
                    <FacetOptions
                      name={key}
                      options={values.map((f) => [f.value, labelOf(key, f), f.count, isChosen(key, f.value)])}
                    />
                    {key === "opd" && result.opdTotal > values.length ? (
                      <p className="mt-1 text-xs text-slate-600">
                        {t("facets.opdTop", { shown: values.length, total: result.opdTotal })}
                      </p>
                    ) : null}
                  </fieldset>
                </details>
              );
            })}
            <button
              type="submit"
              className="mt-1 rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
            >
              {t("search.apply")}
            </button>
          </aside>

          <section aria-labelledby="katalog-results" className="flex flex-col gap-4">
            <h2 id="katalog-results" className="sr-only">
              {t("results.heading")}
            </h2>
            <p className="font-medium" role="status" data-testid="catalog-count">
              {query.q
                ? t("results.countFor", { total: result.total, q: query.q })
                : t("results.count", { total: result.total })}
            </p>
            {chips.length ? (
              <ul aria-label={t("facets.active")} className="flex flex-wrap gap-2">
                {chips.map(({ key, f, label }) => (
                  <li key={`${key}-${f.value}`}>
                    <Link
                      href={toggleFacet(
                        query,
                        key,
                        key === "sdg" || key === "tahun" ? Number(f.value) : f.value,
                      )}
                      className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
                      aria-label={t("facets.remove", { label })}
                    >
                      {label} <span aria-hidden="true">×</span>
                    </Link>
                  </li>
                ))}
                <li>
                  <Link
                    href={catalogHref({ ...query, page: 1 }, emptyFilters)}
                    className="inline-flex px-2 py-1 text-sm underline"
                  >
                    {t("search.clear")}
                  </Link>
                </li>
              </ul>
            ) : null}

            {result.items.length === 0 ? (
              <Notice>
                <p>{t("results.empty")}</p>
                {suggestion ? (
                  <p className="mt-2">
                    {t("results.didYouMean")}{" "}
                    <Link
                      href={catalogHref({ ...query, q: suggestion, page: 1 })}
                      className="font-semibold underline"
                    >
                      {suggestion}
                    </Link>
                  </p>
                ) : null}
                {chips.length > 0 && query.q ? (
                  <p className="mt-2">
                    <Link href={catalogHref({ ...query, page: 1 }, emptyFilters)} className="underline">
                      {t("results.withoutFilters", { q: query.q })}
                    </Link>
                  </p>
                ) : null}
                {fewerWords.length > 1 ? (
                  <p className="mt-2">
                    {t("results.fewerWords")}{" "}
                    {fewerWords.map((w, i) => (
                      <span key={w}>
                        {i > 0 ? " · " : null}
                        <Link href={catalogHref({ ...query, q: w, page: 1 })} className="underline">
                          {w}
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </Notice>
            ) : null}
            <ResultList rows={rows} sdgNames={sdgNames} awardLabel={t("results.award")} />
            <CatalogPagination locale={locale} query={query} pages={result.pages} />
          </section>
        </div>
      </form>
      <SearchFormEnhancer formId={FORM_ID} />
    </div>
  );
}

const emptyFilters: Partial<CatalogQuery> = Object.fromEntries(FACET_KEYS.map((k) => [k, []]));
