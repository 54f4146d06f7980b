import { describe, expect, it } from "vitest";
import { computeRanking } from "./index";
import { competition, DESK, entry, FIELD, PRESENTATION, scored, simple, verdict } from "./testkit";
import type { Aggregation, EntryInput } from "./types";

describe("final ranking", () => {
  it("weights stage scores (DESK 70, PRESENTATION 30)", () => {
    const out = computeRanking(
      competition(
        simple([
          ["p", 80, 90], // (70·80 + 30·90) / 100 = (5600 + 2700) / 100 = 83
          ["q", 90, 60], // (6300 + 1800) / 100 = 81
          ["r", 70, 100], // (4900 + 3000) / 100 = 79
        ]),
      ),
    );
    expect(out.final.map((f) => [f.entryId, f.total, f.computedRank, f.finalRank, f.tieBreak])).toEqual([
      ["p", 83, 1, 1, null],
      ["q", 81, 2, 2, null],
      ["r", 79, 3, 3, null],
    ]);
    expect(out.final[0]?.stageScores).toEqual({ DESK: 80, PRESENTATION: 90 });
  });

  it.each<[Aggregation, number]>([
    // presentation reviews 50, 60, 70, 100
    ["MEAN", 70], // 280 / 4
    ["MEDIAN", 65], // (60 + 70) / 2
    ["TRIMMED_MEAN", 65], // drop 50 and 100 → (60 + 70) / 2
  ])("aggregates a stage with %s", (aggregation, presentation) => {
    const out = computeRanking(
      competition({
        aggregation,
        entries: [entry("p")],
        reviews: [
          scored("p", "DESK", "ev1", 80),
          ...[50, 60, 70, 100].map((v, i) => scored("p", "PRESENTATION", `ev${i}`, v)),
        ],
      }),
    );
    expect(out.final[0]?.stageScores.PRESENTATION).toBe(presentation);
    expect(out.final[0]?.disagreement.PRESENTATION).toBe(50); // 100 − 50
    expect(out.final[0]?.total).toBeCloseTo((70 * 80 + 30 * presentation) / 100, 12);
  });

  it("gates on a pass/fail stage by strict majority and reports incomplete entries", () => {
    const rows = simple([
      ["p", 80, 90],
      ["q", 90, 60],
      ["r", 70, 100],
      ["s", 95, null], // no presentation review at all
    ]);
    const out = computeRanking(
      competition({
        stages: [DESK, PRESENTATION, FIELD],
        entries: rows.entries,
        reviews: [
          ...rows.reviews,
          // p: 2 of 3 pass → PASS
          verdict("p", "v1", true),
          verdict("p", "v2", true),
          verdict("p", "v3", false),
          // q: 1 of 2 is no strict majority → FAIL
          verdict("q", "v1", true),
          verdict("q", "v2", false),
          // r: the only review has no verdict → incomplete
          verdict("r", "v1", null),
          verdict("s", "v1", true),
        ],
      }),
    );
    expect(
      out.final.map((f) => [f.entryId, f.status, f.computedRank, f.total, f.verdicts, f.reasons]),
    ).toEqual([
      ["p", "RANKED", 1, 83, { FIELD_VERIFICATION: "PASS" }, []],
      [
        "q",
        "EXCLUDED",
        null,
        81,
        { FIELD_VERIFICATION: "FAIL" },
        [{ code: "FAILED_PASS_FAIL", params: { stage: "FIELD_VERIFICATION", passed: 1, complete: 2 } }],
      ],
      [
        "r",
        "INCOMPLETE",
        null,
        79,
        { FIELD_VERIFICATION: null },
        [{ code: "NO_VERDICT", params: { stage: "FIELD_VERIFICATION", incomplete: 1 } }],
      ],
      [
        "s",
        "INCOMPLETE",
        null,
        null,
        { FIELD_VERIFICATION: "PASS" },
        [{ code: "NO_COMPLETE_REVIEWS", params: { stage: "PRESENTATION", incomplete: 0 } }],
      ],
    ]);
  });

  it("ranks only shortlisted entries", () => {
    const out = computeRanking(
      competition({
        shortlistSize: 1,
        ...simple([
          ["p", 80, 90],
          ["q", 90, 10],
        ]),
      }),
    );
    expect(out.final.map((f) => f.entryId)).toEqual(["q"]);
    expect(out.explanations.p?.final).toBeNull();
  });

  it("normalises evaluators within a stage when asked", () => {
    // harsh evaluator h scores 40 40 60 60, lenient l scores 60 60 80 80 on the same four entries;
    // normalised, both give 60 ∓ √200 (see aggregate.test.ts), so the panel agrees completely
    const rows: [string, number, number][] = [
      ["e1", 40, 60],
      ["e2", 40, 60],
      ["e3", 60, 80],
      ["e4", 60, 80],
    ];
    const input = competition({
      entries: rows.map(([id]) => entry(id)),
      reviews: rows.flatMap(([id, h, l]) => [scored(id, "DESK", "h", h), scored(id, "DESK", "l", l)]),
    });
    const plain = computeRanking(input).stageScores.filter((s) => s.stage === "DESK");
    const normalised = computeRanking({ ...input, zNormalize: true }).stageScores.filter(
      (s) => s.stage === "DESK",
    );
    expect(plain.map((s) => [s.score, s.disagreement])).toEqual([
      [50, 20],
      [50, 20],
      [70, 20],
      [70, 20],
    ]);
    expect(normalised.map((s) => s.score)).toEqual(
      [60 - Math.sqrt(200), 60 - Math.sqrt(200), 60 + Math.sqrt(200), 60 + Math.sqrt(200)].map((x) =>
        expect.closeTo(x, 9),
      ),
    );
    expect(normalised.every((s) => Math.abs(s.disagreement ?? 1) < 1e-9)).toBe(true);
  });
});

