import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CACHED_CATALOGUE_PREFIX,
  CACHED_CATALOGUE_ROUTE,
  cachedCataloguePath,
  localeOrDefault,
} from "./cached-path";
import { catalogHref, parseCatalogQuery } from "@/lib/catalog/schemas";
import { normalizeSearch, searchFromSegments, searchPath } from "./search-path";

const segmentsOf = (path: string) => path.split("/").slice(3);

describe("the cached catalogue's internal path", () => {
  it("gives one key to the same search however the form or a link wrote it", () => {
    const a = new URLSearchParams("urut=&q=air+bersih&jenis=DIGITAL&opd=b&opd=a&page=");
    const b = new URLSearchParams("opd=a&utm_source=wa&jenis=DIGITAL&q=air+bersih&opd=b&_=123");
    expect(normalizeSearch(a)).toBe(normalizeSearch(b));
    expect(normalizeSearch(a)).toBe("jenis=DIGITAL&opd=a&opd=b&q=air+bersih");
    expect(cachedCataloguePath("id", a)).toBe(cachedCataloguePath("id", b));
    expect(cachedCataloguePath("id", a)).not.toBe(cachedCataloguePath("en", a));
    // The public path and the internal one carry the same segments, so both reach one cache entry.
    expect(searchPath(a)).toBe("/katalog/cari/jenis=DIGITAL&opd=a&opd=b&q=air+bersih");
    expect(cachedCataloguePath("en", b)).toBe(
      `${CACHED_CATALOGUE_PREFIX}/en/jenis=DIGITAL&opd=a&opd=b&q=air+bersih`,
    );
  });

  it("keeps the region in the key: one region's search is not another's", () => {
    const kota = new URLSearchParams("q=air&daerah=3398");
    expect(normalizeSearch(kota)).toBe("daerah=3398&q=air");
    expect(cachedCataloguePath("id", kota)).not.toBe(cachedCataloguePath("id", new URLSearchParams("q=air")));
    expect(searchFromSegments(segmentsOf(cachedCataloguePath("id", kota))).getAll("daerah")).toEqual([
      "3398",
    ]);
  });

  it("gives the links on a result page the address the form leads to", () => {
    const fromForm = new URLSearchParams("q=layanan+kesehatan&urut=&sdg=3&jenis=DIGITAL");
    expect(catalogHref(parseCatalogQuery(fromForm).query)).toBe(searchPath(fromForm));
    expect(catalogHref(parseCatalogQuery(new URLSearchParams("")).query)).toBe("/katalog");
    expect(searchPath(new URLSearchParams("urut=&q="))).toBe("/katalog");
  });

  it("keeps the locale and no segment for the bare catalogue", () => {
    expect(cachedCataloguePath("en", new URLSearchParams("q=&urut="))).toBe(`${CACHED_CATALOGUE_PREFIX}/en`);
    expect(searchFromSegments(undefined).toString()).toBe("");
  });

  it("carries any search, Indonesian words and symbols included, back to the same query", () => {
    const search = new URLSearchParams();
    search.set("q", "pelayanan kesehatan ibu & anak / posyandu? 100% #1 ñ");
    search.append("sdg", "3");
    search.append("sdg", "5");
    search.set("urut", "rating");
    const path = cachedCataloguePath("id", search);
    const segments = segmentsOf(path);
    // Only characters a browser and the router leave as they are in a path, and never a `.` or `..` segment.
    expect(segments.every((s) => /^[A-Za-z0-9*_+=&~-]{1,180}$/.test(s))).toBe(true);
    expect(decodeURIComponent(encodeURI(path))).toBe(path);
    const back = parseCatalogQuery(searchFromSegments(segments)).query;
    expect(back).toEqual(parseCatalogQuery(search).query);
    expect(back.q).toBe("pelayanan kesehatan ibu & anak / posyandu? 100% #1 ñ");
  });

  it("splits a long search into short segments and cuts an endless one at a parameter", () => {
    const long = new URLSearchParams();
    long.set("q", "inovasi ".repeat(25).trim());
    for (let i = 0; i < 40; i++) long.append("opd", `opd${String(i).padStart(10, "0")}`);
    const segments = segmentsOf(cachedCataloguePath("id", long));
    expect(segments.length).toBeGreaterThan(2);
    expect(Math.max(...segments.map((s) => s.length))).toBeLessThanOrEqual(180);
    expect(searchFromSegments(segments).getAll("opd")).toEqual(long.getAll("opd"));

    const endless = new URLSearchParams();
    for (let i = 0; i < 500; i++) endless.append("tahun", String(2000 + (i % 25)));
    const cut = normalizeSearch(endless);
    expect(cut.length).toBeLessThanOrEqual(2048);
    expect(cut.endsWith("&")).toBe(false);
    expect(cut.split("&").every((p) => /^tahun=20\d\d$/.test(p))).toBe(true);
  });

  it("reads a hand-typed or forged path leniently, never as an error", () => {
    // As a browser sends a typed space and the router decodes it.
    expect(parseCatalogQuery(searchFromSegments(["q=air bersih&jenis=DIGITAL"])).query).toMatchObject({
      q: "air bersih",
      jenis: ["DIGITAL"],
    });
    expect(parseCatalogQuery(searchFromSegments(["..", "etc", "passwd"])).query).toEqual(
      parseCatalogQuery(new URLSearchParams()).query,
    );
    // Malformed escapes stay as typed; a NUL (which PostgreSQL refuses) counts as a space.
    expect(parseCatalogQuery(searchFromSegments(["q=~ZZ~", "~00x"])).query.q).toBe("~ZZ~ x");
    const dots = new URLSearchParams("q=..");
    expect(segmentsOf(cachedCataloguePath("id", dots))).toEqual(["q=~2E~2E"]);
    expect(searchFromSegments(["q=~2E~2E"]).get("q")).toBe("..");
  });

  it("names the page file revalidateCatalogue must reach (a renamed folder would silently keep stale searches)", () => {
    expect(existsSync(`app${CACHED_CATALOGUE_ROUTE}/page.tsx`)).toBe(true);
    expect(CACHED_CATALOGUE_ROUTE.replace(/^\/\([^)]+\)/, "").startsWith(`${CACHED_CATALOGUE_PREFIX}/`)).toBe(
      true,
    );
  });

  it("falls back to Indonesian for a missing or unknown locale cookie", () => {
    expect(localeOrDefault(undefined)).toBe("id");
    expect(localeOrDefault("fr")).toBe("id");
    expect(localeOrDefault("en")).toBe("en");
  });
});
