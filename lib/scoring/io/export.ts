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

type Num = number;
/** The competition's settings, rubric, categories and overrides in force, as configSql returns them. */
interface ConfigRow {
  competition: {
    id: string;
    name: string;
    year: number;
    region: string;
    passingGrade: Num;
    shortlistSize: number;
    aggregation: RankingExport["competition"]["aggregation"];
    zNormalize: boolean;
    anonymize: boolean;
    tieBreakers: unknown;
  } | null;
  stages: {
    id: string;
    kind: string;
    weight: Num;
    passFail: boolean;
    criteria: {
      code: string;
      name: string;
      weight: Num;
      scaleMin: number;
      scaleMax: number;
      required: boolean;
      position: number;
    }[];
  }[];
  categories: { code: string; name: string; quota: number | null }[];
  overrides: {
    entryId: string;
    kind: RankingExport["overrides"][number]["kind"];
    targetRank: number | null;
    reason: string;
  }[];
}
/** One exported entry as entriesSql returns it (a JSON array per entry). */
type EntryRow = [
  id: string,
  submittedAtMs: number,
  category: string,
  snapshotTitle: unknown,
  title: string,
  opd: string,
  objectionsUpheld: number,
];
/** One submitted, locked review: its scores as { criterion code: value } and whether all belong to its stage. */
type ReviewRow = [
  entryId: string,
  stageId: string,
  evaluatorId: string,
  verdict: boolean | null,
  values: Record<string, number | null> | null,
  sameStage: boolean | null,
];

/*
 * Three statements, each returning JSON text aggregated by PostgreSQL that one JSON.parse reads: at KIPP size (9,400
 * reviews, 107,000 scores) decoding rows through Prisma, every value a Decimal, cost several times the database's
 * own time, and every further statement a round trip (docs/benchmarks.md). A numeric column becomes a JSON number
 * with the digits PostgreSQL stores, so JSON.parse gives the double Number(value) and Decimal#toNumber() give (a
 * float8 cast would shorten the text but costs the database more than it saves). One statement reading everything
 * was measured slower than these three.
 */
const statuses = () => [...EXPORTED_ENTRY_STATUSES];

/** Settings, rubric, categories and overrides in force: small, one row of JSON columns. */
function configSql(competitionId: string) {
  return Prisma.sql`
    SELECT
      (SELECT json_build_object(
                'id', c."id", 'name', c."name", 'year', c."year", 'region', r."name",
                'passingGrade', c."passingGrade", 'shortlistSize', c."shortlistSize",
                'aggregation', c."aggregation", 'zNormalize', c."zNormalize",
                'anonymize', c."hideEvaluatorNames", 'tieBreakers', c."tieBreakers")
       FROM "Competition" c JOIN "Region" r ON r."id" = c."regionId"
       WHERE c."id" = ${competitionId}) AS competition,
      -- Stages in the order of their kind (the enum's: the workflow's order).
      (SELECT coalesce(json_agg(json_build_object(
                'id', st."id", 'kind', st."kind", 'weight', st."weight", 'passFail', st."passFail",
                'criteria', (SELECT coalesce(json_agg(json_build_object(
                                      'code', k."code", 'name', k."name", 'weight', k."weight",
                                      'scaleMin', k."scaleMin", 'scaleMax', k."scaleMax",
                                      'required', k."required", 'position', k."position")), '[]')
                             FROM "Criterion" k WHERE k."stageId" = st."id")
              ) ORDER BY st."kind"), '[]')
       FROM "CompetitionStage" st WHERE st."competitionId" = ${competitionId}) AS stages,
      (SELECT coalesce(json_agg(json_build_object('code', g."code", 'name', g."name", 'quota', g."quota")), '[]')
       FROM "CompetitionCategory" g WHERE g."competitionId" = ${competitionId}) AS categories,
      (SELECT coalesce(json_agg(json_build_object(
                'entryId', ov."entryId", 'kind', ov."kind", 'targetRank', ov."targetRank", 'reason', ov."reason"
              ) ORDER BY ov."createdAt", ov."id"), '[]')
       FROM "Override" ov JOIN "Entry" e ON e."id" = ov."entryId"
       WHERE ov."competitionId" = ${competitionId} AND ov."revokedAt" IS NULL
         AND e."status"::text = ANY(${statuses()}::text[])) AS overrides`;
}

