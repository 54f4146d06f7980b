import "server-only";
import { assertCan } from "@/lib/access/policy";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadRubric } from "../queries/rubric";
import { SCORED_STAGES, type ScoredStageKind } from "../rules/config";
import { validateRubric, type Rubric, type RubricCriterion } from "../rules/rubric";
import { rubricChangeImpact } from "../rules/rubric-impact";
import type { Problem } from "../rules/stages";

/** Scores already given in the competition (what a rubric change can affect). */
async function existingScores(tx: Prisma.TransactionClient | Db, competitionId: string) {
  const rows = await tx.score.findMany({
    where: { assignment: { entry: { competitionId } } },
    select: {
      assignmentId: true,
      criterionId: true,
      value: true,
      criterion: { select: { code: true, stage: { select: { kind: true } } } },
    },
  });
  return rows.map((r) => ({
    assignmentId: r.assignmentId,
    criterionId: r.criterionId,
    code: r.criterion.code,
    stage: r.criterion.stage.kind as ScoredStageKind,
    value: r.value === null ? null : Number(r.value),
  }));
}

/**
 * Replaces one stage's criteria. Refused while the rubric is frozen (scoring has started); after an
 * audited unlock the change is checked, its effect on the scores already given is recorded, scores
 * of removed criteria go with them, and the rubric is frozen again.
 */
export async function saveStageRubric(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; stage: ScoredStageKind; criteria: RubricCriterion[] },
): Promise<{ ok: true; affected: number } | { ok: false; problems: Problem[] }> {
  assertCan(ctx.user, "competition.write");
  return db.$transaction(async (tx) => {
    const { competition, rubric } = await loadRubric(tx, ctx.user, input.competitionId);
    if (competition.rubricFrozenAt) throw new ActionError("competitions.errors.rubricFrozen");
    const stage = competition.stages.find((s) => s.kind === input.stage);
    if (!stage) throw new ActionError("errors.notFound");
    const next: Rubric = { ...rubric, [input.stage]: input.criteria };
    const stageWeights = Object.fromEntries(
      competition.stages
        .filter((s) => (SCORED_STAGES as readonly string[]).includes(s.kind))
        .map((s) => [s.kind, { weight: Number(s.weight), passFail: s.passFail }]),
    );
    const problems = validateRubric(
      { stageWeights, tieBreakers: (competition.tieBreakers ?? []) as never },
      next,
    );
    if (problems.length) return { ok: false as const, problems };

    const scores = await existingScores(tx, competition.id);
    const impact = rubricChangeImpact(rubric, next, scores);
    const keep = new Set(input.criteria.map((c) => c.code));
    const removed = (rubric[input.stage] ?? []).filter((c) => !keep.has(c.code));
    if (removed.length) {
      await tx.score.deleteMany({ where: { criterionId: { in: removed.map((c) => c.id!) } } });
      await tx.criterion.deleteMany({ where: { id: { in: removed.map((c) => c.id!) } } });
    }
    for (const [position, c] of input.criteria.entries()) {
      const data = {
        name: c.name,
        guidance: c.guidance,
        weight: c.weight,
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        required: c.required,
        levels: (c.levels ?? []).map((l) => ({ level: l.level, text: l.text })),
        position,
      };
      await tx.criterion.upsert({
        where: { stageId_code: { stageId: stage.id, code: c.code } },
        update: data,
        create: { ...data, code: c.code, stageId: stage.id },
      });
    }
    if (scores.length)
      await tx.competition.update({ where: { id: competition.id }, data: { rubricFrozenAt: new Date() } });
    await audit(tx, {
      ...by(ctx),
      action: "rubric.update",
      entityType: "Competition",
      entityId: competition.id,
      before: { stage: input.stage, criteria: rubric[input.stage] ?? [] },
      after: {
        stage: input.stage,
        criteria: input.criteria,
        affectedScores: impact.scores.length,
        affectedAssignments: impact.assignments.map((a) => a.assignmentId),
      },
    });
    return { ok: true as const, affected: impact.scores.length };
  });
}

/** Scoring has started, so the rubric is frozen: the first saved score freezes it. */
export async function freezeRubric(tx: Prisma.TransactionClient, competitionId: string, at = new Date()) {
  await tx.competition.updateMany({
    where: { id: competitionId, rubricFrozenAt: null },
    data: { rubricFrozenAt: at },
  });
}

/** An explicit, audited unlock that says how many given scores a change may affect. */
export async function unlockRubric(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; reason: string },
) {
  assertCan(ctx.user, "competition.write");
  return db.$transaction(async (tx) => {
    const { competition } = await loadRubric(tx, ctx.user, input.competitionId);
    if (!competition.rubricFrozenAt) throw new ActionError("competitions.errors.rubricNotFrozen");
    const scores = await existingScores(tx, competition.id);
    const assignments = new Set(scores.map((s) => s.assignmentId)).size;
    await tx.competition.update({ where: { id: competition.id }, data: { rubricFrozenAt: null } });
    await audit(tx, {
      ...by(ctx),
      action: "rubric.unlock",
      entityType: "Competition",
      entityId: competition.id,
      before: { frozenAt: competition.rubricFrozenAt },
      after: { reason: input.reason, scores: scores.length, assignments },
    });
    return { scores: scores.length, assignments };
  });
}
