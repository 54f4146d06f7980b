import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRanking } from "./index";
import type { EngineNote } from "./notes";
import { key9 } from "./numeric";
import { competition, simple } from "./testkit";
import type { CompetitionInput, Override } from "./types";

// Desk (70 %) and presentation (30 %) scores per entry; passing grade 60, shortlist of 3.
// Desk order: a 90, b 80, c 70, d 65, e 50 (below the grade), f without a desk review.
//   computed shortlist: a, b, c (OPEN); d passed but is 4th; e did not pass.
const BASE: CompetitionInput = competition({
  shortlistSize: 3,
  ...simple([
    ["a", 90, 60],
    ["b", 80, 100],
    ["c", 70, 70],
    ["d", 65, 100],
    ["e", 50, 100],
  ]),
});
BASE.entries = [...BASE.entries, { id: "f", category: "X", submittedAt: "2025-03-01T08:00:00Z" }];

const run = (overrides: Override[]) => computeRanking({ ...BASE, overrides });
const finalOrder = (overrides: Override[]) =>
  run(overrides).final.map((f) => [f.entryId, f.finalRank, f.total]);

describe("shortlist adjustments", () => {
  it("without adjustments: a, b, c shortlisted; final totals 0.7·desk + 0.3·presentation", () => {
    expect(run([]).shortlist).toEqual(["a", "b", "c"]);
    // b = 56 + 30 = 86, a = 63 + 18 = 81, c = 49 + 21 = 70
    expect(finalOrder([]).map(([id, rank]) => [id, rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 3],
    ]);
  });

  it("REMOVE takes a shortlisted entry out before the final ranking", () => {
    const out = run([{ entryId: "a", kind: "SHORTLIST_REMOVE", reason: "Data tidak valid" }]);
    expect(out.shortlist).toEqual(["b", "c"]);
    expect(out.final.map((f) => [f.entryId, f.finalRank])).toEqual([
      ["b", 1],
      ["c", 2],
    ]);
    const a = out.desk.find((d) => d.entryId === "a");
    expect(a).toMatchObject({ shortlisted: false, shortlistVia: null, passed: true, deskRank: 1 });
    expect(out.explanations.a?.final).toBeNull();
    expect(out.explanations.a?.overrides).toEqual([
      {
        kind: "SHORTLIST_REMOVE",
        reason: "Data tidak valid",
        targetRank: null,
        appliedRank: null,
        status: "APPLIED",
        note: null,
      },
    ]);
    expect(out.shortlistNotes).toEqual([
      {
        code: "ADJUSTMENT_APPLIED",
        params: { entryId: "a", kind: "SHORTLIST_REMOVE", reason: "Data tidak valid" },
      },
    ]);
    expect(out.quotas[0]?.shortlisted).toBe(2);
  });

  it("ADD puts a passing entry in, marked ADJUSTED, and it is ranked in the final", () => {
    const out = run([{ entryId: "d", kind: "SHORTLIST_ADD", reason: "Dampak luas" }]);
    // desk order kept: a, b, c, d
    expect(out.shortlist).toEqual(["a", "b", "c", "d"]);
    expect(out.desk.find((d) => d.entryId === "d")).toMatchObject({
      shortlisted: true,
      shortlistVia: "ADJUSTED",
    });
    // d = 45.5 + 30 = 75.5 → between a (81) and c (70)
    expect(out.final.map((f) => [f.entryId, f.finalRank, f.total])).toEqual([
      ["b", 1, 86],
      ["a", 2, 81],
      ["d", 3, 75.5],
      ["c", 4, 70],
    ]);
  });

  it.each<[string, Override, EngineNote]>([
    [
      "ADD of an entry below the passing grade",
      { entryId: "e", kind: "SHORTLIST_ADD", reason: "r" },
      { code: "IGNORED_NOT_PASSED", params: { entryId: "e", kind: "SHORTLIST_ADD" } },
    ],
    [
      "ADD of an entry without a complete desk score",
      { entryId: "f", kind: "SHORTLIST_ADD", reason: "r" },
      { code: "IGNORED_NOT_PASSED", params: { entryId: "f", kind: "SHORTLIST_ADD" } },
    ],
    [
      "ADD of an entry already shortlisted",
      { entryId: "a", kind: "SHORTLIST_ADD", reason: "r" },
      { code: "IGNORED_ALREADY_SHORTLISTED", params: { entryId: "a", kind: "SHORTLIST_ADD" } },
    ],
    [
      "REMOVE of an entry not shortlisted",
      { entryId: "d", kind: "SHORTLIST_REMOVE", reason: "r" },
      { code: "IGNORED_NOT_SHORTLISTED", params: { entryId: "d", kind: "SHORTLIST_REMOVE" } },
    ],
  ])("ignores %s, with a note", (_name, adjustment, note) => {
    const out = run([adjustment]);
    expect(out.shortlist).toEqual(["a", "b", "c"]);
    expect(out.shortlistNotes).toEqual([note]);
    expect(out.explanations[adjustment.entryId]?.overrides[0]).toMatchObject({ status: "IGNORED", note });
  });

  it("an entry may carry one adjustment and one ranking override; the explanation lists both", () => {
    const out = run([
      { entryId: "d", kind: "SHORTLIST_ADD", reason: "Dampak luas" },
      { entryId: "d", kind: "MOVE", targetRank: 1, reason: "Juri" },
    ]);
    expect(out.final[0]?.entryId).toBe("d");
    expect(out.explanations.d?.overrides.map((o) => [o.kind, o.status])).toEqual([
      ["SHORTLIST_ADD", "APPLIED"],
      ["MOVE", "APPLIED"],
    ]);
  });

  it("a ranking override of a removed entry is ignored as not shortlisted", () => {
    const out = run([
      { entryId: "a", kind: "SHORTLIST_REMOVE", reason: "r" },
      { entryId: "a", kind: "DISQUALIFY", reason: "r" },
    ]);
    expect(out.overrideNotes).toEqual([
      { code: "IGNORED_NOT_SHORTLISTED", params: { entryId: "a", kind: "DISQUALIFY" } },
    ]);
  });

  it.each<{ overrides: Override[]; message: RegExp }>([
    {
      overrides: [
        { entryId: "a", kind: "SHORTLIST_REMOVE", reason: "r" },
        { entryId: "a", kind: "SHORTLIST_ADD", reason: "r" },
      ],
      message: /more than one shortlist adjustment for entry "a"/,
    },
    {
      overrides: [{ entryId: "d", kind: "SHORTLIST_ADD", reason: " " }],
      message: /needs a non-empty reason/,
    },
    { overrides: [{ entryId: "zz", kind: "SHORTLIST_ADD", reason: "r" }], message: /unknown entry "zz"/ },
  ])("rejects $overrides", ({ overrides, message }) => {
    expect(() => run(overrides)).toThrow(message);
  });
});

