import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate";
import { computeRanking } from "./index";
import { key9 } from "./numeric";
import type {
  Aggregation,
  CompetitionInput,
  CriterionDef,
  Override,
  ReviewInput,
  StageDef,
  TieBreaker,
} from "./types";

// Ids chosen to exercise code-unit ordering (digits, upper/lower case, non-ASCII).
const ENTRY_IDS = ["e1", "e2", "e10", "E3", "a", "b-2", "Z", "é"];
const EVALUATORS = ["ev1", "ev2", "ev3", "Ev4", "x"];
const CATEGORIES = ["DIGI", "INOV", "PUB"];
const TIMES = ["2025-03-01T08:00:00Z", "2025-03-01T09:00:00+07:00", "2025-03-02T00:00:00Z"];
const AGGREGATIONS: Aggregation[] = ["MEAN", "MEDIAN", "TRIMMED_MEAN"];

const crit = (
  code: string,
  weight: number,
  scaleMin: number,
  scaleMax: number,
  required: boolean,
): CriterionDef => ({
  code,
  name: code,
  weight,
  scaleMin,
  scaleMax,
  required,
});

const STAGES: StageDef[] = [
  {
    kind: "DESK",
    weight: 70,
    criteria: [crit("A", 2, 1, 10, true), crit("B", 1, 1, 3, true), crit("C", 1, 0, 4, false)],
  },
  { kind: "PRESENTATION", weight: 30, criteria: [crit("P", 1, 0, 100, true), crit("Q", 0.5, 1, 5, false)] },
  { kind: "FIELD_VERIFICATION", weight: 0, passFail: true, criteria: [] },
];

const TIE_BREAKERS: TieBreaker[] = [
  { kind: "STAGE", stage: "PRESENTATION" },
  { kind: "STAGE", stage: "DESK" },
  { kind: "CRITERION", stage: "DESK", code: "A" },
  { kind: "CRITERION", stage: "PRESENTATION", code: "Q" },
  { kind: "OBJECTIONS" },
  { kind: "SUBMITTED_AT" },
];

function all<T>(arbs: fc.Arbitrary<T>[]): fc.Arbitrary<T[]> {
  return fc.tuple(...arbs) as fc.Arbitrary<T[]>;
}

function valueArb(c: CriterionDef, integers: boolean): fc.Arbitrary<number> {
  const int = fc.integer({ min: c.scaleMin, max: c.scaleMax });
  // few distinct values make equal scores, and so tie-breaks, common
  if (integers) return fc.oneof(fc.constantFrom(c.scaleMin, c.scaleMax), int);
  // min + range·f stays inside the scale for f in [0, 1]
  const frac = fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((f) => c.scaleMin + (c.scaleMax - c.scaleMin) * f);
  return fc.oneof(int, frac);
}

function reviewArb(entryId: string, stage: StageDef, evaluatorId: string, integers: boolean) {
  const values = fc.record(
    Object.fromEntries(
      stage.criteria.map((c) => [c.code, fc.option(valueArb(c, integers), { nil: null, freq: 8 })]),
    ),
  );
  const passed = stage.passFail ? fc.option(fc.boolean(), { nil: null, freq: 8 }) : fc.constant(undefined);
  return fc
    .record({ values, passed })
    .map(({ values, passed }): ReviewInput => ({ entryId, stage: stage.kind, evaluatorId, values, passed }));
}

