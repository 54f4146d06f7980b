import { describe, expect, it } from "vitest";
import { slowdownMs } from "./login";

describe("the account slowdown", () => {
  it("starts beyond the budget, grows with each failure and stops growing at its cap", () => {
    expect(slowdownMs(0, 5)).toBe(0);
    expect(slowdownMs(5, 5)).toBe(0);
    expect(slowdownMs(6, 5)).toBe(500);
    expect(slowdownMs(8, 5)).toBe(1500);
    expect(slowdownMs(1000, 5)).toBe(5000);
  });
});
