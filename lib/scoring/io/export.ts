// Reads a competition from PostgreSQL and builds its public scoring-input export (schema.ts). Server-side, but
// without "server-only" so the command line and tests can use it. Eleven queries (none in a loop) in one REPEATABLE
// READ transaction, so a review submitted during the export is either wholly in it or wholly out. See
// docs/ranking-export.md for what is included and why.
import type { Db } from "@/lib/db/client";
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

function snapshotTitle(snapshot: unknown): string | null {
  if (snapshot === null || typeof snapshot !== "object" || Array.isArray(snapshot)) return null;
  const title = (snapshot as Record<string, unknown>).title;
  return typeof title === "string" && title.trim() !== "" ? title : null;
}

export async function exportCompetition(
  db: Db,
  competitionId: string,
  opts: { now?: Date } = {},
): Promise<RankingExport> {
  const exported = { competitionId, status: { in: [...EXPORTED_ENTRY_STATUSES] } };
  const submitted = { entry: exported, review: { is: { submittedAt: { not: null }, locked: true } } };
  // Flat queries, at most one relation each: Prisma runs sibling relations of one query concurrently, which on a
  // transaction's single connection is deprecated by pg (prisma/orm#29979). The array form runs them in order.
  const [
    competition,
    stageRows,
    categories,
    entryRows,
    innovations,
    versions,
    upheld,
    evaluators,
    assignments,
    scoreRows,
    overrides,
    verdicts,
  ] = await db.$transaction(
    [
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
      db.entry.findMany({
        where: exported,
        select: { id: true, registeredAt: true, categoryId: true, innovationId: true, versionId: true },
      }),
      db.innovation.findMany({
        where: { entries: { some: exported } },
        select: { id: true, title: true, opd: { select: { shortName: true } } },
      }),
      db.innovationVersion.findMany({
        where: { entries: { some: exported } },
        select: { id: true, snapshot: true },
      }),
      db.objection.groupBy({
        by: ["entryId"],
        where: { status: "UPHELD", entry: exported },
        _count: { _all: true },
      }),
      // Every evaluator assigned in the competition, submitted or not, so labels do not shift as reviews arrive.
      db.assignment.findMany({
        where: { entry: { competitionId } },
        distinct: ["evaluatorId"],
        select: { evaluatorId: true },
      }),
      db.assignment.findMany({
        where: submitted,
        select: { id: true, entryId: true, evaluatorId: true, stageId: true },
      }),
      // The scores of those assignments as one flat query with the same filter (joins in the database), not as a
      // relation: Prisma would fetch them with one bound parameter per assignment id (9,000+ at KIPP size).
      db.score.findMany({
        where: { assignment: submitted },
        select: { assignmentId: true, criterionId: true, value: true },
      }),
      db.override.findMany({
        where: { competitionId, revokedAt: null, entry: exported },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { entryId: true, kind: true, targetRank: true, reason: true },
      }),
      // Verdicts of pass/fail stages (field verification), given when a review is sent.
      db.review.findMany({
        where: {
          submittedAt: { not: null },
          locked: true,
          verdict: { not: null },
          assignment: { entry: exported },
        },
        select: { assignmentId: true, verdict: true },
      }),
    ],
    // Prisma's default 5 s limit is too short for a KIPP-sized competition on a busy server (npm run bench).
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
  if (!competition) throw new Error(`Competition "${competitionId}" not found`);
  const categoryById = new Map(categories.map((c) => [c.id, c.code]));
  const innovationById = new Map(innovations.map((i) => [i.id, i]));
  const snapshotById = new Map(versions.map((v) => [v.id, v.snapshot]));
  const upheldByEntry = new Map(upheld.map((o) => [o.entryId, o._count._all]));
  const verdictByAssignment = new Map(verdicts.map((r) => [r.assignmentId, r.verdict]));

  // Evaluation stages only: scored stages with a rubric, pass/fail stages, and any weighted stage (a weighted
  // stage without criteria is a configuration error the engine reports). REGISTRATION, SCREENING… are left out.
  const stages = stageRows.filter((s) => s.passFail || s.criteria.length > 0 || num(s.weight) > 0);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const criterionById = new Map(
    stages.flatMap((s) => s.criteria.map((c) => [c.id, { stageId: s.id, code: c.code }] as const)),
  );
  const labels = evaluatorLabels(evaluators.map((a) => a.evaluatorId));
  // Each stage's criterion codes in rubric order, sorted once rather than once per review.
  const rubricCodes = new Map(stages.map((s) => [s.id, rubric(s.criteria).map((c) => c.code)]));
  const scoresByAssignment = new Map<string, (typeof scoreRows)[number][]>();
  for (const s of scoreRows) {
    const list = scoresByAssignment.get(s.assignmentId);
    if (list) list.push(s);
    else scoresByAssignment.set(s.assignmentId, [s]);
  }

  const reviews = assignments
    .filter((a) => stageById.has(a.stageId))
    .map((a) => {
      const stage = stageById.get(a.stageId)!;
      // Every criterion of the stage, in rubric order; null when the evaluator left it empty.
      const values: Record<string, number | null> = Object.fromEntries(
        rubricCodes.get(stage.id)!.map((code) => [code, null]),
      );
      for (const s of scoresByAssignment.get(a.id) ?? []) {
        const c = criterionById.get(s.criterionId);
        if (!c || c.stageId !== a.stageId) {
          throw new Error(
            `Assignment "${a.id}" has a score for criterion "${s.criterionId}" of another stage`,
          );
        }
        values[c.code] = s.value === null ? null : num(s.value);
      }
      return {
        entryId: a.entryId,
        stage: stage.kind as string,
        evaluator: labels.get(a.evaluatorId)!,
        values,
        // A pass/fail stage (field verification) counts the evaluator's verdict, given when the review was sent.
        ...(stage.passFail ? { passed: verdictByAssignment.get(a.id) ?? null } : {}),
      };
    })
    .sort(
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
      .map((e) => {
        const innovation = innovationById.get(e.innovationId)!;
        return {
          id: e.id,
          title: snapshotTitle(snapshotById.get(e.versionId)) ?? innovation.title,
          opd: innovation.opd.shortName,
          category: categoryById.get(e.categoryId)!,
          submittedAt: e.registeredAt.toISOString(),
          objectionsUpheld: upheldByEntry.get(e.id) ?? 0,
        };
      })
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

  // The export must always be a valid file: fail loudly here rather than publish one the command rejects.
  const parsed = rankingExportSchema.safeParse(draft);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`).join("; ");
    throw new Error(`Competition "${competitionId}" cannot be exported: ${problems}`);
  }
  return parsed.data;
}
