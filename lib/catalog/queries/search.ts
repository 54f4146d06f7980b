import "server-only";
// Catalogue search: Indonesian full-text search (stemmed, accent-insensitive, spelling variants
// normalised) over search.innovation_document, typo tolerance on titles by trigram word
// similarity, facet counts for the whole result in one statement and the page in another.
// See docs/decisions/004-catalogue-search.md.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { CATALOG_PAGE_SIZE, FACET_KEYS, type CatalogQuery, type FacetKey } from "@/lib/catalog/schemas";
import { MARK_END, MARK_START } from "@/lib/catalog/rules/snippet";
import { COUNTED_REPLICATION, PUBLIC_DOCUMENT_SQL } from "./visibility";

const { sql, join, empty } = Prisma;

export type CatalogItem = {
  id: string;
  title: string;
  summary: string;
  opdName: string;
  /** The region of the innovation's OPD, named on the card: the catalogue spans every region of the portal. */
  regionName: string;
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
  /** How many OPDs have matches; the OPD facet lists at most OPD_FACET_LIMIT of them (and the chosen ones). */
  opdTotal: number;
};

/**
 * Rows matching the words (or every public innovation without words), with what facets and sorts need, read from
 * search.innovation_document alone (the facet columns are copies kept by triggers; the "Innovation" rows, with
 * every narrative section inline, are read only for the page's own rows).
 * A row's counted replications and rating are not here: lists look them up for their page's rows only
 * (`shownJoins`). `rank` adds the relevance (ts_rank_cd reads every matched row's whole document, so facet counts
 * and lists ordered otherwise go without it).
 */
export function baseCte(q: string, { rank = true }: { rank?: boolean } = {}): Prisma.Sql {
  // Written out (not a joined sub-select) so both are constants at planning time and the GIN
  // indexes on search.innovation_document are used.
  const tsq = sql`websearch_to_tsquery('indonesian', search.normalize(${q}))`;
  const qn = sql`search.normalize(${q})`;
  // The words match the document or (typo tolerance) a title word; as two index scans joined by UNION, not one
  // OR, whose combined recheck would read every candidate's whole document.
  const match = q
    ? sql`AND s.innovation_id IN (SELECT m.innovation_id FROM search.innovation_document m WHERE m.document @@ ${tsq}
                          UNION SELECT m.innovation_id FROM search.innovation_document m WHERE m.title_norm OPERATOR(public.%>) ${qn})`
    : empty;
  // Relevance: weighted cover density (title A … D) plus how closely a title word matches.
  const rel =
    q && rank
      ? sql`(ts_rank_cd(s.document, ${tsq}) + public.word_similarity(${qn}, s.title_norm))`
      : sql`0::float8`;
  const counted = join([...COUNTED_REPLICATION]);
  return sql`base AS MATERIALIZED (
    SELECT s.innovation_id AS "id", s.opd_id AS "opdId", s.urusan AS "urusan", s.bentuk, s.jenis, s.tahapan,
           s.sdgs AS "sdgs", s.year AS "year", s.approved_at AS "approvedAt",
           -- IN (sub-select), not a correlated EXISTS: one hashed scan of each table instead of a look-up per row,
           -- and a cost estimate low enough that PostgreSQL does not JIT-compile the statement (about a second).
           s.innovation_id IN (SELECT a."innovationId" FROM "Award" a) AS has_award,
           s.innovation_id IN (SELECT r."sourceInnovationId" FROM "Replication" r WHERE r."status"::text IN (${counted})) AS replicated,
           ${rel} AS rel
    FROM search.innovation_document s
    WHERE ${PUBLIC_DOCUMENT_SQL} ${match}
  )`;
}

/** LATERAL average rating and count (rejected feedback left out) of the innovation whose id is `id`, as `f`. */
function ratingJoin(id: Prisma.Sql): Prisma.Sql {
  return sql`LEFT JOIN LATERAL (SELECT avg(fb."rating")::float8 AS rating, count(*) AS n FROM "Feedback" fb
                                WHERE fb."innovationId" = ${id} AND fb."state" <> 'REJECTED') f ON true`;
}

