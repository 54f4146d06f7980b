// The snapshot a publication stores: pure, built from the public scoring-input export and the engine's output, so
// the page, the JSON endpoint, the PDFs and anyone re-running `npm run ranking` on `input` read the same facts.
import type { FinalStatus, RankingOutput } from "@/lib/scoring/types";
import type { RankingExport } from "@/lib/scoring/io/schema";

const PUBLICATION_FORMAT = "inovasi-daerah/publication";
const PUBLICATION_VERSION = 1;

export type RegionKind = "PROVINSI" | "KABUPATEN" | "KOTA";
const AWARD_LEVELS: Record<RegionKind, string> = {
  PROVINSI: "Provinsi",
  KABUPATEN: "Kabupaten",
  KOTA: "Kota",
};
const KIND_WORD = /^(provinsi|kabupaten|kota)\s+/i;

/** The level of the awards a competition gives, from its region's kind, as the catalogue and documents show it. */
export function awardLevel(kind: RegionKind): string {
  return AWARD_LEVELS[kind];
}

/** The region's name without the word of its kind: "Kabupaten Lestari Jaya" → "Lestari Jaya". */
export function placeName(regionName: string): string {
  return regionName.trim().replace(KIND_WORD, "");
}

/**
 * The level with the region's name, as the documents name it: "Tingkat Provinsi Jawa Tengah". A name that begins
 * with its kind ("Kabupaten Lestari Jaya") does not repeat it.
 */
export function awardLevelTitle(kind: RegionKind, regionName: string): string {
  return `Tingkat ${awardLevel(kind)} ${placeName(regionName)}`;
}

/** Entry statuses that hold a place on the shortlist (before and after a publication). */
export const SHORTLIST_STATUSES = ["SHORTLISTED", "FINALIST", "WINNER"] as const;

export interface RankingRow {
  finalRank: number | null;
  computedRank: number | null;
  entryId: string;
  title: string;
  opd: string;
  category: string;
  total: number | null;
  stageScores: Record<string, number | null>;
  status: FinalStatus;
  tieBreak: string | null;
  overrideReason: string | null;
  award: string | null;
}

export interface Winner {
  category: string;
  label: string;
  entryId: string;
  title: string;
  opd: string;
  finalRank: number;
}

interface ObjectionSummary {
  reference: string;
  entryId: string;
  status: string;
  consequence: string | null;
}

interface CategoryInfo {
  code: string;
  name: string;
  quota: number | null;
  awardLabels: string[];
}

export interface PublicationContent {
  format: typeof PUBLICATION_FORMAT;
  version: typeof PUBLICATION_VERSION;
  publication: { number: number; publishedAt: string; reason: string | null; supersedes: number | null };
  competition: { id: string; name: string; year: number; region: string };
  settings: {
    passingGrade: number;
    shortlistSize: number;
    aggregation: string;
    zNormalize: boolean;
    deskStage: string;
    stages: {
      kind: string;
      weight: number;
      passFail: boolean;
      criteria: {
        code: string;
        name: string;
        weight: number;
        scaleMin: number;
        scaleMax: number;
        required: boolean;
      }[];
    }[];
    tieBreakers: RankingExport["competition"]["tieBreakers"];
  };
  categories: CategoryInfo[];
  ranking: RankingRow[];
  winners: Winner[];
  objections: ObjectionSummary[];
  /** The public scoring input: `npm run ranking` on this object reproduces the ranking. */
  input: RankingExport;
}

/**
 * Award labels per category, given in final-rank order to the category's ranked entries that still hold a
 * shortlist place (`eligible`): the first gets the category's first label, and so on until labels run out.
 */
export function assignAwards(
  final: readonly { entryId: string; category: string; status: FinalStatus; finalRank: number | null }[],
  categories: readonly { code: string; awardLabels: readonly string[] }[],
  eligible: (entryId: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of categories) {
    const ranked = final
      .filter(
        (f) => f.category === c.code && f.status === "RANKED" && f.finalRank !== null && eligible(f.entryId),
      )
      .sort((a, b) => a.finalRank! - b.finalRank!);
    ranked.slice(0, c.awardLabels.length).forEach((f, i) => out.set(f.entryId, c.awardLabels[i]!));
  }
  return out;
}

export function buildContent(input: {
  file: RankingExport;
  output: RankingOutput;
  categories: readonly CategoryInfo[];
  eligible: (entryId: string) => boolean;
  objections: readonly ObjectionSummary[];
  publication: PublicationContent["publication"];
}): PublicationContent {
  const { file, output } = input;
  const entries = new Map(file.entries.map((e) => [e.id, e]));
  const awards = assignAwards(output.final, input.categories, input.eligible);
  const ranking: RankingRow[] = output.final.map((f) => {
    const e = entries.get(f.entryId);
    return {
      finalRank: f.finalRank,
      computedRank: f.computedRank,
      entryId: f.entryId,
      title: e?.title ?? f.entryId,
      opd: e?.opd ?? "",
      category: f.category,
      total: f.total,
      stageScores: f.stageScores,
      status: f.status,
      tieBreak: f.tieBreak,
      overrideReason: f.override?.status === "APPLIED" ? f.override.reason : (f.disqualifyReason ?? null),
      award: awards.get(f.entryId) ?? null,
    };
  });
  const order = new Map(input.categories.map((c, i) => [c.code, i]));
  const winners: Winner[] = ranking
    .filter((r) => r.award !== null && r.finalRank !== null)
    .map((r) => ({
      category: r.category,
      label: r.award!,
      entryId: r.entryId,
      title: r.title,
      opd: r.opd,
      finalRank: r.finalRank!,
    }))
    .sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) || a.finalRank - b.finalRank);
  const c = file.competition;
  return {
    format: PUBLICATION_FORMAT,
    version: PUBLICATION_VERSION,
    publication: input.publication,
    competition: { id: c.id, name: c.name, year: c.year, region: c.region },
    settings: {
      passingGrade: c.passingGrade,
      shortlistSize: c.shortlistSize,
      aggregation: c.aggregation,
      zNormalize: c.zNormalize,
      deskStage: c.deskStage,
      stages: file.stages.map((s) => ({
        kind: s.kind,
        weight: s.weight,
        passFail: s.passFail,
        criteria: s.criteria.map((k) => ({ ...k })),
      })),
      tieBreakers: c.tieBreakers,
    },
    categories: input.categories.map((k) => ({ ...k, awardLabels: [...k.awardLabels] })),
    ranking,
    winners,
    objections: [...input.objections],
    input: file,
  };
}
