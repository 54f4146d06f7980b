import { describe, expect, it } from "vitest";
import {
  DEFAULT_CERTIFICATE_PATTERN,
  DEFAULT_MINUTES_PATTERN,
  formatDocumentNumber,
  patternProblem,
} from "./numbering";

describe("formatDocumentNumber", () => {
  it("fills the sequence zero-padded to three digits, the year and the Roman month", () => {
    expect(formatDocumentNumber("000.9/{nomor}/ORG/{tahun}", { sequence: 12, year: 2026, month: 12 })).toBe(
      "000.9/012/ORG/2026",
    );
    expect(formatDocumentNumber("{nomor}/BA/{bulan}/{tahun}", { sequence: 1, year: 2027, month: 4 })).toBe(
      "001/BA/IV/2027",
    );
    expect(formatDocumentNumber("X/{nomor}", { sequence: 1234, year: 2026, month: 1 })).toBe("X/1234");
  });

  it("refuses a sequence that is not a positive whole number", () => {
    expect(() => formatDocumentNumber("{nomor}", { sequence: 0, year: 2026, month: 1 })).toThrow(RangeError);
  });

  it("the default patterns are valid", () => {
    expect(patternProblem(DEFAULT_MINUTES_PATTERN)).toBeNull();
    expect(patternProblem(DEFAULT_CERTIFICATE_PATTERN)).toBeNull();
  });
});

describe("pattern validation", () => {
  it.each([
    ["000.9/ORG/{tahun}", "region.numberPatternNeedsSequence"],
    ["{nomor}/{nomor}/{tahun}", "region.numberPatternNeedsSequence"],
    ["000.9/{nomer}/{tahun}", "region.numberPatternUnknown"],
    ["000.9/{nomor/{tahun}", "region.numberPatternUnknown"],
    ["000.9/{nomor}/ORG/{tahun}}", "region.numberPatternUnknown"],
    ["000.9/{nomor}/<b>", "region.numberPatternCharacters"],
    [`${"A".repeat(80)}{nomor}`, "region.numberPatternTooLong"],
  ])("%s → %s", (pattern, key) => {
    expect(patternProblem(pattern)).toBe(key);
  });
});