/**
 * What a listed row shows beside its fields, looked up for the rows of one page only (after ORDER BY … LIMIT):
 * `shownJoins(id)` after the FROM, and SHOWN_COLUMNS in the select list (replications, rating, rating_count).
 */
export function shownJoins(id: Prisma.Sql): Prisma.Sql {
  return sql`CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM "Replication" r WHERE r."sourceInnovationId" = ${id}
                                  AND r."status"::text IN (${join([...COUNTED_REPLICATION])})) rc
    ${ratingJoin(id)}`;
}
export const SHOWN_COLUMNS = sql`rc.n AS replications, f.rating, coalesce(f.n, 0)::int AS rating_count`;

const yesNo = (values: string[]) => join(values.map((v) => v === "ya"));

function filterOf(key: FacetKey, query: CatalogQuery): Prisma.Sql | null {
  switch (key) {
    case "daerah":
      // By the OPD: search.innovation_document holds the OPD, and an innovation's region is its OPD's.
      return query.daerah.length
        ? sql`b."opdId" IN (SELECT o."id" FROM "Opd" o JOIN "Region" r ON r."id" = o."regionId"
                           WHERE r."code" IN (${join(query.daerah)}))`
        : null;
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
      return query.replikasi.length ? sql`b.replicated IN (${yesNo(query.replikasi)})` : null;
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
  daerah: sql`r."code"`,
  opd: sql`b."opdId"`,
  urusan: sql`b."urusan"`,
  bentuk: sql`b.bentuk`,
  jenis: sql`b.jenis`,
  tahapan: sql`b.tahapan`,
  sdg: sql`s.sdg::text`,
  tahun: sql`b."year"::text`,
  penghargaan: sql`CASE WHEN b.has_award THEN 'ya' ELSE 'tidak' END`,
  replikasi: sql`CASE WHEN b.replicated THEN 'ya' ELSE 'tidak' END`,
};

/** The OPD facet lists the OPDs with the most matches (chosen ones always): a national catalogue has thousands. */
export const OPD_FACET_LIMIT = 30;
/** The region facet likewise lists the regions with the most matches (chosen ones always). */
export const REGION_FACET_LIMIT = 30;

function facetBranch(key: FacetKey, query: CatalogQuery): Prisma.Sql {
  const from = key === "sdg" ? sql`base b CROSS JOIN LATERAL unnest(b."sdgs") AS s(sdg)` : sql`base b`;
  const value = FACET_VALUE[key];
  if (key === "daerah") {
    // Counted per OPD first (the few thousand OPDs, not every matched row, meet the region join).
    const chosenFirst = query.daerah.length ? sql`(r."code" IN (${join(query.daerah)})) DESC,` : empty;
    return sql`(SELECT ${key}::text AS facet, ${value} AS value, sum(per.n)::int AS n
                FROM (SELECT b."opdId", count(*) AS n FROM base b ${where(query, key)} GROUP BY 1) per
                JOIN "Opd" o ON o."id" = per."opdId" JOIN "Region" r ON r."id" = o."regionId"
                GROUP BY 2 ORDER BY ${chosenFirst} sum(per.n) DESC, 2 LIMIT ${REGION_FACET_LIMIT + query.daerah.length})`;
  }
  if (key === "opd") {
    const chosenFirst = query.opd.length ? sql`(b."opdId" IN (${join(query.opd)})) DESC,` : empty;
    return sql`(SELECT ${key}::text AS facet, ${value} AS value, count(*)::int AS n FROM ${from} ${where(query, key)}
                GROUP BY 2 ORDER BY ${chosenFirst} count(*) DESC, 2 LIMIT ${OPD_FACET_LIMIT + query.opd.length})
               UNION ALL
               SELECT 'opd_total', NULL, count(DISTINCT b."opdId")::int FROM base b ${where(query, key)}`;
  }
  return sql`SELECT ${key}::text AS facet, ${value} AS value, count(*)::int AS n FROM ${from} ${where(query, key)} GROUP BY 2`;
}

const ORDER: Record<CatalogQuery["urut"], Prisma.Sql> = {
  relevan: sql`b.rel DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
  terbaru: sql`b."year" DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
  replikasi: sql`b.sort_replications DESC, b.rel DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
  rating: sql`b.sort_rating DESC NULLS LAST, b.sort_rating_count DESC, b."approvedAt" DESC NULLS LAST, b."id"`,
};

/** What a sort needs beyond the base rows, computed for every matched row only when that sort is chosen. */
function sortColumns(urut: CatalogQuery["urut"]): Prisma.Sql {
  switch (urut) {
    case "replikasi":
      return sql`, (SELECT count(*) FROM "Replication" r WHERE r."sourceInnovationId" = b."id"
                     AND r."status"::text IN (${join([...COUNTED_REPLICATION])}))::int AS sort_replications FROM base b`;
    case "rating":
      return sql`, f.rating AS sort_rating, coalesce(f.n, 0)::int AS sort_rating_count FROM base b ${ratingJoin(sql`b."id"`)}`;
    default:
      return sql` FROM base b`;
  }
}

type PageRow = {
  id: string;
  title: string;
  summary: string;
  opd_name: string;
  region_name: string;
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

export async function searchCatalog(
  db: Db,
  query: CatalogQuery,
  pageSize = CATALOG_PAGE_SIZE,
): Promise<CatalogResult> {
  const offset = (query.page - 1) * pageSize;

  // Facet counts need only which rows match: no relevance, no per-row replication count or rating.
  const facetSql = sql`WITH ${baseCte(query.q, { rank: false })}
    ${join(
      [
        ...FACET_KEYS.map((k) => facetBranch(k, query)),
        sql`SELECT 'total', NULL, count(*)::int FROM base b ${where(query)}`,
      ],
      " UNION ALL ",
    )}`;

  // The page first (ORDER BY … LIMIT), then what is shown of just those rows: the costly headline, the counted
  // replications and the rating.
  const snippet = query.q
    ? sql`ts_headline('indonesian',
          concat_ws(' ', i."summary", i."problem", i."novelty", i."strategy", i."results"),
          websearch_to_tsquery('indonesian', search.normalize(${query.q})),
          ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`})`
    : sql`NULL::text`;
  const rank = query.urut === "relevan" || query.urut === "replikasi";
  const pageSql = sql`WITH ${baseCte(query.q, { rank })},
    page AS (SELECT b.* FROM (SELECT b.* ${sortColumns(query.urut)} ${where(query)}) b
             ORDER BY ${ORDER[query.urut]} LIMIT ${pageSize} OFFSET ${offset})
    SELECT b."id", i."title", i."summary", o."name" AS opd_name, r."name" AS region_name, b."year", b.bentuk, b.jenis,
           b.tahapan, b."sdgs", b.has_award, ${SHOWN_COLUMNS}, ${snippet} AS snippet
    FROM page b JOIN "Innovation" i ON i."id" = b."id" JOIN "Opd" o ON o."id" = i."opdId"
         JOIN "Region" r ON r."id" = o."regionId"
    ${shownJoins(sql`b."id"`)}
    ORDER BY ${ORDER[query.urut]}`;

  const [facetRows, rows] = await Promise.all([
    db.$queryRaw<{ facet: string; value: string | null; n: number }[]>(facetSql),
    db.$queryRaw<PageRow[]>(pageSql),
  ]);

  const facets = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as FacetValue[]])) as Record<
    FacetKey,
    FacetValue[]
  >;
  let total = 0;
  let opdTotal = 0;
  for (const r of facetRows) {
    if (r.facet === "total") total = r.n;
    else if (r.facet === "opd_total") opdTotal = r.n;
    else if (r.value !== null) facets[r.facet as FacetKey].push({ value: r.value, label: null, count: r.n });
  }
  // Chosen values stay on screen (with 0) so they can be switched off again.
  for (const k of FACET_KEYS) {
    for (const v of query[k] as (string | number)[]) {
      if (!facets[k].some((f) => f.value === String(v)))
        facets[k].push({ value: String(v), label: null, count: 0 });
    }
  }
  const [opds, regions] = await Promise.all([
    facets.opd.length
      ? db.opd.findMany({
          where: { id: { in: facets.opd.map((f) => f.value) } },
          select: { id: true, name: true },
        })
      : [],
    facets.daerah.length
      ? db.region.findMany({
          where: { code: { in: facets.daerah.map((f) => f.value) } },
          select: { code: true, name: true },
        })
      : [],
  ]);
  for (const f of facets.opd) f.label = opds.find((o) => o.id === f.value)?.name ?? f.value;
  for (const f of facets.daerah) f.label = regions.find((r) => r.code === f.value)?.name ?? f.value;
  sortFacets(facets);

  return {
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    pageSize,
    facets,
    opdTotal,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      opdName: r.opd_name,
      regionName: r.region_name,
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
  f.daerah.sort((a, b) => (a.label ?? "").localeCompare(b.label ?? ""));
  f.urusan.sort(byCount);
  f.sdg.sort((a, b) => Number(a.value) - Number(b.value));
  f.tahun.sort((a, b) => Number(b.value) - Number(a.value));
  const order = [
    "TATA_KELOLA",
    "PELAYANAN_PUBLIK",
    "LAINNYA",
    "DIGITAL",
    "NON_DIGITAL",
    "INISIATIF",
    "UJI_COBA",
    "PENERAPAN",
    "ya",
    "tidak",
  ];
  for (const k of ["bentuk", "jenis", "tahapan", "penghargaan", "replikasi"] as const) {
    f[k].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
}

/** Trigram similarity a title word needs to be offered as the spelling of a query word. */
const SUGGEST_SIMILARITY = 0.4;

/**
 * For a search that found nothing: the query with each word replaced by the closest word of a public innovation's
 * title ("posiandu" → "posyandu"), normalised as the search normalises, or null when no word has a closer
 * spelling. Candidate titles come from the trigram index (word similarity at SUGGEST_SIMILARITY, set for this
 * statement only), so the cost does not grow with the catalogue.
 */
export async function suggestSpelling(db: Db, q: string): Promise<string | null> {
  const words = [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u))]
    .filter((w) => w.length >= 3)
    .slice(0, 6);
  if (words.length === 0) return null;
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SUGGEST_SIMILARITY)}, true)`,
    db.$queryRaw<{ word: string; best: string | null }[]>(sql`
      SELECT q.word, best.w AS best
      FROM unnest(ARRAY[${join(words)}]::text[]) WITH ORDINALITY AS raw(word, n)
      CROSS JOIN LATERAL (SELECT search.normalize(raw.word) AS word, raw.n) q
      LEFT JOIN LATERAL (
        SELECT w FROM search.innovation_document s
        CROSS JOIN LATERAL regexp_split_to_table(s.title_norm, '[^[:alnum:]]+') w
        WHERE ${PUBLIC_DOCUMENT_SQL} AND q.word OPERATOR(public.<%) s.title_norm AND length(w) >= 3
          AND public.similarity(w, q.word) >= ${SUGGEST_SIMILARITY}
        ORDER BY public.similarity(w, q.word) DESC, w
        LIMIT 1
      ) best ON true
      ORDER BY q.n`),
  ]);
  const corrected = rows.map((r) => r.best ?? r.word);
  return corrected.some((w, i) => w !== rows[i]!.word) ? corrected.join(" ") : null;
}
