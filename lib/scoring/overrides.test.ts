import { describe, expect, it } from "vitest";
import { computeRanking } from "./index";
import { competition, simple } from "./testkit";
import type { Override } from "./types";

// Computed order a (90), b (80), c (70), d (60), desk and presentation equal so totals are the same numbers.
const BASE = competition({
  ...simple([
    ["d", 60, 60],
    ["c", 70, 70],
    ["b", 80, 80],
    ["a", 90, 90],
  ]),
});

const run = (overrides: Override[]) => computeRanking({ ...BASE, overrides });
const order = (overrides: Override[]) =>
  run(overrides).final.map((f) => [f.entryId, f.computedRank, f.finalRank]);

describe("overrides", () => {
  it.each<{ name: string; overrides: Override[]; expected: (string | number | null)[][] }>([
    {
      name: "MOVE d to 1: the others shift down",
      overrides: [{ entryId: "d", kind: "MOVE", targetRank: 1, reason: "Juri: dampak terverifikasi" }],
      expected: [
        ["d", 4, 1],
        ["a", 1, 2],
        ["b", 2, 3],
        ["c", 3, 4],
      ],
    },
    {
      name: "MOVE a to 3: the others shift up",
      overrides: [{ entryId: "a", kind: "MOVE", targetRank: 3, reason: "r" }],
      expected: [
        ["b", 2, 1],
        ["c", 3, 2],
        ["a", 1, 3],
        ["d", 4, 4],
      ],
    },
    {
      name: "MOVE beyond the end is clamped to the last rank",
      overrides: [{ entryId: "a", kind: "MOVE", targetRank: 99, reason: "r" }],
      expected: [
        ["b", 2, 1],
        ["c", 3, 2],
        ["d", 4, 3],
        ["a", 1, 4],
      ],
    },
    {
      name: "DISQUALIFY b: removed from the final order, keeps its computed rank",
      overrides: [{ entryId: "b", kind: "DISQUALIFY", reason: "Plagiarisme" }],
      expected: [
        ["a", 1, 1],
        ["c", 3, 2],
        ["d", 4, 3],
        ["b", 2, null],
      ],
    },
    {
      name: "DISQUALIFY and MOVE together: ranks count only the remaining entries",
      overrides: [
        { entryId: "d", kind: "MOVE", targetRank: 1, reason: "r" },
        { entryId: "a", kind: "DISQUALIFY", reason: "r" },
      ],
      expected: [
        ["d", 4, 1],
        ["b", 2, 2],
        ["c", 3, 3],
        ["a", 1, null],
      ],
    },
    {
      name: "two MOVEs to the same rank: the better computed rank gets it, the other the next free rank",
      overrides: [
        { entryId: "d", kind: "MOVE", targetRank: 1, reason: "r" },
        { entryId: "c", kind: "MOVE", targetRank: 1, reason: "r" },
      ],
      expected: [
        ["c", 3, 1],
        ["d", 4, 2],
        ["a", 1, 3],
        ["b", 2, 4],
      ],
    },
  ])("$name", ({ overrides, expected }) => {
    expect(order(overrides)).toEqual(expected);
  });

  it("flags the disqualified entry with its reason", () => {
    const b = run([{ entryId: "b", kind: "DISQUALIFY", reason: "Plagiarisme" }]).final.find(
      (f) => f.entryId === "b",
    );
    expect(b).toMatchObject({ status: "DISQUALIFIED", disqualified: true, disqualifyReason: "Plagiarisme" });
  });

  it("records where a MOVE actually landed", () => {
    const out = run([
      { entryId: "d", kind: "MOVE", targetRank: 1, reason: "first" },
      { entryId: "c", kind: "MOVE", targetRank: 1, reason: "second" },
    ]);
    expect(out.final.find((f) => f.entryId === "d")?.override).toEqual({
      kind: "MOVE",
      reason: "first",
      targetRank: 1,
      appliedRank: 2,
      status: "APPLIED",
      note: { code: "MOVE_TARGET_ADJUSTED", params: { entryId: "d", target: 1, applied: 2 } },
    });
    expect(out.overrideNotes).toEqual([
      { code: "MOVE_TARGET_ADJUSTED", params: { entryId: "d", target: 1, applied: 2 } },
    ]);
    expect(out.explanations.d?.overrides).toHaveLength(1);
  });

  it("ignores, with a note, an override of an entry that is not shortlisted", () => {
    const out = computeRanking({
      ...BASE,
      shortlistSize: 2,
      overrides: [{ entryId: "d", kind: "DISQUALIFY", reason: "r" }],
    });
    expect(out.final.map((f) => f.entryId)).toEqual(["a", "b"]);
    expect(out.overrideNotes).toEqual([
      { code: "IGNORED_NOT_SHORTLISTED", params: { entryId: "d", kind: "DISQUALIFY" } },
    ]);
    expect(out.explanations.d?.overrides[0]?.status).toBe("IGNORED");
  });

  it.each([
    { overrides: [{ entryId: "a", kind: "DISQUALIFY", reason: "" }], message: /needs a non-empty reason/ },
    {
      overrides: [{ entryId: "a", kind: "MOVE", targetRank: 2, reason: "  " }],
      message: /needs a non-empty reason/,
    },
    { overrides: [{ entryId: "zz", kind: "DISQUALIFY", reason: "r" }], message: /unknown entry "zz"/ },
    {
      overrides: [{ entryId: "a", kind: "MOVE", targetRank: 1.5, reason: "r" }],
      message: /integer targetRank/,
    },
    {
      overrides: [
        { entryId: "a", kind: "MOVE", targetRank: 2, reason: "r" },
        { entryId: "a", kind: "DISQUALIFY", reason: "r" },
      ],
      message: /more than one override for entry "a"/,
    },
  ] as { overrides: Override[]; message: RegExp }[])("rejects $overrides", ({ overrides, message }) => {
    expect(() => run(overrides)).toThrow(message);
  });
});
