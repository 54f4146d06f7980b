import { describe, expect, it } from "vitest";
import { seedsDemo } from "./seed-policy";

describe("seedsDemo", () => {
  it("seeds the demo for `npm run dev` on the embedded database", () => {
    expect(seedsDemo({ mode: "dev", embedded: true })).toBe(true);
  });

  it("never seeds on `npm start` or a DATABASE_URL start unless asked", () => {
    expect(seedsDemo({ mode: "start", embedded: true })).toBe(false);
    expect(seedsDemo({ mode: "start", embedded: false })).toBe(false);
    expect(seedsDemo({ mode: "dev", embedded: false })).toBe(false);
    expect(seedsDemo({ mode: "start", embedded: false, seedDemo: "" })).toBe(false);
  });

  it("SEED_DEMO=1 asks for the demo on any start; SEED_DEMO=0 refuses it on the embedded dev start", () => {
    expect(seedsDemo({ mode: "start", embedded: false, seedDemo: "1" })).toBe(true);
    expect(seedsDemo({ mode: "start", embedded: true, seedDemo: "true" })).toBe(true);
    expect(seedsDemo({ mode: "dev", embedded: true, seedDemo: "0" })).toBe(false);
  });
});
