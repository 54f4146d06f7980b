import { describe, expect, it } from "vitest";
import { diffVersions, diffWords, MAX_DIFF_WORDS, type DiffPart } from "./diff";

const before = (parts: DiffPart[]) =>
  parts
    .filter((p) => !p.added)
    .map((p) => p.value)
    .join("");
const after = (parts: DiffPart[]) =>
  parts
    .filter((p) => !p.removed)
    .map((p) => p.value)
    .join("");

describe("diffWords", () => {
  it("marks a replaced word", () => {
    expect(diffWords("layanan cepat dan mudah", "layanan tepat dan mudah")).toEqual([
      { value: "layanan " },
      { value: "cepat ", removed: true },
      { value: "tepat ", added: true },
      { value: "dan mudah" },
    ]);
  });

  it("shows appended words without touching the last old word", () => {
    expect(diffWords("Warga terlayani", "Warga terlayani dengan baik")).toEqual([
      { value: "Warga terlayani" },
      { value: " dengan baik", added: true },
    ]);
  });

  it("groups a replaced phrase into one removal and one addition", () => {
    expect(
      diffWords("antrean panjang sekali di kantor", "antrean daring tanpa tatap muka di kantor"),
    ).toEqual([
      { value: "antrean " },
      { value: "panjang sekali ", removed: true },
      { value: "daring tanpa tatap muka ", added: true },
      { value: "di kantor" },
    ]);
  });

  it("keeps whitespace, so both texts can be rebuilt exactly", () => {
    const a = "  Paragraf satu.\n\nParagraf  dua berisi data.\n";
    const b = "Paragraf satu diperbarui.\nParagraf  dua berisi data baru.";
    const parts = diffWords(a, b);
    expect(before(parts)).toBe(a);
    expect(after(parts)).toBe(b);
    // Punctuation belongs to its word, so "data." → "data baru." is one changed stretch.
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(["satu diperbarui.\n", "data baru."]);
  });

  it("handles empty sides", () => {
    expect(diffWords("", "teks baru")).toEqual([{ value: "teks baru", added: true }]);
    expect(diffWords("teks lama", "")).toEqual([{ value: "teks lama", removed: true }]);
  });

  it("falls back to one replacement for very long changes, still exact", () => {
    const long = (w: string) => Array.from({ length: MAX_DIFF_WORDS + 1 }, (_, i) => `${w}${i}`).join(" ");
    const a = `Awal ${long("a")} akhir`;
    const b = `Awal ${long("b")} akhir`;
    const parts = diffWords(a, b);
    expect(parts.map((p) => (p.added ? "+" : p.removed ? "-" : "="))).toEqual(["=", "-", "+", "="]);
    expect(before(parts)).toBe(a);
    expect(after(parts)).toBe(b);
  });

  it("rebuilds both sides for many random edits", () => {
    const vocab = ["data", "warga", "layanan", "desa", "-", "1.250", "\n", "  "];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = () =>
      Array.from({ length: rand(30) }, () => vocab[rand(vocab.length)]).join(rand(2) ? " " : "\n");
    for (let k = 0; k < 200; k++) {
      const a = text();
      const b = text();
      const parts = diffWords(a, b);
      expect(before(parts)).toBe(a);
      expect(after(parts)).toBe(b);
    }
  });
});

describe("diffVersions", () => {
  const v1 = {
    title: "Jemput Bola",
    bentuk: "PELAYANAN_PUBLIK",
    summary: "Petugas mendatangi desa terpencil.",
    problem: "Jarak ke kantor jauh.",
    budgetAmount: 5_000_000, // older snapshots hold a number
    sdgs: [10, 16],
    otherLinks: ["https://a.id", "https://b.id"],
    implementedDate: "2023-07-01",
    isPublic: false,
  };

  it("is empty for identical versions and ignores keys outside the form", () => {
    expect(diffVersions(v1, { ...v1, revision: 9, updatedAt: "2025-01-01" })).toEqual([]);
  });

  it("treats empty, null and missing as the same, and database shapes as their form values", () => {
    const row = {
      ...v1,
      unitName: null,
      novelty: "",
      budgetAmount: "5000000.00", // Prisma Decimal in a JSON snapshot
      implementedDate: "2023-07-01T00:00:00.000Z",
      sdgs: [16, 10],
      otherLinks: ["https://b.id", "https://a.id"],
    };
    expect(diffVersions(v1, row)).toEqual([]);
  });

  it("reports only changed sections, in form order, with word-level parts for narratives", () => {
    const v2 = {
      ...v1,
      problem: "Jarak ke kantor sangat jauh.",
      title: "Jemput Bola Adminduk",
      isPublic: true,
    };
    const diff = diffVersions(v1, v2);
    expect(diff.map((s) => s.section)).toEqual(["identitas", "masalah"]);
    expect(diff[0]?.fields.map((f) => f.field)).toEqual(["title", "isPublic"]);
    expect(diff[0]?.fields[1]).toEqual({ field: "isPublic", kind: "boolean", before: false, after: true });
    expect(diff[1]?.fields[0]).toMatchObject({
      field: "problem",
      kind: "narrative",
      before: "Jarak ke kantor jauh.",
      after: "Jarak ke kantor sangat jauh.",
      parts: [{ value: "Jarak ke kantor " }, { value: "sangat ", added: true }, { value: "jauh." }],
    });
  });

  it("reports a cleared narrative as all removed", () => {
    const diff = diffVersions(v1, { ...v1, summary: "" });
    expect(diff[0]?.fields[0]).toMatchObject({ before: "Petugas mendatangi desa terpencil.", after: null });
    expect(diff[0]?.fields[0]?.parts).toEqual([
      { value: "Petugas mendatangi desa terpencil.", removed: true },
    ]);
  });

  it("reports items added to and removed from lists", () => {
    const diff = diffVersions(v1, { ...v1, sdgs: [1, 16], otherLinks: ["https://b.id", "https://c.id"] });
    expect(diff).toEqual([
      {
        section: "sdgs",
        fields: [
          { field: "sdgs", kind: "sdgs", before: [10, 16], after: [1, 16], added: [1], removed: [10] },
        ],
      },
      {
        section: "tautan",
        fields: [
          {
            field: "otherLinks",
            kind: "urls",
            before: ["https://a.id", "https://b.id"],
            after: ["https://b.id", "https://c.id"],
            added: ["https://c.id"],
            removed: ["https://a.id"],
          },
        ],
      },
    ]);
  });

  it("shows scalar changes as before and after", () => {
    const diff = diffVersions(v1, { ...v1, budgetAmount: "7500000.50", bentuk: "TATA_KELOLA" });
    expect(diff).toEqual([
      {
        section: "identitas",
        fields: [{ field: "bentuk", kind: "enum", before: "PELAYANAN_PUBLIK", after: "TATA_KELOLA" }],
      },
      {
        section: "sumberDaya",
        fields: [{ field: "budgetAmount", kind: "money", before: "5000000", after: "7500000.50" }],
      },
    ]);
  });
});
