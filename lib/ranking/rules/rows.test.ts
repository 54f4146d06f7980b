import { describe, expect, it } from "vitest";
import { rankExport } from "@/lib/scoring/io";
import { parseRankingExport, type RankingExport } from "@/lib/scoring/io/schema";
import sample from "@/lib/scoring/io/fixtures/sample-export.json";
import { FINAL, parseSort, rankingRows, sortRows, stageViews } from "./rows";

const parsed = parseRankingExport(sample);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const file: RankingExport = parsed.value;
const output = rankExport(file);

describe("ranking rows", () => {
  it("offers each scored stage and the final ranking", () => {
    expect(stageViews(file)).toEqual([...file.stages.filter((s) => !s.passFail).map((s) => s.kind), FINAL]);
    expect(rankingRows(file, output, "NOPE")).toBeNull();
  });

  it("the desk view follows the engine's desk ranking with its scores, spread and flags", () => {
    const rows = rankingRows(file, output, "DESK")!;
    expect(rows.map((r) => r.entryId)).toEqual(output.desk.map((d) => d.entryId));
    for (const r of rows) {
      const d = output.desk.find((x) => x.entryId === r.entryId)!;
      const s = output.stageScores.find((x) => x.entryId === r.entryId && x.stage === "DESK")!;
      expect([r.rank, r.total, r.passed, r.shortlisted, r.disagreement, r.incompleteReviews]).toEqual([
        d.deskRank,
        d.deskScore,
        d.passed,
        d.shortlisted,
        s.disagreement,
        s.incompleteReviews,
      ]);
    }
  });

  it("the final view lists the shortlisted entries in final order", () => {
    const rows = rankingRows(file, output, FINAL)!;
    expect(rows.map((r) => [r.entryId, r.rank, r.total])).toEqual(
      output.final.map((f) => [f.entryId, f.finalRank, f.total]),
    );
  });

  it("sorts either way with nulls last and engine order kept among equals", () => {
    const rows = rankingRows(file, output, "DESK")!;
    const asc = sortRows(rows, "total", "asc").map((r) => r.total);
    const desc = sortRows(rows, "total", "desc").map((r) => r.total);
    const numbers = rows.map((r) => r.total).filter((x): x is number => x !== null);
    const nulls = rows.filter((r) => r.total === null).length;
    expect(asc).toEqual([...[...numbers].sort((a, b) => a - b), ...Array(nulls).fill(null)]);
    expect(desc).toEqual([...[...numbers].sort((a, b) => b - a), ...Array(nulls).fill(null)]);
    expect(sortRows(rows, "rank", "asc").map((r) => r.entryId)).toEqual(rows.map((r) => r.entryId));
  });

  it("accepts only known sort keys and directions", () => {
    expect(parseSort("total", "desc")).toEqual({ key: "total", dir: "desc" });
    expect(parseSort("constructor", "sideways")).toEqual({ key: "rank", dir: "asc" });
    expect(parseSort(undefined, undefined)).toEqual({ key: "rank", dir: "asc" });
  });
});
