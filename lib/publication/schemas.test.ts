import { describe, expect, it } from "vitest";
import { numberPattern, parseNumber, publishSchema } from "./schemas";

describe("the numbering pattern field", () => {
  it("the zod field accepts a good pattern, turns blank into null and reports the problem as its message", () => {
    const schema = numberPattern();
    expect(schema.parse("  000.9/{nomor}/ORG/{tahun} ")).toBe("000.9/{nomor}/ORG/{tahun}");
    expect(schema.parse("")).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
    const r = schema.safeParse("000.9/ORG/{tahun}");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("region.numberPatternNeedsSequence");
  });
});

describe("the region profile's numbering fields", () => {
  const base = {
    regionId: "r1",
    updatedAt: "2026-12-06T07:00:00.000Z",
    name: "Kabupaten Sukamaju",
    kind: "KABUPATEN",
    province: "Jawa Barat",
    timeZone: "WIB",
  };

  it("keeps a valid pattern, and blank as the default", async () => {
    const { regionProfileSchema } = await import("@/lib/region/schemas");
    const ok = regionProfileSchema.parse({ ...base, minutesNumberPattern: "000.9/{nomor}/ORG/{tahun}" });
    expect(ok.minutesNumberPattern).toBe("000.9/{nomor}/ORG/{tahun}");
    expect(ok.certificateNumberPattern).toBeNull();
  });

  it("refuses a pattern without the sequence on its own field", async () => {
    const { regionProfileSchema } = await import("@/lib/region/schemas");
    const r = regionProfileSchema.safeParse({ ...base, certificateNumberPattern: "000.9/PGH/{tahun}" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["certificateNumberPattern", "region.numberPatternNeedsSequence"],
    ]);
  });
});

describe("parseNumber", () => {
  it("reads a positive whole number, blank as the latest, anything else as malformed", () => {
    expect(parseNumber(null)).toBeUndefined();
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber("12")).toBe(12);
    for (const bad of ["0", "01", "-1", "1.5", "abc", "1234567"]) expect(parseNumber(bad)).toBeNull();
  });
});

describe("publishSchema", () => {
  it("asks a superseding publication for its reason", () => {
    const base = { competitionId: "c1", expectedNumber: "2", reason: "singkat" };
    expect(publishSchema.safeParse(base).error?.issues.map((i) => i.message)).toEqual([
      "publication.validation.reasonRequired",
    ]);
    expect(publishSchema.parse({ ...base, expectedNumber: "1", closeObjections: "on" })).toMatchObject({
      expectedNumber: 1,
      closeObjections: true,
    });
  });
});
