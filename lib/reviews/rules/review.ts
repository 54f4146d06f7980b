// Pure rules of a review: scale checks, required criteria, the live score and the progress status.
// No database and no Next.js, so the server, the score form and unit tests share them.
import { reviewScore } from "@/lib/scoring/review";
import type { CriterionDef } from "@/lib/scoring/types";

/** A criterion as the review rules need it (weight as a number, not a Prisma Decimal). */
export type RubricCriterion = {
  id: string;
  code: string;
  name: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  required: boolean;
};

/** Values keyed by criterion id, as the form and the server exchange them; null means "not scored". */
type ValuesById = Readonly<Record<string, number | null | undefined>>;

export type ProgressStatus = "notStarted" | "inProgress" | "submitted";
export const QUEUE_FILTERS = ["all", "notStarted", "inProgress", "submitted"] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export function parseQueueFilter(value: unknown): QueueFilter {
  const v = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof v === "string" && (QUEUE_FILTERS as readonly string[]).includes(v)
    ? (v as QueueFilter)
    : "all";
}

/** A finite number inside the criterion's scale (bounds included). */
export function withinScale(c: Pick<RubricCriterion, "scaleMin" | "scaleMax">, value: number): boolean {
  return Number.isFinite(value) && value >= c.scaleMin && value <= c.scaleMax;
}

type ValueProblems = {
  /** Ids that are not criteria of the assignment's stage. */
  unknown: string[];
  /** Criteria whose value lies outside their scale, in rubric order. */
  outOfScale: RubricCriterion[];
};

/** Everything wrong with a set of values at once; empty lists mean the values may be stored. */
export function checkScoreValues(criteria: readonly RubricCriterion[], values: ValuesById): ValueProblems {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const unknown = Object.keys(values).filter((id) => !byId.has(id));
  const outOfScale = criteria.filter((c) => {
    if (!Object.hasOwn(values, c.id)) return false;
    const v = values[c.id];
    return v !== null && v !== undefined && !withinScale(c, v);
  });
  return { unknown, outOfScale };
}

const has = (values: ValuesById, id: string) => {
  const v = Object.hasOwn(values, id) ? values[id] : undefined;
  return v !== null && v !== undefined;
};

/** Required criteria without a value, in rubric order. */
export function missingRequired<C extends Pick<RubricCriterion, "id" | "required">>(
  criteria: readonly C[],
  values: ValuesById,
): C[] {
  return criteria.filter((c) => c.required && !has(values, c.id));
}

function scoredCount(criteria: readonly Pick<RubricCriterion, "id">[], values: ValuesById): number {
  return criteria.filter((c) => has(values, c.id)).length;
}

const toDefs = (
  criteria: readonly RubricCriterion[],
  required: (c: RubricCriterion) => boolean,
): CriterionDef[] =>
  criteria.map((c) => ({
    code: c.code,
    name: c.name,
    weight: c.weight,
    scaleMin: c.scaleMin,
    scaleMax: c.scaleMax,
    required: required(c),
  }));

const byCode = (criteria: readonly RubricCriterion[], values: ValuesById) =>
  Object.fromEntries(
    criteria.map((c) => {
      const v = Object.hasOwn(values, c.id) ? values[c.id] : undefined;
      return [c.code, v !== null && v !== undefined && withinScale(c, v) ? v : null];
    }),
  );

type LiveScore = {
  /** 0–100 over the criteria scored so far (the engine's formula); null when nothing is scored. */
  score: number | null;
  /** True when every required criterion has a value: then `score` is the review score the ranking uses. */
  complete: boolean;
  scored: number;
  total: number;
};

/**
 * The review score while the evaluator types: the ranking engine's reviewScore. Until every
 * required criterion is filled it is shown as provisional, computed over the criteria scored so far.
 * Values outside their scale are ignored here (the server refuses them).
 */
export function liveScore(criteria: readonly RubricCriterion[], values: ValuesById): LiveScore {
  const total = criteria.length;
  const scored = scoredCount(criteria, values);
  if (total === 0) return { score: null, complete: false, scored, total };
  const codes = byCode(criteria, values);
  const final = reviewScore(
    toDefs(criteria, (c) => c.required),
    codes,
  );
  if (final.complete) return { score: final.score, complete: true, scored, total };
  const provisional = reviewScore(
    toDefs(criteria, () => false),
    codes,
  );
  return { score: provisional.complete ? provisional.score : null, complete: false, scored, total };
}

/** The review score the ranking will use, or null while it is incomplete. */
export function finalScore(criteria: readonly RubricCriterion[], values: ValuesById): number | null {
  const live = liveScore(criteria, values);
  return live.complete ? live.score : null;
}

export function progressStatus(
  review: { locked: boolean; overallComment: string } | null,
  scored: number,
): ProgressStatus {
  if (review?.locked) return "submitted";
  if (scored > 0 || (review?.overallComment ?? "").trim() !== "") return "inProgress";
  return "notStarted";
}

/** How the form asks for a value: radio buttons for short scales, a select up to 11 points, else a number. */
export function inputKind(c: Pick<RubricCriterion, "scaleMin" | "scaleMax">): "radio" | "select" | "number" {
  const span = c.scaleMax - c.scaleMin;
  if (Number.isInteger(c.scaleMin) && Number.isInteger(c.scaleMax) && span <= 5) return "radio";
  if (Number.isInteger(c.scaleMin) && Number.isInteger(c.scaleMax) && span <= 10) return "select";
  return "number";
}

/** The points of an integer scale, lowest first. */
export function scalePoints(c: Pick<RubricCriterion, "scaleMin" | "scaleMax">): number[] {
  const out: number[] = [];
  for (let v = Math.ceil(c.scaleMin); v <= c.scaleMax; v++) out.push(v);
  return out;
}

/**
 * Numbers for anonymised evaluators ("Penilai 1", "Penilai 2", …): by evaluator id, like the
 * ranking engine, so a number stays the same however the list is ordered or filtered.
 */
export function evaluatorNumbers(evaluatorIds: readonly string[]): Map<string, number> {
  return new Map([...new Set(evaluatorIds)].sort().map((id, i) => [id, i + 1]));
}

/** Whole days from `now` to `due`, rounded up (1 = due within a day); 0 or less means past due. */
export function daysLeft(due: Date, now: Date): number {
  return Math.ceil((due.getTime() - now.getTime()) / 86_400_000);
}

type ScaleAverage = { mean: number; scaleMin: number; scaleMax: number; count: number };

/**
 * The plain, unweighted average of the values given, on the rubric's own scale ("3,8 dari 5"), beside the 0–100
 * score that weighs them. Only when every criterion shares one scale (otherwise an average of scores on different
 * scales means nothing); null when nothing is scored yet.
 */
export function scaleAverage(criteria: readonly RubricCriterion[], values: ValuesById): ScaleAverage | null {
  const first = criteria[0];
  if (!first || criteria.some((c) => c.scaleMin !== first.scaleMin || c.scaleMax !== first.scaleMax))
    return null;
  const given = criteria
    .map((c) => (Object.hasOwn(values, c.id) ? values[c.id] : undefined))
    .filter((v): v is number => typeof v === "number" && withinScale(first, v));
  if (given.length === 0) return null;
  return {
    mean: given.reduce((a, b) => a + b, 0) / given.length,
    scaleMin: first.scaleMin,
    scaleMax: first.scaleMax,
    count: given.length,
  };
}
