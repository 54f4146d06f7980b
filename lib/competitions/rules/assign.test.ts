import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignEvaluators,
  type AssignEntry,
  type AssignEvaluator,
  type AssignInput,
  type AssignmentPair,
} from "./assign";

const OPDS = ["DINKES", "DISDIK", "BAPPEDA", "DISHUB"];
const entry = (id: string, opdId: string, title?: string): AssignEntry => ({
  id,
  opdId,
  ...(title ? { title } : {}),
});
const ev = (id: string, opdId: string | null = null): AssignEvaluator => ({ id, opdId });

const spread = (loads: Record<string, number>) => {
  const xs = Object.values(loads);
  return xs.length === 0 ? 0 : Math.max(...xs) - Math.min(...xs);
};

describe("assignEvaluators", () => {
  it("gives every entry three evaluators, balanced, none from the entry's own OPD", () => {
    const r = assignEvaluators({
      entries: [entry("e1", "DINKES"), entry("e2", "DISDIK"), entry("e3", "DINKES"), entry("e4", "BAPPEDA")],
      evaluators: [ev("v1", "DINKES"), ev("v2", "DISDIK"), ev("v3"), ev("v4"), ev("v5", "BAPPEDA"), ev("v6")],
      seed: "2026-DESK",
    });
    expect(r.assignments).toHaveLength(12);
    expect(r.unmet).toEqual([]);
    expect(spread(r.loads)).toBe(0);
    for (const a of r.assignments) {
      const x = ["e1", "e3"].includes(a.entryId) ? "v1" : a.entryId === "e2" ? "v2" : "v5";
      expect(a.evaluatorId).not.toBe(x);
    }
    expect(r.explanation).toEqual([
      "12 penugasan baru untuk 4 inovasi (3 penilai per inovasi).",
      "Setiap penilai mendapat 2 penugasan.",
    ]);
  });

  it("counts existing assignments toward the panel and the loads", () => {
    const r = assignEvaluators({
      entries: [entry("e1", "DINKES"), entry("e2", "DISDIK")],
      evaluators: [ev("v1"), ev("v2"), ev("v3")],
      existing: [
        { entryId: "e1", evaluatorId: "v1" },
        { entryId: "e1", evaluatorId: "v2" },
        { entryId: "e1", evaluatorId: "v2" }, // repeated rows count once
        { entryId: "old", evaluatorId: "v3" }, // another entry's work still weighs on v3
      ],
      perEntry: 2,
      seed: "s",
    });
    expect(r.assignments.filter((a) => a.entryId === "e1")).toEqual([]);
    expect(new Set(r.assignments.filter((a) => a.entryId === "e2").map((a) => a.evaluatorId)).size).toBe(2);
    // 3 existing (one per evaluator) + 2 new, spread as evenly as possible.
    expect(Object.values(r.loads).sort()).toEqual([1, 2, 2]);
  });

  it("skips declared conflicts and explains an entry left short", () => {
    const r = assignEvaluators({
      entries: [entry("e1", "DINKES", "Posyandu Digital"), entry("e2", "DISDIK")],
      evaluators: [ev("v1", "DINKES"), ev("v2", "DINKES"), ev("v3"), ev("v4")],
      conflicts: [{ entryId: "e1", evaluatorId: "v4" }],
      seed: "s",
    });
    expect(r.assignments.filter((a) => a.entryId === "e1")).toEqual([{ entryId: "e1", evaluatorId: "v3" }]);
    expect(r.unmet).toEqual([{ entryId: "e1", needed: 2, reason: "NOT_ENOUGH_ELIGIBLE_EVALUATORS" }]);
    expect(r.explanation).toContain(
      "Inovasi “Posyandu Digital” hanya mendapat 1 dari 3 penilai: 2 penilai lain berasal dari OPD yang sama dan 1 penilai lain menyatakan konflik kepentingan.",
    );
  });

  it("explains a plain shortage of evaluators, using the id when there is no title", () => {
    const r = assignEvaluators({
      entries: [entry("e1", "DINKES")],
      evaluators: [ev("v1"), ev("v2")],
      seed: "s",
    });
    expect(r.unmet).toEqual([{ entryId: "e1", needed: 1, reason: "NOT_ENOUGH_ELIGIBLE_EVALUATORS" }]);
    expect(r.explanation.at(-1)).toBe("Inovasi “e1” hanya mendapat 2 dari 3 penilai: hanya ada 2 penilai.");
  });

  it("handles no evaluators and no entries", () => {
    const none = assignEvaluators({ entries: [entry("e1", "DINKES")], evaluators: [], seed: "s" });
    expect(none.assignments).toEqual([]);
    expect(none.loads).toEqual({});
    expect(none.unmet).toEqual([{ entryId: "e1", needed: 3, reason: "NOT_ENOUGH_ELIGIBLE_EVALUATORS" }]);
    expect(none.explanation[0]).toBe("Belum ada penilai yang dapat ditugaskan.");
    const empty = assignEvaluators({ entries: [], evaluators: [ev("v1")], seed: "s" });
    expect(empty).toEqual({
      assignments: [],
      unmet: [],
      loads: { v1: 0 },
      explanation: ["Tidak ada penugasan baru.", "Setiap penilai mendapat 0 penugasan."],
    });
  });

  it("says when the loads could not be evened out", () => {
    // Only v3 may judge DINKES entries, so it carries them all.
    const r = assignEvaluators({
      entries: ["e1", "e2", "e3", "e4"].map((id) => entry(id, "DINKES")),
      evaluators: [ev("v1", "DINKES"), ev("v2", "DINKES"), ev("v3")],
      perEntry: 1,
      seed: "s",
    });
    expect(r.loads).toEqual({ v1: 0, v2: 0, v3: 4 });
    expect(r.explanation).toContain(
      "Beban belum bisa dibuat rata (selisih 4) karena penilai dari OPD yang sama, konflik kepentingan, atau penugasan yang sudah ada.",
    );
  });

  it("repairs imbalance left by the greedy order", () => {
    // Entries that only v1/v2 may judge, plus open entries: the result is as even as eligibility allows.
    const r = assignEvaluators({
      entries: [
        entry("a", "X"),
        entry("b", "X"),
        entry("c", "Y"),
        entry("d", "Y"),
        entry("e", "Z"),
        entry("f", "Z"),
      ],
      evaluators: [ev("v1"), ev("v2"), ev("v3", "X"), ev("v4", "X")],
      perEntry: 2,
      seed: "repair",
    });
    expect(r.unmet).toEqual([]);
    expect(spread(r.loads)).toBeLessThanOrEqual(1);
  });

  it("is reproducible for a seed and varies with it", () => {
    const input: AssignInput = {
      entries: Array.from({ length: 10 }, (_, i) => entry(`e${i}`, OPDS[i % 4] as string)),
      evaluators: Array.from({ length: 7 }, (_, i) => ev(`v${i}`, i < 4 ? (OPDS[i] as string) : null)),
      seed: "2026",
    };
    expect(assignEvaluators(input)).toEqual(assignEvaluators(input));
    const seeds = new Set(
      ["a", "b", "c", "d", "e"].map((seed) =>
        JSON.stringify(assignEvaluators({ ...input, seed }).assignments),
      ),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });

  it("rejects duplicate ids and a bad perEntry", () => {
    expect(() =>
      assignEvaluators({ entries: [entry("e", "A"), entry("e", "B")], evaluators: [], seed: "" }),
    ).toThrow(/Duplicate entry/);
    expect(() => assignEvaluators({ entries: [], evaluators: [ev("v"), ev("v")], seed: "" })).toThrow(
      /Duplicate evaluator/,
    );
    expect(() => assignEvaluators({ entries: [], evaluators: [], perEntry: 1.5, seed: "" })).toThrow(
      RangeError,
    );
  });
});

// ───────────── Properties ─────────────

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const inputArb: fc.Arbitrary<AssignInput> = fc
  .record({
    nEntries: fc.integer({ min: 0, max: 12 }),
    nEvaluators: fc.integer({ min: 0, max: 9 }),
    perEntry: fc.integer({ min: 0, max: 5 }),
    seed: fc.string({ maxLength: 6 }),
  })
  .chain(({ nEntries, nEvaluators, perEntry, seed }) => {
    const entryIds = ids("e", nEntries);
    const evaluatorIds = ids("v", nEvaluators);
    const pair = fc.record({
      entryId: fc.constantFrom(...entryIds, "gone"),
      evaluatorId: fc.constantFrom(...evaluatorIds, "ghost"),
    });
    return fc.record({
      entries: fc.tuple(...entryIds.map((id) => fc.constantFrom(...OPDS).map((opdId) => entry(id, opdId)))),
      evaluators: fc.tuple(
        ...evaluatorIds.map((id) =>
          fc.option(fc.constantFrom(...OPDS), { nil: null }).map((opdId) => ev(id, opdId)),
        ),
      ),
      existing: fc.array(pair, { maxLength: 10 }),
      conflicts: fc.array(pair, { maxLength: 10 }),
      perEntry: fc.constant(perEntry),
      seed: fc.constant(seed),
    });
  });

const key = (a: AssignmentPair) => `${a.entryId}|${a.evaluatorId}`;

/** What the rules allow, computed independently of the implementation. */
function expected(input: AssignInput) {
  const existing = new Set((input.existing ?? []).map(key));
  const conflicts = new Set((input.conflicts ?? []).map(key));
  return new Map(
    input.entries.map((x) => {
      const have = input.evaluators.filter((e) => existing.has(key({ entryId: x.id, evaluatorId: e.id })));
      const unlisted = [...existing].filter(
        (k) => k.startsWith(`${x.id}|`) && !input.evaluators.some((e) => k === `${x.id}|${e.id}`),
      );
      const panel = have.length + unlisted.length;
      const eligible = input.evaluators.filter(
        (e) =>
          (e.opdId === null || e.opdId !== x.opdId) &&
          !conflicts.has(key({ entryId: x.id, evaluatorId: e.id })) &&
          !have.includes(e),
      ).length;
      const need = Math.max(0, (input.perEntry ?? 3) - panel);
      return [x.id, { panel, eligible, need, gets: Math.min(need, eligible) }];
    }),
  );
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("assignEvaluators properties", () => {
  it("never assigns an own-OPD, conflicted or already-assigned evaluator, nor anyone twice", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assignEvaluators(input);
        const opd = new Map(input.evaluators.map((e) => [e.id, e.opdId]));
        const entryOpd = new Map(input.entries.map((x) => [x.id, x.opdId]));
        const taken = new Set([...(input.existing ?? []), ...(input.conflicts ?? [])].map(key));
        for (const a of r.assignments) {
          expect(opd.has(a.evaluatorId)).toBe(true);
          expect(opd.get(a.evaluatorId)).not.toBe(entryOpd.get(a.entryId));
          expect(taken.has(key(a))).toBe(false);
        }
        expect(new Set(r.assignments.map(key)).size).toBe(r.assignments.length);
      }),
    );
  });

  it("gives each entry min(perEntry, eligible) in total, and lists exactly the short ones as unmet", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assignEvaluators(input);
        const exp = expected(input);
        for (const x of input.entries) {
          const e = exp.get(x.id)!;
          expect(r.assignments.filter((a) => a.entryId === x.id)).toHaveLength(e.gets);
          // In total: the panel it had plus what it got, capped by perEntry unless it already had more.
          const perEntry = input.perEntry ?? 3;
          expect(e.panel + e.gets).toBe(Math.max(e.panel, Math.min(perEntry, e.panel + e.eligible)));
        }
        const short = input.entries
          .filter((x) => exp.get(x.id)!.gets < exp.get(x.id)!.need)
          .map((x) => ({
            entryId: x.id,
            needed: exp.get(x.id)!.need - exp.get(x.id)!.gets,
            reason: "NOT_ENOUGH_ELIGIBLE_EVALUATORS",
          }))
          .sort((a, b) => (a.entryId < b.entryId ? -1 : 1));
        expect(r.unmet).toEqual(short);
      }),
    );
  });

  it("reports loads as existing + new per listed evaluator", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assignEvaluators(input);
        const existing = [...new Set((input.existing ?? []).map(key))];
        for (const e of input.evaluators) {
          const count =
            existing.filter((k) => k.endsWith(`|${e.id}`)).length +
            r.assignments.filter((a) => a.evaluatorId === e.id).length;
          expect(r.loads[e.id]).toBe(count);
        }
        expect(Object.keys(r.loads).sort()).toEqual(input.evaluators.map((e) => e.id).sort());
      }),
    );
  });

  it("balances to max − min ≤ 1 when every evaluator may judge every entry", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 6 }),
        fc.string({ maxLength: 4 }),
        (nEntries, nEvaluators, perEntry, seed) => {
          const r = assignEvaluators({
            entries: ids("e", nEntries).map((id) => entry(id, "DINKES")),
            evaluators: ids("v", nEvaluators).map((id, i) => ev(id, i % 2 ? null : "BAPPEDA")),
            perEntry,
            seed,
          });
          expect(spread(r.loads)).toBeLessThanOrEqual(1);
          expect(r.assignments).toHaveLength(nEntries * Math.min(perEntry, nEvaluators));
        },
      ),
    );
  });

  it("leaves no new assignment that could move to an eligible evaluator with 2 fewer", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assignEvaluators(input);
        const exp = new Set(
          [...(input.existing ?? []), ...r.assignments, ...(input.conflicts ?? [])].map(key),
        );
        const entryOpd = new Map(input.entries.map((x) => [x.id, x.opdId]));
        for (const a of r.assignments) {
          const from = r.loads[a.evaluatorId] ?? 0;
          const better = input.evaluators.find(
            (e) =>
              (e.opdId === null || e.opdId !== entryOpd.get(a.entryId)) &&
              !exp.has(key({ entryId: a.entryId, evaluatorId: e.id })) &&
              (r.loads[e.id] ?? 0) <= from - 2,
          );
          expect(better).toBeUndefined();
        }
      }),
    );
  });

  it("does not depend on the order of any input list", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 1e6 }), (input, s) => {
        const permuted: AssignInput = {
          ...input,
          entries: shuffled(input.entries, s),
          evaluators: shuffled(input.evaluators, s + 1),
          existing: shuffled(input.existing ?? [], s + 2),
          conflicts: shuffled(input.conflicts ?? [], s + 3),
        };
        expect(JSON.stringify(assignEvaluators(permuted))).toBe(JSON.stringify(assignEvaluators(input)));
      }),
    );
  });

  it("is idempotent: running again with the result as existing assigns nothing new", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = assignEvaluators(input);
        const again = assignEvaluators({
          ...input,
          existing: [...(input.existing ?? []), ...first.assignments],
        });
        expect(again.assignments).toEqual([]);
        expect(again.loads).toEqual(first.loads);
        expect(again.unmet).toEqual(first.unmet);
      }),
    );
  });
});
