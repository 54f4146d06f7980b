import { describe, expect, it } from "vitest";
import { countWords, wordStatus } from "./words";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["Pelayanan publik", 2],
    ["  Pelayanan   publik\n\nterpadu  ", 3],
    ["anak-anak dan layanan-layanan", 3],
    ["Sebanyak 1.250 warga, naik 12,5% dari 2023.", 7],
    ["Rp1.250.000 per bulan", 3],
    ["Hasil — sangat baik", 3],
    ["• Langkah pertama\n• Langkah kedua", 4],
    ["- - -", 0],
    ["... !!! ?", 0],
    ["(SIPD) dan/atau e-KTP", 3],
    ["Kabupaten\u00A0Banyuwangi\u200Bmaju", 3],
    ["Señor café Ärzte", 3],
    ["ASN 5", 2],
  ])("%j has %i words", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("wordStatus", () => {
  it("reports what is left below the limit", () => {
    expect(wordStatus("satu dua tiga", 5)).toEqual({ count: 3, limit: 5, over: false, remaining: 2 });
  });

  it("is not over exactly at the limit", () => {
    expect(wordStatus("satu dua", 2)).toEqual({ count: 2, limit: 2, over: false, remaining: 0 });
  });

  it("flags going over and keeps remaining at zero", () => {
    expect(wordStatus("satu dua tiga", 2)).toEqual({ count: 3, limit: 2, over: true, remaining: 0 });
  });
});
