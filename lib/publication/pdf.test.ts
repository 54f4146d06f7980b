import { describe, expect, it } from "vitest";
import { printable, tanggal } from "./pdf";

describe("printable", () => {
  it("keeps Windows-1252 text, folds other accents, replaces what the standard fonts cannot show", () => {
    expect(printable("Inovasi “PUSTAKA” — Rp5.000 … é")).toBe("Inovasi “PUSTAKA” — Rp5.000 … é");
    expect(printable("Đakšić ő")).toBe("?akšic o");
    expect(printable("Aksara 漢字")).toBe("Aksara ??");
  });
});

describe("tanggal", () => {
  it("writes the date in Bahasa Indonesia, Jakarta time", () => {
    expect(tanggal("2026-11-23T20:00:00.000Z")).toBe("24 November 2026");
    expect(tanggal("2026-08-17T01:30:00.000Z", true)).toBe("17 Agustus 2026 pukul 08.30 WIB");
  });
});
