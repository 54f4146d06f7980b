import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { catalogHref, type CatalogQuery } from "@/lib/catalog/schemas";

/** Page links that keep the whole query in the URL (shareable; back button; no JavaScript needed). */
export async function CatalogPagination({
  locale,
  query,
  pages,
}: {
  locale: string;
  query: CatalogQuery;
  pages: number;
}) {
  const t = await getTranslations({ locale, namespace: "catalog.pagination" });
  if (pages <= 1) return null;
  const page = Math.min(query.page, pages);
  const around = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const link = "rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-2 text-sm">
      {query.page > 1 ? (
        <Link
          href={catalogHref(query, { page: Math.min(query.page - 1, pages) })}
          className={link}
          rel="prev"
        >
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <ol className="flex flex-wrap items-center gap-1">
        {around.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            {i > 0 && around[i - 1]! < p - 1 ? <span aria-hidden="true">…</span> : null}
            {p === query.page ? (
              <span aria-current="page" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
                <span className="sr-only">{t("goto", { page: p })}</span>
                <span aria-hidden="true">{p}</span>
              </span>
            ) : (
              <Link
                href={catalogHref(query, { page: p })}
                className={link}
                aria-label={t("goto", { page: p })}
              >
                {p}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {query.page < pages ? (
        <Link href={catalogHref(query, { page: query.page + 1 })} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
