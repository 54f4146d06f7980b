import { describe, expect, it } from "vitest";
import { catalogHref, catalogSearchParams, parseCatalogQuery, toggleFacet } from "./schemas";

const parse = (qs: string) => parseCatalogQuery(new URLSearchParams(qs));

describe("the catalogue's URL state", () => {
  it("reads words, repeated facet values, sort and page", () => {
    const { query, dropped } = parse(
      "q=+layanan++kesehatan+&jenis=DIGITAL&jenis=NON_DIGITAL&sdg=3&sdg=3&tahun=2024&urut=rating&page=2",
    );
    expect(dropped).toEqual([]);
    expect(query).toMatchObject({
      q: "layanan kesehatan",
      jenis: ["DIGITAL", "NON_DIGITAL"],
      sdg: [3],
      tahun: [2024],
      urut: "rating",
      page: 2,
    });
  });

  it("drops unknown values and says which, instead of failing", () => {
    const { query, dropped } = parse(
      "jenis=ANALOG&sdg=18&sdg=0&tahun=abc&opd=Robert');DROP&urusan=Kesehatan&urusan=Sihir&urut=acak&page=-1&penghargaan=mungkin",
    );
    expect(query).toMatchObject({
      jenis: [],
      sdg: [],
      tahun: [],
      opd: [],
      urusan: ["Kesehatan"],
      urut: "terbaru",
      page: 1,
      penghargaan: [],
    });
    expect(dropped.sort()).toEqual(
      ["jenis", "opd", "page", "penghargaan", "sdg", "tahun", "urusan", "urut"].sort(),
    );
  });

  it("sorts by relevance only when there are words", () => {
    expect(parse("q=izin").query.urut).toBe("relevan");
    expect(parse("").query.urut).toBe("terbaru");
    expect(parse("urut=relevan").query.urut).toBe("terbaru");
    expect(parse("q=izin&urut=terbaru").query.urut).toBe("terbaru");
  });

  it("caps the words and the page", () => {
    expect(parse(`q=${"a".repeat(500)}`).query.q).toHaveLength(200);
    expect(parse("page=100000").query.page).toBe(1);
  });

  it("writes back the same state, without defaults, so links are short and round-trip", () => {
    const qs = "q=izin&jenis=DIGITAL&sdg=8&sdg=9&penghargaan=ya&urut=rating&page=3";
    const { query } = parse(qs);
    expect(parse(catalogSearchParams(query).toString()).query).toEqual(query);
    expect(catalogHref(parse("q=izin&urut=relevan&page=1").query)).toBe("/katalog/cari/q=izin");
    expect(catalogHref(parse("").query)).toBe("/katalog");
  });

  it("toggles a facet value and goes back to the first page", () => {
    const { query } = parse("q=izin&jenis=DIGITAL&page=4");
    expect(toggleFacet(query, "jenis", "DIGITAL")).toBe("/katalog/cari/q=izin");
    expect(toggleFacet(query, "tahapan", "PENERAPAN")).toBe(
      "/katalog/cari/jenis=DIGITAL&q=izin&tahapan=PENERAPAN",
    );
    expect(toggleFacet(query, "sdg", 3)).toBe("/katalog/cari/jenis=DIGITAL&q=izin&sdg=3");
  });

  it("reads region codes as a facet, drops malformed ones, and keeps them in links", () => {
    const { query, dropped } = parse("daerah=3398&daerah=33&daerah=3398&daerah=../x&q=izin");
    expect(query.daerah).toEqual(["3398", "33"]);
    expect(dropped).toEqual(["daerah"]);
    expect(catalogHref(query)).toBe("/katalog/cari/daerah=33&daerah=3398&q=izin");
    expect(catalogHref(query, { page: 2 })).toBe("/katalog/cari/daerah=33&daerah=3398&page=2&q=izin");
    expect(toggleFacet(query, "daerah", "33")).toBe("/katalog/cari/daerah=3398&q=izin");
    expect(parse(catalogSearchParams(query).toString()).query).toEqual(query);
  });
});
