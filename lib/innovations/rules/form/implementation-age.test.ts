import { describe, expect, it } from "vitest";
import { implementationAge } from "./implementation-age";

// Noon in Jakarta on the given calendar date.
const on = (date: string) => new Date(`${date}T05:00:00Z`);

describe("implementationAge", () => {
  it("is null without a valid implementation date", () => {
    expect(implementationAge(null, on("2025-01-01"))).toBeNull();
    expect(implementationAge("2025-02-30", on("2025-06-01"))).toBeNull();
    expect(implementationAge(new Date("nonsense"), on("2025-06-01"))).toBeNull();
  });

  it("is null when implementation has not started yet", () => {
    expect(implementationAge("2025-06-02", on("2025-06-01"))).toBeNull();
  });

  it("is zero on the day itself", () => {
    expect(implementationAge("2025-06-01", on("2025-06-01"))).toEqual({
      days: 0,
      years: 0,
      months: 0,
      monthsAfterYears: 0,
      atLeastOneYear: false,
    });
  });

  it("counts exactly one year on the anniversary, not the day before", () => {
    expect(implementationAge("2024-06-15", on("2025-06-15"))).toMatchObject({
      days: 365,
      years: 1,
      months: 12,
      atLeastOneYear: true,
    });
    expect(implementationAge("2024-06-15", on("2025-06-14"))).toMatchObject({
      years: 0,
      months: 11,
      atLeastOneYear: false,
    });
  });

  it("counts 29 February to 28 February of the next year as one year", () => {
    expect(implementationAge("2024-02-29", on("2025-02-28"))).toMatchObject({
      days: 365,
      years: 1,
      atLeastOneYear: true,
    });
    expect(implementationAge("2024-02-29", on("2025-02-27"))).toMatchObject({ atLeastOneYear: false });
    expect(implementationAge("2024-02-29", on("2028-02-28"))).toMatchObject({ years: 3, months: 47 });
    expect(implementationAge("2024-02-29", on("2028-02-29"))).toMatchObject({ years: 4, months: 48 });
  });

  it("counts a leap year as 366 days but still one year", () => {
    expect(implementationAge("2023-03-01", on("2024-03-01"))).toMatchObject({ days: 366, years: 1 });
    expect(implementationAge("2023-03-01", on("2024-02-29"))).toMatchObject({
      days: 365,
      years: 0,
      months: 11,
    });
  });

  it("completes a month at the end of shorter months", () => {
    expect(implementationAge("2025-01-31", on("2025-02-28"))).toMatchObject({ months: 1 });
    expect(implementationAge("2025-01-31", on("2025-02-27"))).toMatchObject({ months: 0 });
    expect(implementationAge("2025-01-31", on("2025-03-30"))).toMatchObject({ months: 1 });
    expect(implementationAge("2025-01-31", on("2025-03-31"))).toMatchObject({ months: 2 });
  });

  it("splits total months into years and the rest", () => {
    expect(implementationAge("2022-04-10", on("2025-06-20"))).toMatchObject({
      years: 3,
      months: 38,
      monthsAfterYears: 2,
    });
  });

  it("reads 'at' as a calendar date in the region's zone (WIB unless told)", () => {
    // 17:30 UTC on 14 June is 00:30 WIB on 15 June: the anniversary has arrived.
    expect(implementationAge("2024-06-15", new Date("2025-06-14T17:30:00Z"))?.atLeastOneYear).toBe(true);
    expect(implementationAge("2024-06-15", new Date("2025-06-14T16:30:00Z"))?.atLeastOneYear).toBe(false);
    // 16:30 UTC is already 00:30 WITA on 15 June.
    expect(implementationAge("2024-06-15", new Date("2025-06-14T16:30:00Z"), "WITA")?.atLeastOneYear).toBe(
      true,
    );
  });

  it("takes a database Date (UTC midnight) as its calendar date", () => {
    expect(implementationAge(new Date("2024-06-15T00:00:00Z"), on("2025-06-15"))).toMatchObject({
      years: 1,
      days: 365,
    });
  });
});