function entriesSql(competitionId: string) {
  return Prisma.sql`
    SELECT coalesce(json_agg(json_build_array(
             e."id",
             (extract(epoch FROM e."registeredAt") * 1000)::bigint,
             cat."code",
             v."snapshot" -> 'title',
             i."title",
             o."shortName",
             coalesce(ob.n, 0)
           )), '[]')::text AS rows
    FROM "Entry" e
    JOIN "CompetitionCategory" cat ON cat."id" = e."categoryId"
    JOIN "InnovationVersion" v ON v."id" = e."versionId"
    JOIN "Innovation" i ON i."id" = e."innovationId"
    JOIN "Opd" o ON o."id" = i."opdId"
    LEFT JOIN (SELECT "entryId", count(*) AS n FROM "Objection" WHERE "status" = 'UPHELD' GROUP BY "entryId") ob
      ON ob."entryId" = e."id"
    WHERE e."competitionId" = ${competitionId} AND e."status"::text = ANY(${statuses()}::text[])`;
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
                a."entryId", a."stageId", a."evaluatorId", r."verdict", sc."values", sc."sameStage"
              )), '[]')
       FROM assigned a
       JOIN "Review" r ON r."assignmentId" = a."id"
       LEFT JOIN LATERAL (
         SELECT json_object_agg(c."code", s."value") AS "values",
                bool_and(c."stageId" = a."stageId") AS "sameStage"
         FROM "Score" s JOIN "Criterion" c ON c."id" = s."criterionId"
         WHERE s."assignmentId" = a."id"
       ) sc ON true
       WHERE a."status"::text = ANY(${statuses()}::text[])
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

interface ExportOptions {
  /** exportedAt; the current time by default. */
  now?: Date;
  /**
   * Validate the whole export against the file's schema (default). The live ranking passes false: the reviews are
   * then not parsed by the schema, since they go straight to the engine, whose prepare() checks every value and
   * reference again and throws on any problem; a second pass over 100,000 values would only repeat it. The rest
   * of the file is parsed either way. Files that leave the server (publication, download) are always validated.
   */
  validate?: boolean;
  /** `db` is an interactive transaction's client: read in that transaction (under the caller's lock). */
  inTransaction?: boolean;
}

/** The export's reads (see above), as lazy Prisma promises. */
function reads(db: Db | Prisma.TransactionClient, competitionId: string) {
  return [
    db.$queryRaw<ConfigRow[]>(configSql(competitionId)),
    db.$queryRaw<{ rows: string }[]>(entriesSql(competitionId)),
    db.$queryRaw<{ evaluators: string; rows: string }[]>(reviewsSql(competitionId)),
  ] as const;
}

type Reads = ReturnType<typeof reads>;
type ReadResults = { -readonly [K in keyof Reads]: Awaited<Reads[K]> };

/**
 * Runs the reads in one REPEATABLE READ transaction of their own, or, given a transaction (a caller that must
 * read and write under one lock, such as shortlist generation), in that one, in order.
 *
 * Which one is said by the caller (`inTransaction`), not guessed from the client: Prisma's interactive transaction
 * client has a `$transaction` too, and calling it opens a second transaction on another connection, outside the
 * caller's lock (and with every connection of the pool taken by
 * transactions waiting for that lock, such a read waits until Prisma gives up).
 */
