// The catalogue search is served from Next.js's page cache (ISR). A cached page cannot read the
// query string or cookies, so the proxy (proxy.ts) rewrites the public address
// `/katalog?q=…&opd=…` to an internal one that holds both in its path:
// `/katalog-halaman/<locale>/<query string, base64url, in segments>`. The visitor only ever
// sees /katalog. Asked for directly, the internal address shows the same search; its canonical
// link names /katalog, so search engines keep one copy.
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { FACET_KEYS } from "./params";

export const CACHED_CATALOGUE_PREFIX = "/katalog-halaman";
/**
 * The route the cache entries live under, for revalidatePath: with its route group, because
 * Next.js tags a cached page by its file path (app/(katalog)/katalog-halaman/…).
 */
export const CACHED_CATALOGUE_ROUTE = `/(katalog)${CACHED_CATALOGUE_PREFIX}/[locale]/[[...kunci]]`;
/** Base64url characters per path segment, below any file-name limit. */
const SEGMENT_LENGTH = 180;
/** Longer query strings are cut: no valid search needs more (MAX_QUERY_LENGTH is 200). */
const MAX_SEARCH_LENGTH = 2048;

/** The parameters the catalogue reads (lib/catalog/params.ts); any other is left out of the key. */
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

/** The internal path for a catalogue search in a locale. */
export function cachedCataloguePath(locale: Locale, search: URLSearchParams): string {
  const normalized = normalizeSearch(search);
  if (!normalized) return `${CACHED_CATALOGUE_PREFIX}/${locale}`;
  const encoded = Buffer.from(normalized, "utf8").toString("base64url");
  const segments: string[] = [];
  for (let i = 0; i < encoded.length; i += SEGMENT_LENGTH) segments.push(encoded.slice(i, i + SEGMENT_LENGTH));
  return `${CACHED_CATALOGUE_PREFIX}/${locale}/${segments.join("/")}`;
}

/** The query string back from the internal path's segments; garbage gives an empty search. */
export function searchFromSegments(segments: readonly string[] | undefined): URLSearchParams {
  if (!segments?.length) return new URLSearchParams();
  const joined = segments.join("");
  if (!/^[A-Za-z0-9_-]*$/.test(joined)) return new URLSearchParams();
  return new URLSearchParams(Buffer.from(joined, "base64url").toString("utf8"));
}

export function localeOrDefault(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
