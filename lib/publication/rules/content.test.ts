import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "./canonical";
import { assignAwards, awardLevel, awardLevelTitle, placeName } from "./content";

describe("canonicalJson", () => {
  it("sorts keys at every level, keeps array order, drops undefined, ends with a newline", () => {
    const text = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, __proto__x: "p" });
    expect(text).toBe(
      '{\n  "__proto__x": "p",\n  "a": {\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it("gives the same text for a value that went through JSON (as jsonb does) with keys reordered", () => {
    const value = { total: 73.33333333333333, title: "Ünik — “kutip”", n: [1e21, -0, 0.1] };
    const reordered = JSON.parse(
      JSON.stringify({ n: value.n, title: value.title, total: value.total }),
    ) as unknown;
    expect(canonicalJson(reordered)).toBe(canonicalJson(value));
    expect(sha256Hex(canonicalJson(reordered))).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses non-finite numbers instead of writing null", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});

describe("assignAwards", () => {
  const row = (
    entryId: string,
    category: string,
    finalRank: number | null,
    status: "RANKED" | "INCOMPLETE" | "DISQUALIFIED" = "RANKED",
  ) => ({ entryId, category, finalRank, status });
  const categories = [
    { code: "UMUM", awardLabels: ["Juara 1", "Juara 2", "Juara 3"] },
    { code: "REPLIKASI", awardLabels: ["Terbaik"] },
  ];

  it("labels each category's entries in final-rank order, skipping the unranked and the ineligible", () => {
    const final = [
      row("a", "UMUM", 3),
      row("b", "REPLIKASI", 1),
      row("c", "UMUM", 2),
      row("d", "UMUM", null, "DISQUALIFIED"),
      row("e", "UMUM", 5),
      row("f", "UMUM", 4),
      row("g", "REPLIKASI", 6),
    ];
    const awards = assignAwards(final, categories, (id) => id !== "f");
    expect(Object.fromEntries(awards)).toEqual({ c: "Juara 1", a: "Juara 2", e: "Juara 3", b: "Terbaik" });
  });

  it("gives no label when a category has none, and fewer labels when fewer entries rank", () => {
    const awards = assignAwards(
      [row("a", "UMUM", 1), row("x", "LAIN", 2)],
      [...categories, { code: "LAIN", awardLabels: [] }],
      () => true,
    );
    expect(Object.fromEntries(awards)).toEqual({ a: "Juara 1" });
  });
});

describe("the level of a competition's awards", () => {
  it("follows the kind of the competition's region", () => {
    expect(awardLevel("PROVINSI")).toBe("Provinsi");
    expect(awardLevel("KABUPATEN")).toBe("Kabupaten");
    expect(awardLevel("KOTA")).toBe("Kota");
  });

  it("names the region without repeating its kind", () => {
    expect(awardLevelTitle("PROVINSI", "Provinsi Jawa Tengah")).toBe("Tingkat Provinsi Jawa Tengah");
    expect(awardLevelTitle("PROVINSI", "Jawa Tengah")).toBe("Tingkat Provinsi Jawa Tengah");
    expect(awardLevelTitle("KABUPATEN", "Kabupaten Lestari Jaya")).toBe("Tingkat Kabupaten Lestari Jaya");
    expect(awardLevelTitle("KOTA", " kota Semarang ")).toBe("Tingkat Kota Semarang");
  });

  it("strips only the leading word of the kind", () => {
    expect(placeName("Kabupaten Kota Baru")).toBe("Kota Baru");
    expect(placeName("Kotawaringin Barat")).toBe("Kotawaringin Barat");
  });
});
