"use client";
import Link from "@/components/ui/link";
import { SdgBadges } from "./sdg-badges";
import { Snippet } from "./snippet";

/**
 * One search result, its text already formatted on the server: id, title, the line under it (OPD, year,
 * jenis, tahapan), the highlighted snippet (or, without words, the summary), SDG goals, whether it won an
 * award, and the replication and rating lines.
 */
export type ResultRow = [
  id: string,
  title: string,
  meta: string,
  snippet: string | null,
  summary: string | null,
  sdgs: number[],
  award: boolean,
  replications: string,
  rating: string,
];

/**
 * The result cards. A client component only for its size on the wire, as FacetOptions is: the cached search
 * page's RSC payload carries each card as nine values instead of a tree of elements with their classes. The
 * HTML is server-rendered all the same, so the list reads the same without JavaScript.
 */
export function ResultList({
  rows,
  sdgNames,
  awardLabel,
}: {
  rows: ResultRow[];
  sdgNames: Record<number, string>;
  awardLabel: string;
}) {
  return (
    <ol className="flex flex-col gap-3" data-testid="catalog-results">
      {rows.map(([id, title, meta, snippet, summary, sdgs, award, replications, rating]) => (
        <li key={id}>
          <article className="result-card">
            <h3>
              <Link href={`/katalog/${id}`}>{title}</Link>
            </h3>
            <p className="result-meta">{meta}</p>
            <div className="mt-2">
              {snippet ? (
                <Snippet text={snippet} />
              ) : (
                <p className="line-clamp-3 text-sm text-slate-700">{summary}</p>
              )}
            </div>
            <div className="result-facts">
              <SdgBadges sdgs={sdgs} label={(n) => sdgNames[n] ?? String(n)} />
              {award ? (
                <span className="rounded bg-amber-50 px-2 py-0.5 text-amber-900">★ {awardLabel}</span>
              ) : null}
              <span>{replications}</span>
              <span>{rating}</span>
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
