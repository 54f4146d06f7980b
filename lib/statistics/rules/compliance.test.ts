import { describe, expect, it } from "vitest";
import { complianceSeries } from "./compliance";

describe("compliance series", () => {
  it("fills the years between as 0 % and keeps an empty region empty", () => {
    expect(complianceSeries([], 5)).toEqual([]);
    expect(
      complianceSeries(
        [
          { year: 2026, met: 2 },
          { year: 2024, met: 1 },
        ],
        4,
      ),
    ).toEqual([
      { year: 2024, met: 1, total: 4, rate: 0.25 },
      { year: 2025, met: 0, total: 4, rate: 0 },
      { year: 2026, met: 2, total: 4, rate: 0.5 },
    ]);
  });

  it("does not invent decades of empty years around a stray year", () => {
    expect(
      complianceSeries(
        [
          { year: 1900, met: 1 },
          { year: 2025, met: 1 },
        ],
        2,
      ).map((r) => r.year),
    ).toEqual([1900, 2025]);
  });

  it("a region without active OPDs has a rate of 0, not NaN", () => {
    expect(complianceSeries([{ year: 2025, met: 0 }], 0)).toEqual([
      { year: 2025, met: 0, total: 0, rate: 0 },
    ]);
  });
});
