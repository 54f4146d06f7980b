import { describe, expect, it } from "vitest";
import { hasArabic, visualTokens } from "./bidi";

const words = (s: string) =>
  visualTokens(s)
    .filter((t) => !t.space)
    .map((t) => t.text);

describe("visualTokens", () => {
  it("keeps a Latin line as it is", () => {
    expect(words("Ṣāliḥ Nguyễn Thị")).toEqual(["Ṣāliḥ", "Nguyễn", "Thị"]);
    expect(visualTokens("a b").map((t) => t.space)).toEqual([false, true, false]);
  });

  it("puts the words of an Arabic name from right to left, each word in logical order for the shaper", () => {
    expect(words("محمد عبد الله")).toEqual(["الله", "عبد", "محمد"]);
    expect(visualTokens("محمد").every((t) => t.arabic)).toBe(true);
  });

  it("keeps Latin parts of a mixed line left to right around the Arabic run", () => {
    expect(words("Dr. محمد عبد الله, M.Si")).toEqual(["Dr.", "الله", "عبد", "محمد", ",", "M.Si"]);
  });

  it("detects Arabic script", () => {
    expect(hasArabic("Nguyễn")).toBe(false);
    expect(hasArabic("Ahmad محمد")).toBe(true);
  });
});
