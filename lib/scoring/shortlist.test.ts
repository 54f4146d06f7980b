import { describe, expect, it } from "vitest";
import { computeRanking } from "./index";
import { passes } from "./rank";
import { selectShortlist } from "./shortlist";
import { competition, entry, scored } from "./testkit";
import type { CategoryDef } from "./types";

// Passing entries, best desk score first.
const PASSING = [
  { entryId: "a1", category: "A" },
  { entryId: "a2", category: "A" },
  { entryId: "b1", category: "B" },
  { entryId: "a3", category: "A" },
  { entryId: "c1", category: "C" },
  { entryId: "a4", category: "A" },
];

const cats = (quotas: Partial<Record<string, number>>): CategoryDef[] =>
  ["A", "B", "C"].map((code) => ({ code, quota: quotas[code] ?? null }));

describe("selectShortlist", () => {
  it.each([
    { size: 3, quotas: {}, expected: { a1: "OPEN", a2: "OPEN", b1: "OPEN" } },
    // C reserves 1 place for c1 (5th overall); the other 2 go to the best remaining
    { size: 3, quotas: { C: 1 }, expected: { c1: "QUOTA", a1: "OPEN", a2: "OPEN" } },
    // a quota is a floor, not a cap: A gets its reserved place plus open ones
    {
      size: 5,
      quotas: { A: 1, B: 1 },
      expected: { a1: "QUOTA", b1: "QUOTA", a2: "OPEN", a3: "OPEN", c1: "OPEN" },
    },
    // B reserves 2 but has 1 passing entry: b1 + c1 reserved, 1 unused place joins the 4 − 3 = 1 open place
    { size: 4, quotas: { B: 2, C: 1 }, expected: { b1: "QUOTA", c1: "QUOTA", a1: "OPEN", a2: "OPEN" } },
    { size: 0, quotas: {}, expected: {} },
  ])("N=$size quotas=$quotas", ({ size, quotas, expected }) => {
    const { selected } = selectShortlist(PASSING, cats(quotas), size);
    expect(Object.fromEntries(selected)).toEqual(expected);
  });

  it("reports an unfillable quota and the redistributed places", () => {
    const result = selectShortlist(PASSING, cats({ B: 2, C: 1 }), 4);
    expect(result.notes).toEqual([
      { code: "QUOTA_UNFILLED", params: { category: "B", quota: 2, passing: 1, unfilled: 1 } },
      { code: "PLACES_REDISTRIBUTED", params: { count: 1 } },
    ]);
    expect(result.quotas).toEqual([
      { category: "A", quota: null, passing: 4, reservedFilled: 0, redistributed: 0, shortlisted: 2 },
      { category: "B", quota: 2, passing: 1, reservedFilled: 1, redistributed: 1, shortlisted: 1 },
      { category: "C", quota: 1, passing: 1, reservedFilled: 1, redistributed: 0, shortlisted: 1 },
    ]);
  });

  it("reports a shortlist that cannot be filled", () => {
    const result = selectShortlist(PASSING, cats({}), 10);
    expect(result.selected.size).toBe(6);
    expect(result.notes).toEqual([{ code: "SHORTLIST_SHORT", params: { selected: 6, size: 10, passed: 6 } }]);
  });

  it("rejects quotas that add up to more than the shortlist", () => {
    expect(() => selectShortlist(PASSING, cats({ A: 2, B: 2 }), 3)).toThrow(
      "sum of category quotas (4) exceeds the shortlist size (3)",
    );
  });
});

describe("desk ranking and shortlist in computeRanking", () => {
  it("shortlists by desk score with passing grade and quotas", () => {
    // desk scores: p 95 (A), q 90 (A), r 75 (B), s 60 (B, exactly the grade), t 59.9 (C, below it)
    const desks: [string, string, number][] = [
      ["p", "A", 95],
      ["q", "A", 90],
      ["r", "B", 75],
      ["s", "B", 60],
      ["t", "C", 59.9],
    ];
    const out = computeRanking(
      competition({
        shortlistSize: 3,
        categories: [{ code: "A" }, { code: "B", quota: 2 }, { code: "C", quota: 1 }],
        entries: desks.map(([id, category]) => entry(id, { category })),
        reviews: desks.map(([id, , score]) => scored(id, "DESK", "ev1", score)),
      }),
    );
    expect(out.desk.map((d) => [d.entryId, d.deskRank, d.passed, d.shortlistVia])).toEqual([
      ["p", 1, true, "OPEN"],
      ["q", 2, true, null],
      ["r", 3, true, "QUOTA"],
      ["s", 4, true, "QUOTA"],
      ["t", 5, false, null],
    ]);
    // C's reserved place is unused because t failed the grade; it goes to the best remaining entry, p
    expect(out.shortlist).toEqual(["p", "r", "s"]);
    expect(out.shortlistNotes[0]).toEqual({
      code: "QUOTA_UNFILLED",
      params: { category: "C", quota: 1, passing: 0, unfilled: 1 },
    });
  });

  it("compares with the passing grade on 9 decimals", () => {
    expect(passes(69.99999999999999, 70)).toBe(true);
    expect(passes(69.999999998, 70)).toBe(false);
    expect(passes(null, 0)).toBe(false);
  });

  it("gives no desk rank to an entry without a complete desk review", () => {
    const out = computeRanking(
      competition({
        entries: [entry("done"), entry("open")],
        reviews: [scored("done", "DESK", "ev1", 80), scored("open", "DESK", "ev1", null)],
      }),
    );
    expect(out.desk.map((d) => [d.entryId, d.deskScore, d.deskRank, d.incomplete, d.shortlisted])).toEqual([
      ["done", 80, 1, false, true],
      ["open", null, null, true, false],
    ]);
    expect(out.desk[1]?.incompleteReviews).toEqual([
      { stage: "DESK", evaluator: "Penilai 1", reason: "MISSING_REQUIRED", missing: ["S"] },
    ]);
  });
});
