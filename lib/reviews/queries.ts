import "server-only";
import { NONE, scopes } from "@/lib/access/scopes";
import { ActionError, type Actor } from "@/lib/action-types";
import type { OpenCheck } from "@/lib/competitions/rules/stages";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import {
  evaluatorNumbers,
  finalScore,
  progressStatus,
  type ProgressStatus,
  type QueueFilter,
} from "./rules/review";
import { commentsOf, snapshotTitle, toRubric, valuesOf } from "./rules/rows";
import { stageCheck } from "./rules/stage";

/** The assignments an evaluator may open (lib/access): their own, in their region, without a declared conflict. */
export function ownAssignments(
  user: Actor,
  where?: Prisma.AssignmentWhereInput,
): Prisma.AssignmentWhereInput {
  return user.role === "EVALUATOR" ? scopes.assignment.read(user, where) : NONE;
}

export const CRITERIA_SELECT = {
  orderBy: [{ position: "asc" }, { code: "asc" }],
  select: {
    id: true,
    code: true,
    name: true,
    guidance: true,
    weight: true,
    scaleMin: true,
    scaleMax: true,
    required: true,
    levels: true,
  },
} as const satisfies Prisma.CompetitionStage$criteriaArgs;

const STAGE_DATES = { select: { kind: true, startsAt: true, endsAt: true } } as const;

type QueueRow = {
  assignmentId: string;
  title: string;
  opdShortName: string;
  opdName: string;
  categoryName: string;
  competition: { id: string; name: string; year: number };
  stageKind: StageKind;
  /** Assignment.dueAt, else the end of the stage. */
  dueAt: Date;
  status: ProgressStatus;
  /** Criteria with a value, of `total`. */
  scored: number;
  total: number;
  /** The conflict-of-interest question is still unanswered. */
  needsConflictCheck: boolean;
  /** The stage accepts scores now. */
  open: boolean;
  submittedAt: Date | null;
};

type QueueCounts = Record<ProgressStatus | "all", number>;

/**
 * The evaluator's own assignments (conflict-declared ones are gone for good), soonest due first,
 * with counts per status for the progress line ("7 dari 12 dinilai") and the filter tabs.
 */
export async function evaluatorQueue(
  db: Db,
  user: Actor,
  input: { filter: QueueFilter; competitionId?: string },
  now = new Date(),
): Promise<{
  rows: QueueRow[];
  counts: QueueCounts;
  competitions: { id: string; name: string; year: number }[];
}> {
  const assignments = await db.assignment.findMany({
    where: ownAssignments(user),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      dueAt: true,
      noConflictAt: true,
      stage: {
        select: {
          kind: true,
          endsAt: true,
          _count: { select: { criteria: true } },
          competition: { select: { id: true, name: true, year: true, stages: STAGE_DATES } },
        },
      },
      entry: {
        select: {
          category: { select: { name: true } },
          version: { select: { snapshot: true } },
          innovation: { select: { title: true, opd: { select: { shortName: true, name: true } } } },
        },
      },
      review: { select: { locked: true, overallComment: true, submittedAt: true } },
      scores: { where: { value: { not: null } }, select: { criterionId: true } },
    },
  });

  const competitions = new Map<string, { id: string; name: string; year: number }>();
  const all: QueueRow[] = assignments.map((a) => {
    const { stages, ...competition } = a.stage.competition;
    competitions.set(competition.id, competition);
    const scored = a.scores.length;
    return {
      assignmentId: a.id,
      title: snapshotTitle(a.entry.version.snapshot, a.entry.innovation.title),
      opdShortName: a.entry.innovation.opd.shortName,
      opdName: a.entry.innovation.opd.name,
      categoryName: a.entry.category.name,
      competition,
      stageKind: a.stage.kind,
      dueAt: a.dueAt ?? a.stage.endsAt,
      status: progressStatus(a.review, scored),
      scored,
      total: a.stage._count.criteria,
      needsConflictCheck: a.noConflictAt === null,
      open: stageCheck(stages, a.stage.kind, now).ok,
      submittedAt: a.review?.submittedAt ?? null,
    };
  });

  const inCompetition = input.competitionId
    ? all.filter((r) => r.competition.id === input.competitionId)
    : all;
  const counts: QueueCounts = { all: inCompetition.length, notStarted: 0, inProgress: 0, submitted: 0 };
  for (const r of inCompetition) counts[r.status]++;
  const rows = (
    input.filter === "all" ? inCompetition : inCompetition.filter((r) => r.status === input.filter)
  ).sort(
    (x, y) =>
      Number(x.status === "submitted") - Number(y.status === "submitted") ||
      x.dueAt.getTime() - y.dueAt.getTime() ||
      x.title.localeCompare(y.title, "id"),
  );
  return {
    rows,
    counts,
    competitions: [...competitions.values()].sort(
      (x, y) => y.year - x.year || x.name.localeCompare(y.name, "id"),
    ),
  };
}