function competitionArb(opts: { integers?: boolean; zNormalize?: boolean; overrides?: boolean } = {}) {
  const integers = opts.integers ?? false;
  return fc.shuffledSubarray(ENTRY_IDS, { minLength: 1 }).chain((ids) => {
    const entries = all(
      ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          category: fc.constantFrom(...CATEGORIES),
          submittedAt: fc.constantFrom(...TIMES),
          objectionsUpheld: fc.nat(2),
        }),
      ),
    );
    const reviews = all(
      ids.flatMap((id) =>
        STAGES.flatMap((s) => EVALUATORS.map((ev) => fc.option(reviewArb(id, s, ev, integers), { freq: 2 }))),
      ),
    ).map((rs) => rs.filter((r): r is ReviewInput => r !== null));
    const overrideArb = (id: string): fc.Arbitrary<Override> =>
      fc.oneof(
        fc
          .integer({ min: -1, max: 10 })
          .map((targetRank) => ({ entryId: id, kind: "MOVE" as const, targetRank, reason: "juri" })),
        fc.constant({ entryId: id, kind: "DISQUALIFY" as const, reason: "juri" }),
      );
    const adjustmentArb = (id: string): fc.Arbitrary<Override> =>
      fc
        .constantFrom("SHORTLIST_ADD" as const, "SHORTLIST_REMOVE" as const)
        .map((kind) => ({ entryId: id, kind, reason: "admin" }));
    const overrides = opts.overrides
      ? all(
          ids.flatMap((id) => [
            fc.option(overrideArb(id), { freq: 4 }),
            fc.option(adjustmentArb(id), { freq: 4 }),
          ]),
        ).map((os) => os.filter((o) => o !== null))
      : fc.constant<Override[]>([]);
    return fc
      .record({
        entries,
        reviews,
        overrides,
        passingGrade: fc.integer({ min: 0, max: 80 }),
        shortlistSize: fc.integer({ min: 0, max: 8 }),
        quotas: all(CATEGORIES.map(() => fc.option(fc.nat(3)))),
        aggregation: fc.constantFrom(...AGGREGATIONS),
        zNormalize: opts.zNormalize === undefined ? fc.boolean() : fc.constant(opts.zNormalize),
        anonymize: fc.boolean(),
        tieBreakers: fc.shuffledSubarray(TIE_BREAKERS),
      })
      .map(({ quotas, shortlistSize, ...rest }): CompetitionInput => {
        const quotaSum = quotas.reduce<number>((sum, q) => sum + (q ?? 0), 0);
        return {
          ...rest,
          // grow the shortlist rather than generate invalid quota sums
          shortlistSize: Math.max(shortlistSize, quotaSum),
          deskStage: "DESK",
          stages: STAGES,
          categories: CATEGORIES.map((code, i) => ({ code, quota: quotas[i] ?? null })),
        };
      });
  });
}

