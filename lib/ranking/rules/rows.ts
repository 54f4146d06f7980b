// The ranking table of one stage (or the final ranking), shaped for the admin page and the CSV. Pure.
import type { RankingExport } from "@/lib/scoring/io/schema";
import type { AppliedOverride, RankingOutput, ShortlistVia } from "@/lib/scoring/types";

export const FINAL = "FINAL";

export const SORT_KEYS = [
  "rank",
  "title",
  "opd",
  "category",
  "total",
  "disagreement",
  "incomplete",
  "passed",
  "shortlisted",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export interface RankingRow {
  entryId: string;
  title: string;
  opd: string;
  category: string;
  rank: number | null;
  /** Final ranking only: the rank before any override. */
  computedRank: number | null;
  /** Score of each scored stage (column order = `stages`). */
  scores: Record<string, number | null>;
  total: number | null;
  passed: boolean;
  shortlisted: boolean;
  via: ShortlistVia | null;
  /** Reviews not counted (left incomplete) at this stage, or at any stage for FINAL. */
  incompleteReviews: number;
  /** No complete score (desk) or not rankable (final). */
  incomplete: boolean;
  /** max − min of the evaluators' scores; for FINAL the largest over the scored stages. */
  disagreement: number | null;
  tieBreak: string | null;
  /** Final status (RANKED, INCOMPLETE, EXCLUDED, DISQUALIFIED) or the desk outcome. */
  status: string;
  overrides: AppliedOverride[];
}

/** Stages with a score, in the export's order; the views are these plus FINAL. */
export function scoredStages(file: RankingExport): string[] {
  return file.stages.filter((s) => !s.passFail).map((s) => s.kind);
}

export function stageViews(file: RankingExport): string[] {
  return [...scoredStages(file), FINAL];
}

function deskStatus(d: RankingOutput["desk"][number]): string {
  if (d.incomplete) return "DESK_INCOMPLETE";
  if (!d.passed) return "BELOW_PASSING_GRADE";
  return d.shortlisted ? "SHORTLISTED" : "NOT_SHORTLISTED";
}

/** Rows of a view, in engine order (best first). Unknown views give null. */
export function rankingRows(file: RankingExport, output: RankingOutput, view: string): RankingRow[] | null {
  const stages = scoredStages(file);
  if (view !== FINAL && !stages.includes(view)) return null;
  const entry = new Map(file.entries.map((e) => [e.id, e]));
  const categoryName = new Map(file.categories.map((c) => [c.code, c.name || c.code]));
  const desk = new Map(output.desk.map((d) => [d.entryId, d]));
  const stageRow = new Map(output.stageScores.map((s) => [`${s.entryId}\u0000${s.stage}`, s]));
  const scoresOf = (id: string) =>
    Object.fromEntries(stages.map((s) => [s, stageRow.get(`${id}\u0000${s}`)?.score ?? null]));
  const base = (id: string) => {
    const e = entry.get(id);
    const d = desk.get(id);
    return {
      entryId: id,
      title: e?.title ?? id,
      opd: e?.opd ?? "",
      category: e ? (categoryName.get(e.category) ?? e.category) : "",
      scores: scoresOf(id),
      passed: d?.passed ?? false,
      shortlisted: d?.shortlisted ?? false,
      via: d?.shortlistVia ?? null,
      overrides: output.explanations[id]?.overrides ?? [],
    };
  };

  if (view === FINAL) {
    return output.final.map((f) => {
      const rows = stages.map((s) => stageRow.get(`${f.entryId}\u0000${s}`));
      const spreads = rows.map((r) => r?.disagreement).filter((x): x is number => typeof x === "number");
      return {
        ...base(f.entryId),
        rank: f.finalRank,
        computedRank: f.computedRank,
        total: f.total,
        incompleteReviews: rows.reduce((n, r) => n + (r?.incompleteReviews ?? 0), 0),
        incomplete: f.status === "INCOMPLETE",
        disagreement: spreads.length > 0 ? Math.max(...spreads) : null,
        tieBreak: f.tieBreak,
        status: f.status,
      };
    });
  }

  // A stage view: entries with a score at that stage best first (the desk keeps the engine's desk ranking and
  // tie-breaks); the others after, in id order.
  const ids =
    view === file.competition.deskStage ? output.desk.map((d) => d.entryId) : file.entries.map((e) => e.id);
  const rows = ids.map((id) => {
    const s = stageRow.get(`${id}\u0000${view}`);
    const d = desk.get(id);
    const isDesk = view === file.competition.deskStage;
    return {
      ...base(id),
      rank: isDesk ? (d?.deskRank ?? null) : null,
      computedRank: null,
      total: s?.score ?? null,
      incompleteReviews: s?.incompleteReviews ?? 0,
      incomplete: (s?.score ?? null) === null,
      disagreement: s?.disagreement ?? null,
      tieBreak: isDesk ? (d?.tieBreak ?? null) : null,
      status: d ? deskStatus(d) : "",
    };
  });
  if (view !== file.competition.deskStage) {
    // Other stages have no tie-break of their own: position by score, equal scores share a rank.
    const scored = rows
      .filter((r) => r.total !== null)
      .sort((a, b) => (b.total as number) - (a.total as number));
    let prev: number | null = null;
    let rank = 0;
    scored.forEach((r, i) => {
      if (r.total !== prev) rank = i + 1;
      prev = r.total;
      r.rank = rank;
    });
    return [...scored, ...rows.filter((r) => r.total === null)];
  }
  return rows;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return String(a).localeCompare(String(b), "id");
}

/** Sorts a copy; nulls always last; equal values keep engine order. */
export function sortRows(rows: readonly RankingRow[], key: SortKey, dir: SortDir): RankingRow[] {
  const value = (r: RankingRow): unknown =>
    key === "incomplete" ? r.incompleteReviews + (r.incomplete ? 1000 : 0) : r[key];
  const sign = dir === "asc" ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      const a = value(x.r);
      const b = value(y.r);
      if (a === null || b === null) return a === b ? x.i - y.i : a === null ? 1 : -1;
      return sign * compareValues(a, b) || x.i - y.i;
    })
    .map((x) => x.r);
}

export function parseSort(key: string | undefined, dir: string | undefined): { key: SortKey; dir: SortDir } {
  const k = (SORT_KEYS as readonly string[]).includes(key ?? "") ? (key as SortKey) : "rank";
  return { key: k, dir: dir === "desc" ? "desc" : "asc" };
}
