import { describe, expect, it } from "vitest";
import { scoreFormatter } from "./score";

describe("scoreFormatter", () => {
  it("writes comma decimals in Bahasa Indonesia and points in English", () => {
    expect(scoreFormatter("id")(87.35)).toBe("87,35");
    expect(scoreFormatter("en")(87.35)).toBe("87.35");
    expect(scoreFormatter("id")(85)).toBe("85,00");
  });
  it("rounds half away from zero as the engine's display does", () => {
    expect(scoreFormatter("id")(1.005)).toBe("1,01");
    expect(scoreFormatter("id")(-1.005)).toBe("-1,01");
  });
  it("shows a dash for a missing score", () => {
    expect(scoreFormatter("id")(null)).toBe("–");
  });
});