async function runReads(
  db: Db | Prisma.TransactionClient,
  competitionId: string,
  inTransaction: boolean,
): Promise<ReadResults> {
  const queries = reads(db, competitionId);
  if (!inTransaction) {
    // Prisma's default 5 s limit is too short for a KIPP-sized competition on a busy server (npm run bench).
    return (await (db as Db).$transaction([...queries], {
      isolationLevel: "RepeatableRead",
      timeout: 60_000,
    })) as unknown as ReadResults;
  }
  const results: unknown[] = [];
  for (const q of queries) results.push(await q);
  return results as unknown as ReadResults;
}

/**
 * The competition's ranking export. Given a top-level client, it reads in a snapshot of its own; given an
 * interactive transaction's client, it must be told (`{ inTransaction: true }`) and reads in that transaction.
 */
export async function exportCompetition(
  db: Db | Prisma.TransactionClient,
  competitionId: string,
  opts: ExportOptions = {},
): Promise<RankingExport> {
  const [[config], entryResult, reviewResult] = await runReads(
    db,
    competitionId,
    opts.inTransaction ?? false,
  );
  const competition = config?.competition;
  if (!config || !competition) throw new Error(`Competition "${competitionId}" not found`);
  const { stages: stageRows, categories, overrides } = config;
  const entryRows = parseRows<EntryRow>(entryResult);
  const reviewRows = parseRows<ReviewRow>(reviewResult);

  // Evaluation stages only: scored stages with a rubric, pass/fail stages, and any weighted stage (a weighted
  // stage without criteria is a configuration error the engine reports). REGISTRATION, SCREENING… are left out.
  const stages = stageRows.filter((s) => s.passFail || s.criteria.length > 0 || s.weight > 0);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const labels = evaluatorLabels(JSON.parse(reviewResult[0]?.evaluators ?? "[]") as string[]);
  // Each stage's criterion codes in rubric order, sorted once rather than once per review.
  const rubricCodes = new Map(stages.map((s) => [s.id, rubric(s.criteria).map((c) => c.code)]));

  const reviews = [];
  for (const [entryId, stageId, evaluatorId, verdict, scores, sameStage] of reviewRows) {
    const stage = stageById.get(stageId);
    if (!stage) continue;
    // The database refuses such a score (trigger "Score_within_scale"); checked again so an export never lies.
    if (sameStage === false)
      throw new Error(
        `The ${stage.kind} review of entry "${entryId}" has a score for a criterion of another stage`,
      );
    // Every criterion of the stage, in rubric order; null when the evaluator left it empty.
    const codes = rubricCodes.get(stageId)!;
    let values: Record<string, number | null>;
    if (scores !== null && inOrder(scores, codes)) {
      values = scores; // already exactly that (the usual case: one score row per criterion, read in rubric order)
    } else {
      // No prototype: a criterion coded "__proto__" is then an ordinary key, not a prototype assignment.
      values = Object.create(null) as Record<string, number | null>;
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
      region: competition.region,
      passingGrade: competition.passingGrade,
      shortlistSize: competition.shortlistSize,
      aggregation: competition.aggregation,
      zNormalize: competition.zNormalize,
      anonymize: competition.anonymize,
      deskStage: DESK_STAGE,
      tieBreakers: competition.tieBreakers,
      exportedAt: (opts.now ?? new Date()).toISOString(),
    },
    stages: stages.map((s) => ({
      kind: s.kind,
      weight: s.weight,
      passFail: s.passFail,
      criteria: rubric(s.criteria).map((c) => ({
        code: c.code,
        name: c.name,
        weight: c.weight,
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        required: c.required,
      })),
    })),
    categories: categories
      .map((c) => ({ code: c.code, name: c.name, quota: c.quota }))
      .sort(byId((c) => c.code)),
    entries: entryRows
      .map(([id, submittedAtMs, category, snapshot, title, opd, objectionsUpheld]) => ({
        id,
        title: typeof snapshot === "string" && snapshot.trim() !== "" ? snapshot : title,
        opd,
        category,
        submittedAt: new Date(submittedAtMs).toISOString(),
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
