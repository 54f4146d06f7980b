// The catalogue search is served from Next.js's page cache (ISR). A cached page cannot read the
// query string or cookies, so a search is rewritten to an internal address that holds both in its
// path: `/katalog-halaman/<locale>/<the search's segments>` (lib/catalog/rules/search-path.ts). The public
// `/katalog/cari/<segments>` is rewritten there by next.config.ts (without running proxy.ts), the
// classic `/katalog?q=…` by proxy.ts. The visitor never sees the internal address; asked for
// directly, it shows the same search, and its canonical link names the public one.
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { searchSegments } from "./search-path";

export const CACHED_CATALOGUE_PREFIX = "/katalog-halaman";
/**
 * The route the cache entries live under, for revalidatePath: with its route group, because
 * Next.js tags a cached page by its file path (app/(katalog)/katalog-halaman/…).
 */
export const CACHED_CATALOGUE_ROUTE = `/(katalog)${CACHED_CATALOGUE_PREFIX}/[locale]/[[...kunci]]`;

/** The internal path for a catalogue search in a locale. */
export function cachedCataloguePath(locale: Locale, search: URLSearchParams): string {
  const segments = searchSegments(search);
  return segments.length
    ? `${CACHED_CATALOGUE_PREFIX}/${locale}/${segments.join("/")}`
    : `${CACHED_CATALOGUE_PREFIX}/${locale}`;
}

export function localeOrDefault(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
