import "server-only";
// Catalogue search: Indonesian full-text search (stemmed, accent-insensitive, spelling variants
// normalised) over search.innovation_document, typo tolerance on titles by trigram word
// similarity, facet counts for the whole result in one statement and the page in another.
// See docs/decisions/004-catalogue-search.md.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { CATALOG_PAGE_SIZE, FACET_KEYS, type CatalogQuery, type FacetKey } from "./params";
import { MARK_END, MARK_START } from "./snippet";
import { COUNTED_REPLICATION, PUBLIC_INNOVATION_SQL } from "./visibility";

const { sql, join, empty } = Prisma;


export type CatalogItem = {
  id: string;
  title: string;
  summary: string;
  opdName: string;
  year: number;
  bentuk: string | null;
  jenis: string | null;
  tahapan: string | null;
  sdgs: number[];
  hasAward: boolean;
  replications: number;
  rating: number | null;
  ratingCount: number;
  /** Matched words between MARK_START and MARK_END; null without a query. */
  snippet: string | null;
};

export type FacetValue = { value: string; label: string | null; count: number };
export type CatalogResult = {
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  items: CatalogItem[];
  facets: Record<FacetKey, FacetValue[]>;
};

/** Rows matching the words (or every public innovation without words), with what facets and sorts need. */
export function baseCte(q: string): Prisma.Sql {
  // Written out (not a joined sub-select) so both are constants at planning time and the GIN
  // indexes on search.innovation_document are used.
  const tsq = sql`websearch_to_tsquery('indonesian', search.normalize(${q}))`;
  const qn = sql`search.normalize(${q})`;
  const text = q ? sql`JOIN search.innovation_document d ON d.innovation_id = i."id"` : empty;
  const match = q ? sql`AND (d.document @@ ${tsq} OR d.title_norm OPERATOR(public.%>) ${qn})` : empty;
  // Relevance: weighted cover density (title A … D) plus how closely a title word matches.
  const rel = q ? sql`(ts_rank_cd(d.document, ${tsq}) + public.word_similarity(${qn}, d.title_norm))` : sql`0::float8`;
  return sql`base AS MATERIALIZED (
    SELECT i."id", i."opdId", i."urusan", i."bentuk"::text AS bentuk, i."jenis"::text AS jenis,
           i."tahapan"::text AS tahapan, i."sdgs", i."year", i."approvedAt",
           EXISTS (SELECT 1 FROM "Award" a WHERE a."innovationId" = i."id") AS has_award,
           (SELECT count(*) FROM "Replication" r
             WHERE r."sourceInnovationId" = i."id" AND r."status"::text IN (${join([...COUNTED_REPLICATION])}))::int AS replications,
           f.rating, coalesce(f.n, 0)::int AS rating_count,
           ${rel} AS rel
    FROM "Innovation" i
    ${text}
    LEFT JOIN LATERAL (SELECT avg(fb."rating")::float8 AS rating, count(*) AS n FROM "Feedback" fb
                       WHERE fb."innovationId" = i."id" AND fb."state" <> 'REJECTED') f ON true
    WHERE ${PUBLIC_INNOVATION_SQL} ${match}
  )`;
}

const yesNo = (values: string[]) => join(values.map((v) => v === "ya"));

function filterOf(key: FacetKey, query: CatalogQuery): Prisma.Sql | null {
  switch (key) {
    case "opd":
      return query.opd.length ? sql`b."opdId" IN (${join(query.opd)})` : null;
    case "urusan":
      return query.urusan.length ? sql`b."urusan" IN (${join(query.urusan)})` : null;
    case "bentuk":
      return query.bentuk.length ? sql`b.bentuk IN (${join(query.bentuk)})` : null;
    case "jenis":
      return query.jenis.length ? sql`b.jenis IN (${join(query.jenis)})` : null;
    case "tahapan":
      return query.tahapan.length ? sql`b.tahapan IN (${join(query.tahapan)})` : null;
    case "sdg":
      return query.sdg.length ? sql`b."sdgs" && ARRAY[${join(query.sdg)}]::int[]` : null;
    case "tahun":
      return query.tahun.length ? sql`b."year" IN (${join(query.tahun)})` : null;
    case "penghargaan":
      return query.penghargaan.length ? sql`b.has_award IN (${yesNo(query.penghargaan)})` : null;
    case "replikasi":
      return query.replikasi.length ? sql`(b.replications > 0) IN (${yesNo(query.replikasi)})` : null;
  }
}

/** AND of every active filter except `except`: a facet counts what choosing one of its values would give. */
export function where(query: CatalogQuery, except?: FacetKey): Prisma.Sql {
  const parts = FACET_KEYS.filter((k) => k !== except)
    .map((k) => filterOf(k, query))
    .filter((p): p is Prisma.Sql => p !== null);
  return parts.length ? sql`WHERE ${join(parts, " AND ")}` : empty;
}

const FACET_VALUE: Record<FacetKey, Prisma.Sql> = {
  opd: sql`b."opdId"`,
  urusan: sql`b."urusan"`,
  bentuk: sql`b.bentuk`,
  jenis: sql`b.jenis`,
  tahapan: sql`b.tahapan`,
  sdg: sql`s.sdg::text`,
  tahun: sql`b."year"::text`,
  penghargaan: sql`CASE WHEN b.has_award THEN 'ya' ELSE 'tidak' END`,
  replikasi: sql`CASE WHEN b.replications > 0 THEN 'ya' ELSE 'tidak' END`,
};