/** Deterministic Fisher–Yates driven by a seed, so a failing case can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function permute(input: CompetitionInput, seed: number): CompetitionInput {
  return {
    ...input,
    entries: shuffle(input.entries, seed),
    reviews: shuffle(input.reviews, seed + 1).map((r, i) => ({
      ...r,
      values: Object.fromEntries(shuffle(Object.entries(r.values), seed + i)),
    })),
    stages: shuffle(input.stages, seed + 2).map((s, i) => ({
      ...s,
      criteria: shuffle(s.criteria, seed + 3 + i),
    })),
    categories: shuffle(input.categories, seed + 7),
    overrides: shuffle(input.overrides ?? [], seed + 8),
  };
}

const deskRankOf = (input: CompetitionInput, id: string) =>
  computeRanking(input).desk.find((d) => d.entryId === id)?.deskRank ?? null;

// Generous timeout: these run hundreds of full rankings and CI machines may be busy.
const TIMEOUT = 60_000;

describe("properties", () => {
  it(
    "permuting entries, reviews, criteria, stages, categories and overrides never changes the output",
    () => {
      fc.assert(
        fc.property(competitionArb({ overrides: true }), fc.integer(), (input, seed) => {
          const expected = JSON.stringify(computeRanking(input));
          expect(JSON.stringify(computeRanking(permute(input, seed)))).toBe(expected);
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    "raising one criterion value of one entry never lowers its desk rank",
    () => {
      fc.assert(
        fc.property(
          competitionArb({ integers: true, zNormalize: false }),
          fc.nat(),
          fc.nat(),
          (input, pick, step) => {
            const desk = STAGES[0] as StageDef;
            const raisable = input.reviews.flatMap((r, i) =>
              r.stage !== "DESK"
                ? []
                : desk.criteria
                    .filter(
                      (c) =>
                        typeof r.values[c.code] === "number" && (r.values[c.code] as number) < c.scaleMax,
                    )
                    .map((c) => ({ i, c })),
            );
            fc.pre(raisable.length > 0);
            const { i, c } = raisable[pick % raisable.length] as { i: number; c: CriterionDef };
            const review = input.reviews[i] as ReviewInput;
            const before = review.values[c.code] as number;
            const raised = before + 1 + (step % (c.scaleMax - before));
            const reviews = input.reviews.map((r, j) =>
              j === i ? { ...r, values: { ...r.values, [c.code]: raised } } : r,
            );

            const rankBefore = deskRankOf(input, review.entryId);
            const rankAfter = deskRankOf({ ...input, reviews }, review.entryId);
            if (rankBefore !== null) expect(rankAfter).not.toBeNull();
            if (rankBefore !== null && rankAfter !== null) expect(rankAfter).toBeLessThanOrEqual(rankBefore);
          },
        ),
        { numRuns: 300 },
      );
    },
    TIMEOUT,
  );

  it(
    "never shortlists an entry below the passing grade, and fills what it can",
    () => {
      fc.assert(
        fc.property(competitionArb(), (input) => {
          const out = computeRanking(input);
          const passing = out.desk.filter((d) => d.passed);
          for (const d of out.desk) {
            if (d.shortlisted)
              expect(key9(d.deskScore as number)).toBeGreaterThanOrEqual(key9(input.passingGrade));
            if (!d.passed) expect(d.shortlisted).toBe(false);
          }
          expect(out.shortlist).toHaveLength(Math.min(input.shortlistSize, passing.length));
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    "gives every category at least min(quota, its passing entries) places",
    () => {
      fc.assert(
        fc.property(competitionArb(), (input) => {
          const out = computeRanking(input);
          for (const c of input.categories) {
            if (c.quota == null) continue;
            const inCategory = out.desk.filter((d) => d.category === c.code);
            const passing = inCategory.filter((d) => d.passed).length;
            const places = inCategory.filter((d) => d.shortlisted).length;
            expect(places).toBeGreaterThanOrEqual(Math.min(c.quota, passing));
          }
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    "gives ranked entries distinct ranks 1..n",
    () => {
      fc.assert(
        fc.property(competitionArb({ overrides: true }), (input) => {
          const out = computeRanking(input);
          const deskRanks = out.desk.flatMap((d) => (d.deskRank === null ? [] : [d.deskRank]));
          expect(deskRanks).toEqual(deskRanks.map((_, i) => i + 1));
          const finalRanks = out.final.flatMap((f) => (f.finalRank === null ? [] : [f.finalRank]));
          expect(finalRanks).toEqual(finalRanks.map((_, i) => i + 1));
          const computed = out.final
            .flatMap((f) => (f.computedRank === null ? [] : [f.computedRank]))
            .sort((a, b) => a - b);
          expect(computed).toEqual(computed.map((_, i) => i + 1));
        }),
      );
    },
    TIMEOUT,
  );

  it(
    "median and trimmed mean equal the mean when all scores agree",
    () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 1, max: 12 }), (x, n) => {
          const scores = Array.from({ length: n }, () => x);
          const mean = aggregate(scores, "MEAN");
          expect(mean).toBe(x);
          expect(aggregate(scores, "MEDIAN")).toBe(mean);
          expect(aggregate(scores, "TRIMMED_MEAN")).toBe(mean);
        }),
      );
    },
    TIMEOUT,
  );

  it(
    "stage scores do not depend on the aggregation when every review of an entry agrees",
    () => {
      fc.assert(
        fc.property(competitionArb({ zNormalize: false }), (input) => {
          // copy each entry's first review per stage onto its other reviews of that stage
          const first = new Map<string, ReviewInput>();
          const reviews = input.reviews.map((r) => {
            const key = JSON.stringify([r.entryId, r.stage]);
            const model = first.get(key) ?? (first.set(key, r), r);
            return { ...r, values: model.values, passed: model.passed };
          });
          const scores = AGGREGATIONS.map((aggregation) =>
            JSON.stringify(computeRanking({ ...input, reviews, aggregation }).stageScores),
          );
          expect(scores[1]).toBe(scores[0]);
          expect(scores[2]).toBe(scores[0]);
        }),
      );
    },
    TIMEOUT,
  );
});
