import { ActionError } from "@/lib/action-types";
import { requireOpen, type OpenCheck, type StageDates } from "@/lib/competitions/rules/stages";

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
