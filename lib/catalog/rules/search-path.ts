// The catalogue search's address. A search lives in the path, readable:
//   /katalog/cari/jenis=DIGITAL&opd=…&q=air+bersih
// so Next.js serves it from its page cache without running proxy.ts first (next.config.ts rewrites
// it, by the locale cookie, to the cached page in app/(katalog)/katalog-halaman/<locale>/…). The
// classic /katalog?q=… still works: proxy.ts rewrites it to the same cached page. Links, paging,
// filters and the form (with JavaScript) use the path. docs/decisions/007-cached-catalogue.md
//
// Pure string work with no imports, so the form's browser code can use it too.

export const FACET_KEYS = [
  "daerah",
  "opd",
  "urusan",
  "bentuk",
  "jenis",
  "tahapan",
  "sdg",
  "tahun",
  "penghargaan",
  "replikasi",
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The public path of a search; the bare catalogue stays /katalog. */
export const SEARCH_PATH_PREFIX = "/katalog/cari";
/** Characters per path segment, below any file-name limit. */
const SEGMENT_LENGTH = 180;
/** Longer query strings are cut: no valid search needs more (MAX_QUERY_LENGTH is 200). */
const MAX_SEARCH_LENGTH = 2048;

/** The parameters the catalogue reads (lib/catalog/schemas.ts); any other is left out of the key. */
const CATALOGUE_KEYS: ReadonlySet<string> = new Set(["q", "urut", "page", ...FACET_KEYS]);

/**
 * The same search always gets the same key: empty values (an empty box or the default sort
 * submitted by the form) and parameters the catalogue does not read (`utm_source` on a shared
 * link, or junk meant to miss the cache) are dropped, and the rest sorted, so `?urut=&q=air`,
 * `?q=air&utm_source=wa` and `?q=air` share one cache entry.
 */
export function normalizeSearch(search: URLSearchParams): string {
  const pairs = [...search.entries()].filter(([k, v]) => CATALOGUE_KEYS.has(k) && v.trim() !== "");
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  let out = new URLSearchParams(pairs).toString();
  if (out.length > MAX_SEARCH_LENGTH) out = out.slice(0, out.lastIndexOf("&", MAX_SEARCH_LENGTH));
  return out;
}

/**
 * A search as path segments (none for the bare catalogue). The normalized query string holds only
 * letters, digits, `*-._+=&` and `%XX`; a router decodes `%` in a path, so it is written `~` (which the
 * query string never holds bare), and `.` is written `~2E` so that no segment can be `.` or `..`.
 */
export function searchSegments(search: URLSearchParams): string[] {
  const escaped = normalizeSearch(search).replace(/%/g, "~").replace(/\./g, "~2E");
  const segments: string[] = [];
  for (let i = 0; i < escaped.length; i += SEGMENT_LENGTH)
    segments.push(escaped.slice(i, i + SEGMENT_LENGTH));
  return segments;
}

/** The public address of a search. */
export function searchPath(search: URLSearchParams): string {
  const segments = searchSegments(search);
  return segments.length ? `${SEARCH_PATH_PREFIX}/${segments.join("/")}` : "/katalog";
}

/**
 * The query string back from the path's segments (as the router gives them, decoded). Lenient, as
 * the catalogue's parsing is: a hand-typed `q=air bersih` reads as it looks; whatever does not parse
 * is dropped by parseCatalogQuery, never an error.
 */
export function searchFromSegments(segments: readonly string[] | undefined): URLSearchParams {
  if (!segments?.length) return new URLSearchParams();
  return new URLSearchParams(
    segments
      .map(decodeSegment)
      .join("")
      .replace(/~([0-9A-Fa-f]{2})/g, "%$1"),
  );
}

/** Next.js gives a dynamic segment as it stood in the URL, still percent-encoded; a malformed escape stays as it is. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
