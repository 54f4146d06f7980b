import { describe, expect, it } from "vitest";
import {
  dayRange,
  formatDate,
  formatDateTime,
  formatInZone,
  parseInZone,
  toLocalInput,
  todayIn,
  yearBounds,
  yearIn,
  yearMonthIn,
} from "./zones";

describe("formatting in a region's zone", () => {
  const at = new Date("2026-03-01T00:00:00Z");

  it("shows the wall-clock time of each zone with its short name", () => {
    expect(formatDateTime(at, "id", "WIB")).toBe("1 Maret 2026 pukul 07.00 WIB");
    expect(formatDateTime(at, "id", "WITA")).toBe("1 Maret 2026 pukul 08.00 WITA");
    expect(formatDateTime(at, "id", "WIT")).toBe("1 Maret 2026 pukul 09.00 WIT");
    expect(formatDateTime(at, "en", "WITA")).toBe("1 March 2026 at 08:00 WITA");
  });

  it("names the zone only where a time of day is shown", () => {
    expect(formatInZone(at, "id", "WITA", { dateStyle: "medium", timeStyle: "short" })).toBe(
      "1 Mar 2026, 08.00 WITA",
    );
    expect(formatInZone(at, "id", "WITA", { hour: "2-digit", minute: "2-digit" })).toBe("08.00 WITA");
    expect(formatDate(at, "id", "WITA")).toBe("1 Maret 2026");
  });

  it("puts a late evening in UTC on the next day east of it", () => {
    const evening = new Date("2026-02-28T16:30:00Z");
    expect(formatDate(evening, "id", "WIB", "medium")).toBe("28 Feb 2026");
    expect(formatDate(evening, "id", "WITA", "medium")).toBe("1 Mar 2026");
  });

  it("keeps calendar dates stored as UTC midnight on their day when told the zone", () => {
    const day = new Date("2026-03-01T00:00:00Z");
    expect(formatInZone(day, "id", "WIT", { dateStyle: "long", timeZone: "UTC" })).toBe("1 Maret 2026");
  });
});

describe("parsing what a form sends", () => {
  it("reads datetime-local wall-clock time in the region's zone", () => {
    expect(parseInZone("2026-03-01T08:00", "WIB")?.toISOString()).toBe("2026-03-01T01:00:00.000Z");
    expect(parseInZone("2026-03-01T08:00", "WITA")?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(parseInZone("2026-03-01T08:00", "WIT")?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
  });

  it("reads a date as the start of that day in the zone", () => {
    expect(parseInZone("2027-01-01", "WITA")?.toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("refuses dates that do not exist and other shapes", () => {
    expect(parseInZone("2026-02-30T08:00", "WIB")).toBeNull();
    expect(parseInZone("2026-03-01T24:00", "WIB")).toBeNull();
    expect(parseInZone("01/03/2026", "WIB")).toBeNull();
    expect(parseInZone("", "WIB")).toBeNull();
  });

  it("gives back what the form showed", () => {
    for (const zone of ["WIB", "WITA", "WIT"] as const) {
      const stored = parseInZone("2026-12-31T23:30", zone)!;
      expect(toLocalInput(stored, zone)).toBe("2026-12-31T23:30");
    }
  });
});

describe("a region's calendar", () => {
  it("puts 2026-12-31T16:30Z in 2026 in WIB but in 2027 in WITA and WIT", () => {
    const at = new Date("2026-12-31T16:30:00Z");
    expect(yearIn(at, "WIB")).toBe(2026);
    expect(yearIn(at, "WITA")).toBe(2027);
    expect(yearIn(at, "WIT")).toBe(2027);
    expect(yearMonthIn(at, "WIB")).toEqual({ year: 2026, month: 12 });
    expect(yearMonthIn(at, "WITA")).toEqual({ year: 2027, month: 1 });
    expect(todayIn("WIB", at)).toBe("2026-12-31");
    expect(todayIn("WITA", at)).toBe("2027-01-01");
  });

  it("starts a year at local midnight of 1 January in each zone", () => {
    expect(yearBounds(2026, "WIB").from.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(yearBounds(2026, "WITA").from.toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(yearBounds(2026, "WIT").to.toISOString()).toBe("2026-12-31T15:00:00.000Z");
    expect(yearIn(new Date("2025-12-31T17:00:00Z"), "WIB")).toBe(2026);
    expect(yearIn(new Date("2025-12-31T16:59:59Z"), "WIB")).toBe(2025);
  });

  it("bounds a range of days, both included, in the zone", () => {
    const r = dayRange("2026-03-01", "2026-03-02", "WIT");
    expect(r.from?.toISOString()).toBe("2026-02-28T15:00:00.000Z");
    expect(r.to?.toISOString()).toBe("2026-03-02T15:00:00.000Z");
    expect(dayRange("2026-12-06", "2026-12-06", "WITA")).toEqual({
      from: new Date("2026-12-05T16:00:00Z"),
      to: new Date("2026-12-06T16:00:00Z"),
    });
    expect(dayRange(undefined, undefined, "WIB")).toEqual({ from: undefined, to: undefined });
  });
});
