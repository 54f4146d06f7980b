// Reads a competition from PostgreSQL and builds its public scoring-input export (schema.ts). Server-side, but
// without "server-only" so the command line and tests can use it. Six queries (none in a loop) in one REPEATABLE
// READ transaction (or the caller's), so a review submitted during the export is either wholly in it or wholly out. See
// docs/ranking-export.md for what is included and why.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { compareIds } from "../numeric";
import { EXPORT_FORMAT, EXPORT_VERSION, issuePath, rankingExportSchema, type RankingExport } from "./schema";

/** Entry statuses that passed screening; REGISTERED, SCREENED_FAIL and RETURNED entries are not ranked. */
export const EXPORTED_ENTRY_STATUSES = [
  "SCREENED_PASS",
  "SHORTLISTED",
  "FINALIST",
  "WINNER",
  "DISQUALIFIED",
] as const;

/** The engine's desk stage; the competition schema has no setting for it. */
export const DESK_STAGE = "DESK";

type Decimalish = { toNumber(): number } | number;
const num = (d: Decimalish): number => (typeof d === "number" ? d : d.toNumber());

const byId =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    compareIds(key(a), key(b));

/** "E01", "E02"… numbered by ascending evaluator id; at least two digits, more when there are ≥ 100 evaluators. */
export function evaluatorLabels(evaluatorIds: Iterable<string>): Map<string, string> {
  const ids = [...new Set(evaluatorIds)].sort(compareIds);
  const digits = Math.max(2, String(ids.length).length);
  return new Map(ids.map((id, i) => [id, `E${String(i + 1).padStart(digits, "0")}`]));
}

/** Rubric order; the code breaks ties in code-unit order, independent of the database collation. */
function rubric<T extends { position: number; code: string }>(criteria: readonly T[]): T[] {
  return [...criteria].sort((a, b) => a.position - b.position || compareIds(a.code, b.code));
}

/** One exported entry as the entries query returns it (a JSON array per entry, see ENTRIES_SQL). */
type EntryRow = [
  id: string,
  submittedAt: string,
  category: string,
  snapshotTitle: unknown,
  title: string,
  opd: string,
  objectionsUpheld: number,
];
/** One submitted, locked review: its scores as { criterion code: value } and whether all belong to its stage. */
type ReviewRow = [
  assignmentId: string,
  entryId: string,
  stageId: string,
  evaluatorId: string,
  verdict: boolean | null,
  values: Record<string, number | null> | null,
  sameStage: boolean | null,
];

/**
 * Entries and reviews are each read as ONE JSON text aggregated by PostgreSQL and parsed with one JSON.parse: at KIPP
 * size (9,400 reviews, 107,000 scores) decoding the scores row by row through Prisma, every value a Decimal, cost
 * several times the database's own time (docs/benchmarks.md). A numeric value becomes a JSON number with the
 * digits PostgreSQL stores, so JSON.parse gives the same double as Number(value) and Decimal#toNumber().
 */
function entriesSql(competitionId: string) {
  return Prisma.sql`
    SELECT coalesce(json_agg(json_build_array(
             e."id",
             to_char(e."registeredAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             cat."code",
             v."snapshot" -> 'title',
             i."title",
             o."shortName",
             (SELECT count(*) FROM "Objection" ob WHERE ob."entryId" = e."id" AND ob."status" = 'UPHELD')
           )), '[]')::text AS rows
    FROM "Entry" e
    JOIN "CompetitionCategory" cat ON cat."id" = e."categoryId"
    JOIN "InnovationVersion" v ON v."id" = e."versionId"
    JOIN "Innovation" i ON i."id" = e."innovationId"
    JOIN "Opd" o ON o."id" = i."opdId"
    WHERE e."competitionId" = ${competitionId} AND e."status"::text = ANY(${[...EXPORTED_ENTRY_STATUSES]}::text[])`;
}

