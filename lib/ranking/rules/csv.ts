// Header and rows of the ranking CSV (lib/files/csv.ts writes them); scores exact to 2 decimals, as on the page.
import { formatScore } from "@/lib/scoring";
import type { RankingExport } from "@/lib/scoring/io/schema";
import type { RankingOutput } from "@/lib/scoring/types";
import { rankingRows, scoredStages } from "./rows";

interface CsvLabels {
  column: (key: string) => string;
  yes: string;
  no: string;
  status: (s: string) => string;
  via: (v: string) => string;
  kind: (k: string) => string;
  ignored: string;
  tieBreak: (label: string) => string;
  stage: (s: string) => string;
}

const score = (x: number | null) => (x === null ? "" : formatScore(x));

/** `live`: the live ranking's file and output (liveRanking in lib/ranking/queries.ts). */
export function rankingCsv(live: { file: RankingExport; output: RankingOutput }, view: string, l: CsvLabels) {
  const rows = rankingRows(live.file, live.output, view);
  if (!rows) return null;
  const stages = scoredStages(live.file);
  const header = [
    l.column("rank"),
    l.column("computedRank"),
    l.column("title"),
    l.column("opd"),
    l.column("category"),
    ...stages.map(l.stage),
    l.column("total"),
    l.column("passed"),
    l.column("shortlisted"),
    l.column("incomplete"),
    l.column("disagreement"),
    l.column("tieBreak"),
    l.column("status"),
    l.column("override"),
  ];
  return {
    view,
    header,
    rows: rows.map((r) => [
      r.rank ?? "",
      r.computedRank ?? "",
      r.title,
      r.opd,
      r.category,
      ...stages.map((s) => score(r.scores[s] ?? null)),
      score(r.total),
      r.passed ? l.yes : l.no,
      r.shortlisted ? `${l.yes}${r.via ? ` (${l.via(r.via)})` : ""}` : l.no,
      r.incompleteReviews,
      score(r.disagreement),
      r.tieBreak ? l.tieBreak(r.tieBreak) : "",
      l.status(r.status),
      r.overrides
        .map((o) => `${l.kind(o.kind)}${o.status === "IGNORED" ? ` ${l.ignored}` : ""}: ${o.reason}`)
        .join("; "),
    ]),
  };
}
