import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ascending, compareIds, formatScore, key9, mean } from "./numeric";

describe("formatScore", () => {
  it.each([
    [83, "83.00"],
    [700 / 9, "77.78"],
    [1.005, "1.01"], // stored as 1.00499…; toFixed(2) would print 1.00
    [2.675, "2.68"],
    [0.004, "0.00"],
    [0.005, "0.01"],
    [99.999, "100.00"],
    [-0.001, "0.00"],
    [-1.005, "-1.01"],
    [0, "0.00"],
  ])("%d → %s", (x, expected) => {
    expect(formatScore(x)).toBe(expected);
  });
});

describe("numeric helpers", () => {
  it("key9 absorbs floating-point noise", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(key9(0.1 + 0.2)).toBe(key9(0.3));
    expect(key9(70.000000001)).not.toBe(key9(70));
  });

  it("compares ids by code unit, not locale", () => {
    expect(["b", "B", "a", "Z", "é", "10", "9"].sort(compareIds)).toEqual([
      "10",
      "9",
      "B",
      "Z",
      "a",
      "b",
      "é",
    ]);
  });

  it("mean is independent of order", () => {
    const xs = [0.1, 0.7, 1e-9, 33.3, 66.6, 12.345];
    expect(mean([...xs].reverse())).toBe(mean(xs));
  });
});

describe("ascending", () => {
  // The short-list path is an insertion sort: it must give exactly Array#sort's order, -0 and 0 included.
  it("orders like a stable Array#sort with (a, b) => a - b, for short and long lists", () => {
    const value = fc.oneof(fc.constantFrom(0, -0, 1, 1.5), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (xs) => {
        const expected = [...xs].sort((a, b) => a - b);
        const got = ascending(xs);
        expect(got.map((x) => Object.is(x, -0))).toEqual(expected.map((x) => Object.is(x, -0)));
        expect(got).toEqual(expected);
      }),
    );
  });

  it("leaves its input untouched", () => {
    const xs = [3, 1, 2];
    ascending(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});