/** Every evaluator assigned in the competition (for the labels) and its submitted, locked reviews, in one statement. */
function reviewsSql(competitionId: string) {
  return Prisma.sql`
    WITH assigned AS (
      SELECT a."id", a."entryId", a."stageId", a."evaluatorId", e."status"
      FROM "Assignment" a JOIN "Entry" e ON e."id" = a."entryId"
      WHERE e."competitionId" = ${competitionId}
    )
    SELECT
      (SELECT coalesce(json_agg(DISTINCT "evaluatorId"), '[]') FROM assigned)::text AS evaluators,
      (SELECT coalesce(json_agg(json_build_array(
                a."id", a."entryId", a."stageId", a."evaluatorId", r."verdict", sc."values", sc."sameStage"
              )), '[]')
       FROM assigned a
       JOIN "Review" r ON r."assignmentId" = a."id"
       LEFT JOIN LATERAL (
         SELECT json_object_agg(c."code", s."value") AS "values", bool_and(c."stageId" = a."stageId") AS "sameStage"
         FROM "Score" s JOIN "Criterion" c ON c."id" = s."criterionId"
         WHERE s."assignmentId" = a."id"
       ) sc ON true
       WHERE a."status"::text = ANY(${[...EXPORTED_ENTRY_STATUSES]}::text[])
         AND r."submittedAt" IS NOT NULL AND r."locked")::text AS rows`;
}

/** Whether an object's own keys are exactly `codes`, in that order, each with a number or null. */
function inOrder(values: Record<string, number | null>, codes: readonly string[]): boolean {
  let i = 0;
  for (const key in values) {
    if (!Object.hasOwn(values, key) || key !== codes[i]) return false;
    const v = values[key];
    if (v !== null && typeof v !== "number") return false;
    i++;
  }
  return i === codes.length;
}

const parseRows = <T>(result: { rows: string }[]): T[] => JSON.parse(result[0]?.rows ?? "[]") as T[];

export interface ExportOptions {
  /** exportedAt; the current time by default. */
  now?: Date;
  /**
   * Validate the whole export against the file's schema (default). The live ranking passes false: the reviews are
   * then not parsed by the schema, since they go straight to the engine, whose prepare() checks every value and
   * reference again and throws on any problem; a second pass over 100,000 values would only repeat it. The rest
   * of the file is parsed either way. Files that leave the server (publication, download) are always validated.
   */
  validate?: boolean;
}

/**
 * The export's reads. Flat queries, at most one relation each: Prisma runs sibling relations of one query
 * concurrently, which on a transaction's single connection is deprecated by pg (prisma/orm#29979). (Measured: one
 * statement reading everything at once was slower than these, docs/benchmarks.md.)
 */
function reads(db: Db | Prisma.TransactionClient, competitionId: string) {
  const exported = { competitionId, status: { in: [...EXPORTED_ENTRY_STATUSES] } };
  return [
    db.competition.findUnique({
      where: { id: competitionId },
      include: { region: { select: { name: true } } },
    }),
    db.competitionStage.findMany({
      where: { competitionId },
      orderBy: { kind: "asc" },
      include: { criteria: true },
    }),
    db.competitionCategory.findMany({ where: { competitionId } }),
    db.$queryRaw<{ rows: string }[]>(entriesSql(competitionId)),
    // Every evaluator assigned in the competition, submitted or not, so labels do not shift as reviews arrive.
    db.$queryRaw<{ evaluators: string; rows: string }[]>(reviewsSql(competitionId)),
    db.override.findMany({
      where: { competitionId, revokedAt: null, entry: exported },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { entryId: true, kind: true, targetRank: true, reason: true },
    }),
  ] as const;
}

type Reads = ReturnType<typeof reads>;
type ReadResults = { -readonly [K in keyof Reads]: Awaited<Reads[K]> };

/**
 * Runs the reads in one REPEATABLE READ transaction of their own, or, given a transaction (a caller that must
 * read and write under one lock, such as shortlist generation), in that one, in order.
 */
async function runReads(db: Db | Prisma.TransactionClient, competitionId: string): Promise<ReadResults> {
  const queries = reads(db, competitionId);
  if ("$transaction" in db) {
    // Prisma's default 5 s limit is too short for a KIPP-sized competition on a busy server (npm run bench).
    return (await db.$transaction([...queries], {
      isolationLevel: "RepeatableRead",
      timeout: 60_000,
    })) as unknown as ReadResults;
  }
  const results: unknown[] = [];
  for (const q of queries) results.push(await q);
  return results as unknown as ReadResults;
}

