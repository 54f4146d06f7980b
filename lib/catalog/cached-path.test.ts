import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CACHED_CATALOGUE_PREFIX, CACHED_CATALOGUE_ROUTE, cachedCataloguePath, localeOrDefault, normalizeSearch, searchFromSegments } from "./cached-path";
import { parseCatalogQuery } from "./params";

const segmentsOf = (path: string) => path.split("/").slice(3);

describe("the cached catalogue's internal path", () => {
  it("gives one key to the same search however the form or a link wrote it", () => {
    const a = new URLSearchParams("urut=&q=air+bersih&jenis=DIGITAL&opd=b&opd=a&page=");
    const b = new URLSearchParams("opd=a&utm_source=wa&jenis=DIGITAL&q=air+bersih&opd=b&_=123");
    expect(normalizeSearch(a)).toBe(normalizeSearch(b));
    expect(normalizeSearch(a)).toBe("jenis=DIGITAL&opd=a&opd=b&q=air+bersih");
    expect(cachedCataloguePath("id", a)).toBe(cachedCataloguePath("id", b));
    expect(cachedCataloguePath("id", a)).not.toBe(cachedCataloguePath("en", a));
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
    expect(segments.every((s) => /^[A-Za-z0-9_-]{1,180}$/.test(s))).toBe(true);
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

  it("reads a forged path as an empty search, never as an error", () => {
    expect(searchFromSegments(["../../etc", "passwd"]).toString()).toBe("");
    expect(searchFromSegments(["%00"]).toString()).toBe("");
  });

  it("names the page file revalidateCatalogue must reach (a renamed folder would silently keep stale searches)", () => {
    expect(existsSync(`app${CACHED_CATALOGUE_ROUTE}/page.tsx`)).toBe(true);
    expect(CACHED_CATALOGUE_ROUTE.replace(/^\/\([^)]+\)/, "").startsWith(`${CACHED_CATALOGUE_PREFIX}/`)).toBe(true);
  });

  it("falls back to Indonesian for a missing or unknown locale cookie", () => {
    expect(localeOrDefault(undefined)).toBe("id");
    expect(localeOrDefault("fr")).toBe("id");
    expect(localeOrDefault("en")).toBe("en");
  });
});
