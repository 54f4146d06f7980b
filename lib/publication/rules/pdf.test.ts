import { describe, expect, it } from "vitest";
import { tanggal } from "./pdf";

describe("tanggal", () => {
  it("writes the date in Bahasa Indonesia, in the region's time zone", () => {
    expect(tanggal("2026-11-23T20:00:00.000Z")).toBe("24 November 2026");
    expect(tanggal("2026-08-17T01:30:00.000Z", true)).toBe("17 Agustus 2026 pukul 08.30 WIB");
    expect(tanggal("2026-08-17T01:30:00.000Z", true, "WIT")).toBe("17 Agustus 2026 pukul 10.30 WIT");
  });
});
