import "server-only";
import { assertCan } from "@/lib/access/policy";
import { NONE, scopes } from "@/lib/access/scopes";
import { ActionError, type Actor } from "@/lib/action-types";
import { requireOpen, type OpenCheck, type StageDates } from "@/lib/competitions/rules/stages";
import type { Prisma } from "@/lib/generated/prisma/client";
import { levelsOf, type LevelDescriptor } from "@/lib/competitions/rules/rubric";
import type { RubricCriterion } from "./rules";

/** The assignments an evaluator may open (lib/access): their own, in their region, without a declared conflict. */
export function ownAssignments(
  user: Actor,
  where?: Prisma.AssignmentWhereInput,
): Prisma.AssignmentWhereInput {
  return user.role === "EVALUATOR" ? scopes.assignment.read(user, where) : NONE;
}

export function requireEvaluator(user: Actor) {
  if (user.role !== "EVALUATOR") throw new ActionError("errors.forbidden");
}

export function requireAdmin(user: Actor) {
  assertCan(user, "competition.write");
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

type Decimalish = { toNumber(): number } | number | string;
const num = (v: Decimalish): number => (typeof v === "object" ? v.toNumber() : Number(v));

export function toRubric<
  C extends {
    id: string;
    code: string;
    name: string;
    weight: Decimalish;
    scaleMin: number;
    scaleMax: number;
    required: boolean;
  },
>(
  criteria: readonly C[],
): (Omit<C, "weight" | "levels"> & RubricCriterion & { levels: LevelDescriptor[] })[] {
  return criteria.map((c) => ({
    ...c,
    weight: num(c.weight),
    levels: levelsOf((c as { levels?: unknown }).levels),
  }));
}

export function valuesOf(
  scores: readonly { criterionId: string; value: Decimalish | null }[],
): Record<string, number | null> {
  return Object.fromEntries(scores.map((s) => [s.criterionId, s.value === null ? null : num(s.value)]));
}

export function commentsOf(
  scores: readonly { criterionId: string; comment: string | null }[],
): Record<string, string | null> {
  return Object.fromEntries(scores.map((s) => [s.criterionId, s.comment]));
}

/** The proposal's title as frozen in the entry's version, else the innovation's current one. */
export function snapshotTitle(snapshot: unknown, fallback: string): string {
  if (snapshot && typeof snapshot === "object" && !Array.isArray(snapshot)) {
    const title = (snapshot as Record<string, unknown>).title;
    if (typeof title === "string" && title.trim()) return title;
  }
  return fallback;
}

export function stageCheck(
  stages: readonly { kind: string; startsAt: Date; endsAt: Date }[],
  kind: string,
  at: Date,
): OpenCheck {
  return requireOpen(stages as readonly StageDates[], kind as StageDates["kind"], at);
}

/** Scoring happens only while the assignment's stage is open; the refusal names its dates (formatted by action()). */
export function ensureStageOpen(
  stages: readonly { kind: string; startsAt: Date; endsAt: Date }[],
  kind: string,
  at: Date,
) {
  const check = stageCheck(stages, kind, at);
  if (check.ok) return;
  if (check.code === "competitions.rules.stageNotScheduled")
    throw new ActionError("reviews.errors.stageNotScheduled");
  const params = { start: new Date(check.params.startsAt), end: new Date(check.params.endsAt) };
  throw new ActionError(
    check.params.timing === "NOT_YET_OPEN" ? "reviews.errors.stageNotYetOpen" : "reviews.errors.stageClosed",
    params,
  );
}
