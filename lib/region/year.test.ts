import { describe, expect, it } from "vitest";
import { yearBounds, yearIn } from "./year";

describe("a region's calendar year", () => {
  it("starts at local midnight of 1 January in each zone", () => {
    expect(yearBounds(2026, "WIB").from.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(yearBounds(2026, "WITA").from.toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(yearBounds(2026, "WIT").to.toISOString()).toBe("2026-12-31T15:00:00.000Z");
  });

  it("puts 31 December 18:00 UTC in the next year in WIB but not 16:59", () => {
    expect(yearIn(new Date("2025-12-31T17:00:00Z"), "WIB")).toBe(2026);
    expect(yearIn(new Date("2025-12-31T16:59:59Z"), "WIB")).toBe(2025);
    expect(yearIn(new Date("2025-12-31T16:30:00Z"), "WITA")).toBe(2026);
  });
});
