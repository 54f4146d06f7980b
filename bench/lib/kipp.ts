// Deterministic, KIPP-shaped competition data for the ranking benchmarks: categories with quotas, a 12-criterion
// desk rubric on mixed scales (1–10 and 1–3, two optional criteria), a 6-criterion presentation rubric, three desk
// evaluators per entry (a few reviews left incomplete or never submitted) and a five-member panel for the
// finalists. The same data feeds the engine directly and is bulk-loaded into PostgreSQL (bench/lib/load.ts).
import { computeRanking } from "@/lib/scoring";
import type { CompetitionInput, ReviewInput, TieBreaker } from "@/lib/scoring";
import { EXPORT_FORMAT, EXPORT_VERSION, type RankingExport } from "@/lib/scoring/io/schema";
import { rng, type Rng } from "./prng";

export interface BenchCriterion {
  code: string;
  name: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  required: boolean;
}

export interface BenchStage {
  kind: "DESK" | "PRESENTATION";
  weight: number;
  criteria: BenchCriterion[];
}

export interface BenchEntry {
  id: string;
  title: string;
  category: string;
  opd: number;
  /** Whole seconds, so the database round trip keeps it exactly. */
  registeredAt: Date;
}

export interface BenchReview {
  entryId: string;
  stage: "DESK" | "PRESENTATION";
  /** Index into evaluators. */
  evaluator: number;
  /** Submitted and locked; unsubmitted drafts are in the database but not in the ranking. */
  submitted: boolean;
  /** One value per criterion of the stage, in rubric order; null = left empty. */
  values: (number | null)[];
}

export interface BenchCompetition {
  passingGrade: number;
  shortlistSize: number;
  tieBreakers: TieBreaker[];
  stages: BenchStage[];
  categories: { code: string; name: string; quota: number | null }[];
  opds: number;
  entries: BenchEntry[];
  /** Evaluator user ids, sorted, so their export labels are E01, E02… in this order. */
  evaluators: string[];
  reviews: BenchReview[];
}

export interface Size {
  entries: number;
  deskEvaluatorsPerEntry: number;
  finalists: number;
  panel: number;
}

export const KIPP: Size = { entries: 3_000, deskEvaluatorsPerEntry: 3, finalists: 100, panel: 5 };

const DESK_CRITERIA: [string, number, number, boolean][] = [
  // name, weight, scaleMax (scaleMin is 1), required
  ["Latar belakang dan tujuan", 5, 10, true],
  ["Kesesuaian dengan kategori", 3, 3, true],
  ["Kontribusi terhadap SDGs", 4, 10, true],
  ["Deskripsi inovasi", 5, 10, true],
  ["Kebaruan", 10, 10, true],
  ["Signifikansi dan dampak", 10, 10, true],
  ["Kemampuan direplikasi", 6, 3, true],
  ["Sumber daya", 4, 3, true],
  ["Strategi keberlanjutan", 6, 10, true],
  ["Monitoring dan evaluasi", 4, 10, true],
  ["Keterlibatan pemangku kepentingan", 3, 3, false],
  ["Pembelajaran", 2, 10, false],
];

const PRESENTATION_CRITERIA: [string, number, number, boolean][] = [
  ["Penguasaan materi", 3, 10, true],
  ["Kejelasan paparan", 2, 10, true],
  ["Bukti dampak", 3, 10, true],
  ["Jawaban wawancara", 2, 10, true],
  ["Komitmen pimpinan", 1, 3, true],
  ["Rencana pengembangan", 1, 10, true],
];

function rubric(prefix: string, rows: [string, number, number, boolean][]): BenchCriterion[] {
  return rows.map(([name, weight, scaleMax, required], i) => ({
    code: `${prefix}${String(i + 1).padStart(2, "0")}`,
    name,
    weight,
    scaleMin: 1,
    scaleMax,
    required,
  }));
}