/** Everything the scoring page shows of one of the caller's own assignments; "not found" otherwise. */
export async function getAssignmentWorkspace(db: Db, user: Actor, assignmentId: string, now = new Date()) {
  const a = await db.assignment.findFirst({
    where: ownAssignments(user, { id: assignmentId }),
    select: {
      id: true,
      dueAt: true,
      noConflictAt: true,
      stage: {
        select: {
          kind: true,
          passFail: true,
          startsAt: true,
          endsAt: true,
          criteria: CRITERIA_SELECT,
          competition: {
            select: { id: true, name: true, year: true, hideEvaluatorNames: true, stages: STAGE_DATES },
          },
        },
      },
      entry: {
        select: {
          id: true,
          category: { select: { name: true } },
          version: { select: { versionNo: true, snapshot: true, createdAt: true } },
          innovation: { select: { title: true, opd: { select: { shortName: true, name: true } } } },
        },
      },
      review: {
        select: {
          revision: true,
          overallComment: true,
          locked: true,
          submittedAt: true,
          reopenedAt: true,
          reopenReason: true,
          verdict: true,
          updatedAt: true,
        },
      },
      scores: { select: { criterionId: true, value: true, comment: true } },
    },
  });
  if (!a) throw new ActionError("errors.notFound");
  const { stages, ...competition } = a.stage.competition;
  const criteria = toRubric(a.stage.criteria);
  const values = valuesOf(a.scores);
  const snapshot = a.entry.version.snapshot;
  return {
    id: a.id,
    dueAt: a.dueAt ?? a.stage.endsAt,
    noConflictAt: a.noConflictAt,
    competition,
    stage: {
      kind: a.stage.kind,
      passFail: a.stage.passFail,
      startsAt: a.stage.startsAt,
      endsAt: a.stage.endsAt,
    },
    openCheck: stageCheck(stages, a.stage.kind, now) satisfies OpenCheck,
    criteria,
    entry: {
      id: a.entry.id,
      title: snapshotTitle(snapshot, a.entry.innovation.title),
      opdName: a.entry.innovation.opd.name,
      opdShortName: a.entry.innovation.opd.shortName,
      categoryName: a.entry.category.name,
      versionNo: a.entry.version.versionNo,
      frozenAt: a.entry.version.createdAt,
      snapshot: (snapshot && typeof snapshot === "object" && !Array.isArray(snapshot)
        ? snapshot
        : {}) as Record<string, unknown>,
    },
    review: a.review,
    /** The revision the next save starts from (1 before the first save). */
    revision: a.review?.revision ?? 1,
    values,
    comments: commentsOf(a.scores),
    status: progressStatus(a.review, Object.values(values).filter((v) => v !== null).length),
  };
}

export type Workspace = Awaited<ReturnType<typeof getAssignmentWorkspace>>;

type PeerScore = {
  /** "Penilai {number}" when names are hidden; numbered by evaluator id, the caller included. */
  number: number;
  /** Null when the competition hides evaluator names. */
  name: string | null;
  submitted: boolean;
  /** The 0–100 review score of a submitted review; null until then. */
  score: number | null;
};

export type PeerScores = {
  hideNames: boolean;
  own: { number: number; score: number | null };
  peers: PeerScore[];
};

/**
 * Other evaluators' review scores for the same entry and stage — only once the caller has sent
 * their own review, so nobody is anchored by the others; null before that. Reviews not yet sent
 * show as such, without a score.
 */
export async function peerScores(db: Db, user: Actor, assignmentId: string): Promise<PeerScores | null> {
  const own = await db.assignment.findFirst({
    where: ownAssignments(user, { id: assignmentId }),
    select: {
      entryId: true,
      stageId: true,
      evaluatorId: true,
      review: { select: { locked: true } },
      stage: { select: { criteria: CRITERIA_SELECT, competition: { select: { hideEvaluatorNames: true } } } },
    },
  });
  if (!own) throw new ActionError("errors.notFound");
  if (!own.review?.locked) return null;

  const rubric = toRubric(own.stage.criteria);
  const hideNames = own.stage.competition.hideEvaluatorNames;
  const all = await db.assignment.findMany({
    where: { entryId: own.entryId, stageId: own.stageId, conflictDeclared: false },
    select: {
      evaluatorId: true,
      evaluator: { select: { name: true } },
      review: { select: { locked: true } },
      scores: { select: { criterionId: true, value: true } },
    },
  });
  const numbers = evaluatorNumbers(all.map((a) => a.evaluatorId));
  const scoreOf = (a: (typeof all)[number]) =>
    a.review?.locked ? finalScore(rubric, valuesOf(a.scores)) : null;
  const mine = all.find((a) => a.evaluatorId === own.evaluatorId);
  return {
    hideNames,
    own: { number: numbers.get(own.evaluatorId) ?? 0, score: mine ? scoreOf(mine) : null },
    peers: all
      .filter((a) => a.evaluatorId !== own.evaluatorId)
      .map((a) => ({
        number: numbers.get(a.evaluatorId) ?? 0,
        name: hideNames ? null : a.evaluator.name,
        submitted: !!a.review?.locked,
        score: scoreOf(a),
      }))
      .sort((x, y) => x.number - y.number),
  };
}