describe("tie-breakers", () => {
  // p and q tie on the total: 70·60 + 30·90 = 70·75 + 30·55 = 6900 → 69
  const tied = (over: { p?: Partial<EntryInput>; q?: Partial<EntryInput> } = {}) => ({
    entries: [entry("p", over.p), entry("q", over.q)],
    reviews: simple([
      ["p", 60, 90],
      ["q", 75, 55],
    ]).reviews,
  });

  it.each([
    { rule: { kind: "STAGE", stage: "PRESENTATION" }, data: {}, winner: "p", label: "STAGE:PRESENTATION" },
    { rule: { kind: "STAGE", stage: "DESK" }, data: {}, winner: "q", label: "STAGE:DESK" },
    // criterion S is the only one, so its normalised mean is the stage score / 100: 0.9 vs 0.55
    {
      rule: { kind: "CRITERION", stage: "PRESENTATION", code: "S" },
      data: {},
      winner: "p",
      label: "CRITERION:PRESENTATION:S",
    },
    { rule: { kind: "OBJECTIONS" }, data: { p: { objectionsUpheld: 1 } }, winner: "q", label: "OBJECTIONS" },
    {
      rule: { kind: "SUBMITTED_AT" },
      data: { q: { submittedAt: "2025-02-28T23:59:59+07:00" } }, // 16:59:59Z, before p's 08:00Z next day
      winner: "q",
      label: "SUBMITTED_AT",
    },
    // nothing configured: ascending entry id
    { rule: null, data: {}, winner: "p", label: "FALLBACK:ENTRY_ID" },
  ] as const)("$label", ({ rule, data, winner, label }) => {
    const out = computeRanking(competition({ ...tied(data), tieBreakers: rule ? [rule] : [] }));
    expect(out.final.map((f) => [f.entryId, f.total, f.tieBreak])).toEqual([
      [winner, 69, label],
      [winner === "p" ? "q" : "p", 69, label],
    ]);
  });

  it("uses the criterion mean across reviews", () => {
    // desk-only competition with two criteria X, Y on 0–10; both entries score (8 + 4)/20 = (4 + 8)/20 = 60
    const stage = {
      kind: "DESK",
      weight: 100,
      criteria: ["X", "Y"].map((code) => ({
        code,
        name: code,
        weight: 1,
        scaleMin: 0,
        scaleMax: 10,
        required: true,
      })),
    };
    const out = computeRanking(
      competition({
        stages: [stage],
        entries: [entry("p"), entry("q")],
        reviews: [
          { entryId: "p", stage: "DESK", evaluatorId: "e", values: { X: 8, Y: 4 } },
          { entryId: "q", stage: "DESK", evaluatorId: "e", values: { X: 4, Y: 8 } },
        ],
        tieBreakers: [{ kind: "CRITERION", stage: "DESK", code: "Y" }],
      }),
    );
    expect(out.final.map((f) => [f.entryId, f.total, f.tieBreak])).toEqual([
      ["q", expect.closeTo(60, 9), "CRITERION:DESK:Y"],
      ["p", expect.closeTo(60, 9), "CRITERION:DESK:Y"],
    ]);
  });

  it("lets a raise the median ignores still count through a CRITERION tie-break", () => {
    // X, Y on 0–10, weight 1 each. q: three reviews of (5, 5) → median 50, mean X 0.5
    // p: (5, 5) = 50, (6, 4) = 50, (x, 1) → median 50 whatever x is; mean X = (0.5 + 0.6 + x/10) / 3
    const stage = {
      kind: "DESK",
      weight: 100,
      criteria: ["X", "Y"].map((code) => ({
        code,
        name: code,
        weight: 1,
        scaleMin: 0,
        scaleMax: 10,
        required: true,
      })),
    };
    const rank = (x: number) => {
      const r = (entryId: string, evaluatorId: string, X: number, Y: number) => ({
        entryId,
        stage: "DESK",
        evaluatorId,
        values: { X, Y },
      });
      const out = computeRanking(
        competition({
          stages: [stage],
          aggregation: "MEDIAN",
          passingGrade: 0,
          tieBreakers: [{ kind: "CRITERION", stage: "DESK", code: "X" }],
          entries: [entry("p"), entry("q")],
          reviews: [
            r("p", "e1", 5, 5),
            r("p", "e2", 6, 4),
            r("p", "e3", x, 1),
            ...["e1", "e2", "e3"].map((e) => r("q", e, 5, 5)),
          ],
        }),
      );
      return out.desk.map((d) => [d.entryId, d.deskRank, d.tieBreak]);
    };
    // x = 1: (0.5 + 0.6 + 0.1) / 3 = 0.4 < 0.5 → q first
    expect(rank(1)).toEqual([
      ["q", 1, "CRITERION:DESK:X"],
      ["p", 2, "CRITERION:DESK:X"],
    ]);
    // x = 5: (0.5 + 0.6 + 0.5) / 3 = 0.533 > 0.5 → p first
    expect(rank(5)).toEqual([
      ["p", 1, "CRITERION:DESK:X"],
      ["q", 2, "CRITERION:DESK:X"],
    ]);
  });

  it("moves to the next rule when one still ties, and labels each entry by its neighbour", () => {
    // a, b, c all tie; OBJECTIONS ties everyone, SUBMITTED_AT puts a (earlier) above b and c, the id decides b vs c
    const out = computeRanking(
      competition({
        entries: [entry("c"), entry("b"), entry("a", { submittedAt: "2025-01-01T00:00:00Z" }), entry("d")],
        reviews: simple([
          ["a", 70, 70],
          ["b", 70, 70],
          ["c", 70, 70],
          ["d", 90, 90],
        ]).reviews,
        tieBreakers: [{ kind: "OBJECTIONS" }, { kind: "SUBMITTED_AT" }],
      }),
    );
    expect(out.final.map((f) => [f.entryId, f.computedRank, f.tieBreak])).toEqual([
      ["d", 1, null],
      ["a", 2, "SUBMITTED_AT"],
      ["b", 3, "SUBMITTED_AT"],
      ["c", 4, "FALLBACK:ENTRY_ID"],
    ]);
  });

  it("ignores tie-breakers on later stages when ranking the desk", () => {
    const out = computeRanking(
      competition({
        ...tied({ p: { submittedAt: "2025-01-01T00:00:00Z" } }),
        reviews: simple([
          ["p", 60, 10],
          ["q", 60, 90],
        ]).reviews,
        tieBreakers: [{ kind: "STAGE", stage: "PRESENTATION" }, { kind: "SUBMITTED_AT" }],
      }),
    );
    expect(out.desk.map((d) => [d.entryId, d.deskRank, d.tieBreak])).toEqual([
      ["p", 1, "SUBMITTED_AT"],
      ["q", 2, "SUBMITTED_AT"],
    ]);
  });

  it("treats totals equal to 9 decimals as tied", () => {
    // mean of 10.1 and 20.2 is 15.149999999999999 in floating point, b scores 15.15: without rounding to
    // 9 decimals b would win outright; with it they tie and the fallback puts a first
    const stage = { ...DESK, weight: 100 };
    const out = computeRanking(
      competition({
        stages: [stage],
        entries: [entry("b"), entry("a")],
        reviews: [
          scored("a", "DESK", "e1", 10.1),
          scored("a", "DESK", "e2", 20.2),
          scored("b", "DESK", "e1", 15.15),
        ],
        passingGrade: 0,
      }),
    );
    expect(out.final.map((f) => [f.entryId, f.tieBreak])).toEqual([
      ["a", "FALLBACK:ENTRY_ID"],
      ["b", "FALLBACK:ENTRY_ID"],
    ]);
  });
});