/** A value on the criterion's scale around quality q (0–1); half points on the 1–10 scale now and then. */
function value(r: Rng, c: BenchCriterion, q: number): number {
  const x = Math.min(1, Math.max(0, q + r.normal(0.12)));
  const raw = c.scaleMin + x * (c.scaleMax - c.scaleMin);
  const step = c.scaleMax - c.scaleMin >= 9 && r.chance(0.1) ? 0.5 : 1;
  return Math.min(c.scaleMax, Math.max(c.scaleMin, Math.round(raw / step) * step));
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function generate(size: Size, seed = 20_26): BenchCompetition {
  const r = rng(seed + size.entries);
  const stages: BenchStage[] = [
    { kind: "DESK", weight: 70, criteria: rubric("D", DESK_CRITERIA) },
    { kind: "PRESENTATION", weight: 30, criteria: rubric("P", PRESENTATION_CRITERIA) },
  ];
  const [desk, presentation] = stages as [BenchStage, BenchStage];
  const categories = [
    // Quotas reserve 80 % of the shortlist (a floor per group); the rest is open to every group.
    { code: "KHUSUS", name: "Kelompok Khusus", quota: Math.floor(size.finalists * 0.1) },
    { code: "REPLIKASI", name: "Kelompok Replikasi", quota: Math.floor(size.finalists * 0.2) },
    { code: "UMUM", name: "Kelompok Umum", quota: Math.floor(size.finalists * 0.5) },
  ];
  const categoryOf = (x: number) => (x < 0.1 ? "KHUSUS" : x < 0.3 ? "REPLIKASI" : "UMUM");
  const opds = 40;
  const width = String(size.entries).length;
  const start = Date.UTC(2026, 2, 1, 1, 0, 0);
  const entries: BenchEntry[] = Array.from({ length: size.entries }, (_, i) => ({
    id: `bench-entry-${pad(i + 1, width)}`,
    title: `Inovasi Pelayanan ${pad(i + 1, width)}`,
    category: categoryOf(r.next()),
    opd: r.int(0, opds - 1),
    registeredAt: new Date(start + r.int(0, 60 * 24 * 3600) * 1000),
  }));
  // Latent quality per entry and a leniency per evaluator, so scores spread like a real panel's.
  const quality = entries.map(() => Math.min(0.95, Math.max(0.05, 0.55 + r.normal(0.15))));
  const deskPool = Math.max(size.deskEvaluatorsPerEntry, Math.ceil(size.entries / 50));
  const evaluatorCount = deskPool + size.panel;
  const evaluators = Array.from(
    { length: evaluatorCount },
    (_, i) => `bench-user-ev${pad(i + 1, String(evaluatorCount).length)}`,
  );
  const leniency = evaluators.map(() => r.normal(0.05));

  const reviews: BenchReview[] = [];
  entries.forEach((e, i) => {
    const chosen = new Set<number>();
    while (chosen.size < size.deskEvaluatorsPerEntry) chosen.add(r.int(0, deskPool - 1));
    for (const ev of [...chosen].sort((a, b) => a - b)) {
      const q = (quality[i] as number) + (leniency[ev] as number);
      const values = desk.criteria.map((c) => (!c.required && r.chance(0.2) ? null : value(r, c, q)));
      // About 1 % of reviews were submitted with a required criterion empty (incomplete, reported), and about
      // 1 % never submitted (a draft the ranking ignores).
      if (r.chance(0.01)) values[r.int(0, 9)] = null;
      reviews.push({ entryId: e.id, stage: "DESK", evaluator: ev, submitted: !r.chance(0.01), values });
    }
  });

  const comp: BenchCompetition = {
    passingGrade: 70,
    shortlistSize: size.finalists,
    tieBreakers: [
      { kind: "STAGE", stage: "PRESENTATION" },
      { kind: "CRITERION", stage: "DESK", code: "D05" },
      { kind: "SUBMITTED_AT" },
    ],
    stages,
    categories,
    opds,
    entries,
    evaluators,
    reviews,
  };
  // The panel scores the entries the desk stage actually shortlists (computed here once, not timed).
  if (size.finalists > 0 && size.panel > 0) {
    const shortlist = computeRanking(engineInput(comp)).shortlist;
    const byId = new Map(entries.map((e, i) => [e.id, i]));
    for (const id of shortlist) {
      const q = quality[byId.get(id) as number] as number;
      for (let p = 0; p < size.panel; p++) {
        const ev = deskPool + p;
        const values = presentation.criteria.map((c) => value(r, c, q + (leniency[ev] as number)));
        reviews.push({ entryId: id, stage: "PRESENTATION", evaluator: ev, submitted: true, values });
      }
    }
  }
  return comp;
}

/** Export label of evaluator i ("E01"…), as exportCompetition numbers evaluators sorted by id. */
export function label(comp: BenchCompetition, i: number): string {
  return `E${String(i + 1).padStart(Math.max(2, String(comp.evaluators.length).length), "0")}`;
}

/** The engine input exactly as `toEngineInput(await exportCompetition(db, id))` builds it for the loaded data. */
export function engineInput(comp: BenchCompetition): CompetitionInput {
  const stageByKind = new Map(comp.stages.map((s) => [s.kind, s]));
  return {
    passingGrade: comp.passingGrade,
    shortlistSize: comp.shortlistSize,
    aggregation: "MEAN",
    zNormalize: false,
    anonymize: true,
    deskStage: "DESK",
    tieBreakers: comp.tieBreakers,
    stages: comp.stages.map((s) => ({
      kind: s.kind,
      weight: s.weight,
      passFail: false,
      criteria: s.criteria,
    })),
    categories: comp.categories.map((c) => ({ code: c.code, quota: c.quota })),
    entries: comp.entries.map((e) => ({
      id: e.id,
      title: e.title,
      category: e.category,
      submittedAt: e.registeredAt.toISOString(),
      objectionsUpheld: 0,
    })),
    reviews: comp.reviews
      .filter((rv) => rv.submitted)
      .map((rv): ReviewInput => {
        const criteria = (stageByKind.get(rv.stage) as BenchStage).criteria;
        return {
          entryId: rv.entryId,
          stage: rv.stage,
          evaluatorId: label(comp, rv.evaluator),
          values: Object.fromEntries(criteria.map((c, i) => [c.code, rv.values[i] ?? null])),
        };
      }),
  };
}

/** Number of criterion values (scores) the engine reads: what memory should grow linearly with. */
export function scoreCount(input: CompetitionInput): number {
  return input.reviews.reduce((n, r) => n + Object.keys(r.values).length, 0);
}

/** The public ranking export (`npm run ranking`'s input) of the generated competition, as exportCompetition writes it. */
export function exportFile(comp: BenchCompetition): RankingExport {
  const input = engineInput(comp);
  const opd = new Map(comp.entries.map((e) => [e.id, `OPD${String(e.opd + 1).padStart(2, "0")}`]));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    competition: {
      id: "bench-competition",
      name: "Kompetisi Inovasi (bench)",
      year: 2026,
      region: "Kabupaten Bench",
      passingGrade: input.passingGrade,
      shortlistSize: input.shortlistSize,
      aggregation: input.aggregation,
      zNormalize: input.zNormalize,
      anonymize: input.anonymize,
      deskStage: input.deskStage,
      tieBreakers: [...input.tieBreakers],
      exportedAt: "2026-09-01T03:00:00.000Z",
    },
    stages: comp.stages.map((s) => ({
      kind: s.kind,
      weight: s.weight,
      passFail: false,
      criteria: s.criteria,
    })),
    categories: comp.categories,
    entries: input.entries.map((e) => ({
      id: e.id,
      title: e.title ?? e.id,
      opd: opd.get(e.id) as string,
      category: e.category,
      submittedAt: e.submittedAt,
      objectionsUpheld: 0,
    })),
    reviews: input.reviews.map((r) => ({
      entryId: r.entryId,
      stage: r.stage,
      evaluator: r.evaluatorId,
      values: r.values as Record<string, number | null>,
    })),
    overrides: [],
  };
}
