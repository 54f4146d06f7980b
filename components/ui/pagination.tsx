import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** Server-rendered links that keep the current query (works without JavaScript). */
export async function Pagination({
  page,
  pages,
  basePath,
  query,
}: {
  page: number;
  pages: number;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    params.set("page", String(p));
    return `${basePath}?${params.toString()}`;
  };
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link
          href={href(page - 1)}
          className="rounded border border-slate-300 bg-white px-3 py-1.5"
          rel="prev"
        >
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link
          href={href(page + 1)}
          className="rounded border border-slate-300 bg-white px-3 py-1.5"
          rel="next"
        >
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export const PAGE_SIZE = 20;

export function parsePage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