function facetBranch(key: FacetKey, query: CatalogQuery): Prisma.Sql {
  const from = key === "sdg" ? sql`base b CROSS JOIN LATERAL unnest(b."sdgs") AS s(sdg)` : sql`base b`;
  const value = FACET_VALUE[key];
  return sql`SELECT ${key}::text AS facet, ${value} AS value, count(*)::int AS n FROM ${from} ${where(query, key)} GROUP BY 2`;
}

const ORDER: Record<CatalogQuery["urut"], Prisma.Sql> = {
  relevan: sql`b.rel DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
  terbaru: sql`b."year" DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
  replikasi: sql`b.replications DESC, b.rel DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
  rating: sql`b.rating DESC NULLS LAST, b.rating_count DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
};

type PageRow = {
  id: string;
  title: string;
  summary: string;
  opd_name: string;
  year: number;
  bentuk: string | null;
  jenis: string | null;
  tahapan: string | null;
  sdgs: number[];
  has_award: boolean;
  replications: number;
  rating: number | null;
  rating_count: number;
  snippet: string | null;
};

export async function searchCatalog(db: Db, query: CatalogQuery, pageSize = CATALOG_PAGE_SIZE): Promise<CatalogResult> {
  const base = baseCte(query.q);
  const offset = (query.page - 1) * pageSize;

  const facetSql = sql`WITH ${base}
    ${join(
      [...FACET_KEYS.map((k) => facetBranch(k, query)), sql`SELECT 'total', NULL, count(*)::int FROM base b ${where(query)}`],
      " UNION ALL ",
    )}`;

  // The page first (ORDER BY … LIMIT), then the costly headline for just those rows.
  const snippet = query.q
    ? sql`ts_headline('indonesian',
          concat_ws(' ', i."summary", i."problem", i."novelty", i."strategy", i."results"),
          websearch_to_tsquery('indonesian', search.normalize(${query.q})),
          ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`})`
    : sql`NULL::text`;
  const pageSql = sql`WITH ${base},
    page AS (SELECT b.*, row_number() OVER (ORDER BY ${ORDER[query.urut]}) AS pos FROM base b ${where(query)}
             ORDER BY ${ORDER[query.urut]} LIMIT ${pageSize} OFFSET ${offset})
    SELECT p."id", i."title", i."summary", o."name" AS opd_name, p."year", p.bentuk, p.jenis, p.tahapan, p."sdgs",
           p.has_award, p.replications, p.rating, p.rating_count, ${snippet} AS snippet
    FROM page p JOIN "Innovation" i ON i."id" = p."id" JOIN "Opd" o ON o."id" = i."opdId"
    ORDER BY p.pos`;

  const [facetRows, rows] = await Promise.all([
    db.$queryRaw<{ facet: string; value: string | null; n: number }[]>(facetSql),
    db.$queryRaw<PageRow[]>(pageSql),
  ]);

  const facets = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as FacetValue[]])) as Record<FacetKey, FacetValue[]>;
  let total = 0;
  for (const r of facetRows) {
    if (r.facet === "total") total = r.n;
    else if (r.value !== null) facets[r.facet as FacetKey].push({ value: r.value, label: null, count: r.n });
  }
  // Chosen values stay on screen (with 0) so they can be switched off again.
  for (const k of FACET_KEYS) {
    for (const v of query[k] as (string | number)[]) {
      if (!facets[k].some((f) => f.value === String(v))) facets[k].push({ value: String(v), label: null, count: 0 });
    }
  }
  if (facets.opd.length) {
    const opds = await db.opd.findMany({ where: { id: { in: facets.opd.map((f) => f.value) } }, select: { id: true, name: true } });
    for (const f of facets.opd) f.label = opds.find((o) => o.id === f.value)?.name ?? f.value;
  }
  sortFacets(facets);

  return {
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    pageSize,
    facets,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      opdName: r.opd_name,
      year: r.year,
      bentuk: r.bentuk,
      jenis: r.jenis,
      tahapan: r.tahapan,
      sdgs: r.sdgs,
      hasAward: r.has_award,
      replications: r.replications,
      rating: r.rating,
      ratingCount: r.rating_count,
      snippet: r.snippet && r.snippet.includes(MARK_START) ? r.snippet : null,
    })),
  };
}

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);
function sortFacets(f: Record<FacetKey, FacetValue[]>) {
  f.opd.sort((a, b) => (a.label ?? "").localeCompare(b.label ?? ""));
  f.urusan.sort(byCount);
  f.sdg.sort((a, b) => Number(a.value) - Number(b.value));
  f.tahun.sort((a, b) => Number(b.value) - Number(a.value));
  const order = ["TATA_KELOLA", "PELAYANAN_PUBLIK", "LAINNYA", "DIGITAL", "NON_DIGITAL", "INISIATIF", "UJI_COBA", "PENERAPAN", "ya", "tidak"];
  for (const k of ["bentuk", "jenis", "tahapan", "penghargaan", "replikasi"] as const) {
    f[k].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
}
