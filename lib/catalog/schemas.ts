// The catalogue's URL is its state: every search, facet, sort and page lives in it (a query
// string, written into the path by lib/catalog/rules/search-path.ts), so a link can be shared and the back button works with or without JavaScript.
// Parsing is lenient on purpose: an unknown or malformed value is dropped (and reported), never
// an error page, because anyone can type a URL.
import { z } from "zod";
import { URUSAN } from "@/lib/reference";
import { BENTUK, JENIS, TAHAPAN } from "@/lib/innovations/rules/form/sections";
import { FACET_KEYS, searchPath, type FacetKey } from "./rules/search-path";

export { FACET_KEYS, type FacetKey };

export const SORTS = ["relevan", "terbaru", "replikasi", "rating"] as const;
export type Sort = (typeof SORTS)[number];

export const YES_NO = ["ya", "tidak"] as const;
export type YesNo = (typeof YES_NO)[number];

export const CATALOG_PAGE_SIZE = 12;
export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 1000;

export type CatalogQuery = {
  q: string;
  /** Region codes (Region.code): innovations of these regions only. */
  daerah: string[];
  opd: string[];
  urusan: string[];
  bentuk: (typeof BENTUK)[number][];
  jenis: (typeof JENIS)[number][];
  tahapan: (typeof TAHAPAN)[number][];
  sdg: number[];
  tahun: number[];
  penghargaan: YesNo[];
  replikasi: YesNo[];
  urut: Sort;
  page: number;
};

const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** A region's code as the portal stores it (Kemendagri's, e.g. "33" or "3398"; dots allowed). */
export const REGION_CODE = /^[0-9A-Za-z][0-9A-Za-z.]{0,19}$/;

const VALUE: Record<FacetKey, z.ZodType> = {
  daerah: z.string().regex(REGION_CODE),
  // OPD ids are cuids; anything else cannot match and is dropped before it reaches SQL.
  opd: z.string().regex(/^[a-z0-9]{8,40}$/),
  urusan: z.enum(URUSAN as [string, ...string[]]),
  bentuk: z.enum(BENTUK),
  jenis: z.enum(JENIS),
  tahapan: z.enum(TAHAPAN),
  sdg: intIn(1, 17),
  tahun: intIn(1990, 2100),
  penghargaan: z.enum(YES_NO),
  replikasi: z.enum(YES_NO),
};

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function all(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = raw[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Parses the catalogue's query string; `dropped` names the parameters whose values were ignored. */
export function parseCatalogQuery(raw: RawParams): { query: CatalogQuery; dropped: string[] } {
  const dropped = new Set<string>();
  const facet = <K extends FacetKey>(key: K) => {
    const out: unknown[] = [];
    for (const v of all(raw, key).slice(0, 30)) {
      const r = VALUE[key].safeParse(v.trim());
      if (r.success) {
        if (!out.includes(r.data)) out.push(r.data);
      } else dropped.add(key);
    }
    return out as CatalogQuery[K];
  };

  const qRaw = all(raw, "q")[0] ?? "";
  // Control characters (a NUL would make PostgreSQL refuse the query) count as spaces.
  const q = qRaw
    .replace(/[\s\u0000-\u001f\u007f]+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);

  const sortRaw = all(raw, "urut")[0];
  const sort = z.enum(SORTS).safeParse(sortRaw);
  if (sortRaw !== undefined && sortRaw !== "" && !sort.success) dropped.add("urut");
  // Relevance means nothing without words; then the newest come first.
  const urut: Sort = sort.success && !(sort.data === "relevan" && !q) ? sort.data : q ? "relevan" : "terbaru";

  const pageRaw = all(raw, "page")[0];
  const page = intIn(1, MAX_PAGE).safeParse(pageRaw);
  if (pageRaw !== undefined && pageRaw !== "" && !page.success) dropped.add("page");

  return {
    query: {
      q,
      daerah: facet("daerah"),
      opd: facet("opd"),
      urusan: facet("urusan"),
      bentuk: facet("bentuk"),
      jenis: facet("jenis"),
      tahapan: facet("tahapan"),
      sdg: facet("sdg"),
      tahun: facet("tahun"),
      penghargaan: facet("penghargaan"),
      replikasi: facet("replikasi"),
      urut,
      page: page.success ? page.data : 1,
    },
    dropped: [...dropped],
  };
}

/** The query string for a catalogue state (defaults left out, so URLs stay short and stable). */
export function catalogSearchParams(
  query: CatalogQuery,
  change: Partial<CatalogQuery> = {},
): URLSearchParams {
  const s = { ...query, ...change };
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const key of FACET_KEYS) for (const v of s[key] as unknown[]) p.append(key, String(v));
  const defaultSort: Sort = s.q ? "relevan" : "terbaru";
  if (s.urut !== defaultSort) p.set("urut", s.urut);
  if (s.page > 1) p.set("page", String(s.page));
  return p;
}

/** The address of a catalogue state: its path (lib/catalog/rules/search-path.ts), or /katalog when bare. */
export function catalogHref(query: CatalogQuery, change: Partial<CatalogQuery> = {}): string {
  return searchPath(catalogSearchParams(query, change));
}

/** A facet value switched on or off; any change of filters goes back to the first page. */
export function toggleFacet(query: CatalogQuery, key: FacetKey, value: string | number): string {
  const current = query[key] as (string | number)[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return catalogHref(query, { [key]: next, page: 1 } as Partial<CatalogQuery>);
}

export function activeFilterCount(query: CatalogQuery): number {
  return FACET_KEYS.reduce((n, k) => n + (query[k] as unknown[]).length, 0);
}