// Properties on random desk scores and random adjustments.
const IDS = ["a", "b", "c", "d", "e", "f", "g"];
const adjustedArb = fc
  .record({
    scores: fc.tuple(...IDS.map(() => fc.option(fc.integer({ min: 0, max: 100 }), { freq: 6 }))),
    kinds: fc.tuple(
      ...IDS.map(() => fc.option(fc.constantFrom("SHORTLIST_ADD" as const, "SHORTLIST_REMOVE" as const))),
    ),
    size: fc.integer({ min: 0, max: 5 }),
    grade: fc.integer({ min: 0, max: 90 }),
  })
  .map(({ scores, kinds, size, grade }) => {
    const rows = IDS.flatMap((id, i): [string, number, number | null][] =>
      scores[i] == null ? [] : [[id, scores[i], 50]],
    );
    const base = competition({ ...simple(rows), passingGrade: grade, shortlistSize: size });
    const entries = IDS.map((id) => ({ id, category: "X", submittedAt: "2025-03-01T08:00:00Z" }));
    const overrides: Override[] = IDS.flatMap((id, i) => {
      const kind = kinds[i];
      return kind ? [{ entryId: id, kind, reason: "alasan" }] : [];
    });
    return { ...base, entries, overrides } satisfies CompetitionInput;
  });

describe("shortlist adjustment properties", () => {
  it("REMOVE never adds, ADD never shortlists below the passing grade, order never matters", () => {
    fc.assert(
      fc.property(adjustedArb, fc.integer(), (input, seed) => {
        const out = computeRanking(input);
        const computed = new Set(computeRanking({ ...input, overrides: [] }).shortlist);
        const onlyRemovals = (input.overrides ?? []).filter((o) => o.kind === "SHORTLIST_REMOVE");
        const afterRemovals = computeRanking({ ...input, overrides: onlyRemovals }).shortlist;
        for (const id of afterRemovals) expect(computed.has(id)).toBe(true);
        for (const d of out.desk) {
          if (d.shortlisted) {
            expect(d.deskScore).not.toBeNull();
            expect(key9(d.deskScore as number)).toBeGreaterThanOrEqual(key9(input.passingGrade));
          }
        }
        const reversed = [...(input.overrides ?? [])];
        // deterministic shuffle by seed
        for (let i = reversed.length - 1; i > 0; i--) {
          const j = Math.abs(seed + i * 7919) % (i + 1);
          [reversed[i], reversed[j]] = [reversed[j] as Override, reversed[i] as Override];
        }
        expect(JSON.stringify(computeRanking({ ...input, overrides: reversed }))).toBe(JSON.stringify(out));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