export async function exportCompetition(
  db: Db | Prisma.TransactionClient,
  competitionId: string,
  opts: ExportOptions = {},
): Promise<RankingExport> {
  const [competition, stageRows, categories, entryResult, reviewResult, overrides] = await runReads(
    db,
    competitionId,
  );
  if (!competition) throw new Error(`Competition "${competitionId}" not found`);
  const entryRows = parseRows<EntryRow>(entryResult);
  const reviewRows = parseRows<ReviewRow>(reviewResult);

  // Evaluation stages only: scored stages with a rubric, pass/fail stages, and any weighted stage (a weighted
  // stage without criteria is a configuration error the engine reports). REGISTRATION, SCREENING… are left out.
  const stages = stageRows.filter((s) => s.passFail || s.criteria.length > 0 || num(s.weight) > 0);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const labels = evaluatorLabels(JSON.parse(reviewResult[0]?.evaluators ?? "[]") as string[]);
  // Each stage's criterion codes in rubric order, sorted once rather than once per review.
  const rubricCodes = new Map(stages.map((s) => [s.id, rubric(s.criteria).map((c) => c.code)]));

  const reviews = [];
  for (const [assignmentId, entryId, stageId, evaluatorId, verdict, scores, sameStage] of reviewRows) {
    const stage = stageById.get(stageId);
    if (!stage) continue;
    // The database refuses such a score (trigger "Score_within_scale"); checked again so an export never lies.
    if (sameStage === false)
      throw new Error(`Assignment "${assignmentId}" has a score for a criterion of another stage`);
    // Every criterion of the stage, in rubric order; null when the evaluator left it empty.
    const codes = rubricCodes.get(stageId)!;
    let values: Record<string, number | null>;
    if (scores !== null && inOrder(scores, codes)) {
      values = scores; // already exactly that (the usual case: one score row per criterion, read in rubric order)
    } else {
      values = {};
      for (const code of codes) {
        const v = scores !== null && Object.hasOwn(scores, code) ? scores[code] : null;
        values[code] = v ?? null;
      }
    }
    reviews.push({
      entryId,
      stage: stage.kind as string,
      evaluator: labels.get(evaluatorId)!,
      values,
      // A pass/fail stage (field verification) counts the evaluator's verdict, given when the review was sent.
      ...(stage.passFail ? { passed: verdict } : {}),
    });
  }
  reviews.sort(
    (a, b) =>
      compareIds(a.entryId, b.entryId) ||
      compareIds(a.stage, b.stage) ||
      compareIds(a.evaluator, b.evaluator),
  );

  const draft = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    competition: {
      id: competition.id,
      name: competition.name,
      year: competition.year,
      region: competition.region.name,
      passingGrade: num(competition.passingGrade),
      shortlistSize: competition.shortlistSize,
      aggregation: competition.aggregation,
      zNormalize: competition.zNormalize,
      anonymize: competition.hideEvaluatorNames,
      deskStage: DESK_STAGE,
      tieBreakers: competition.tieBreakers,
      exportedAt: (opts.now ?? new Date()).toISOString(),
    },
    stages: stages.map((s) => ({
      kind: s.kind,
      weight: num(s.weight),
      passFail: s.passFail,
      criteria: rubric(s.criteria).map((c) => ({
        code: c.code,
        name: c.name,
        weight: num(c.weight),
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        required: c.required,
      })),
    })),
    categories: categories
      .map((c) => ({ code: c.code, name: c.name, quota: c.quota }))
      .sort(byId((c) => c.code)),
    entries: entryRows
      .map(([id, submittedAt, category, snapshot, title, opd, objectionsUpheld]) => ({
        id,
        title: typeof snapshot === "string" && snapshot.trim() !== "" ? snapshot : title,
        opd,
        category,
        submittedAt,
        objectionsUpheld,
      }))
      .sort(byId((e) => e.id)),
    reviews,
    // Stable sort: overrides of one entry keep their creation order (two of a group make the file invalid anyway).
    overrides: [...overrides]
      .sort(byId((o) => o.entryId))
      .map((o) =>
        o.kind === "MOVE"
          ? { entryId: o.entryId, kind: o.kind, targetRank: o.targetRank, reason: o.reason }
          : { entryId: o.entryId, kind: o.kind, reason: o.reason },
      ),
  };

  // The export must always be a valid file: fail loudly here rather than publish one the command rejects. Without
  // full validation, everything but the reviews is still parsed (cheap, and the competition's tie-breakers come
  // from a JSON column); the reviews are left to the engine's own checks.
  const parsed = rankingExportSchema.safeParse(opts.validate === false ? { ...draft, reviews: [] } : draft);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`).join("; ");
    throw new Error(`Competition "${competitionId}" cannot be exported: ${problems}`);
  }
  return opts.validate === false
    ? { ...parsed.data, reviews: draft.reviews as RankingExport["reviews"] }
    : parsed.data;
}
