import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CompetitionConfig } from "./rules/config";
import { validateRubric, type Rubric } from "./rules/rubric";
import type { Problem } from "./rules/stages";

/**
 * Saves a competition's settings after the schema's checks and the rubric's (every weighted
 * stage needs criteria; tie-breakers must name real criteria). Categories are matched by code;
 * one that already has entries cannot be removed.
 */
export async function updateSettings(
  db: Db,
  ctx: ActionContext,
  competitionId: string,
  config: CompetitionConfig,
): Promise<{ ok: true } | { ok: false; problems: Problem[] }> {
  assertCan(ctx.user, "competition.write");
  const current = await db.competition.findFirst({
    where: scopes.competition.write(ctx.user, { id: competitionId }),
    select: {
      id: true,
      name: true,
      year: true,
      passingGrade: true,
      shortlistSize: true,
      categories: { select: { id: true, code: true, _count: { select: { entries: true } } } },
      stages: {
        select: {
          kind: true,
          criteria: {
            select: {
              code: true,
              name: true,
              weight: true,
              scaleMin: true,
              scaleMax: true,
              required: true,
              guidance: true,
            },
          },
        },
      },
    },
  });
  if (!current) throw new ActionError("errors.notFound");
  const rubric: Rubric = {};
  for (const s of current.stages) {
    if (s.kind === "DESK" || s.kind === "PRESENTATION" || s.kind === "FIELD_VERIFICATION") {
      rubric[s.kind] = s.criteria.map((c) => ({ ...c, weight: Number(c.weight) }));
    }
  }
  const problems = validateRubric(config, rubric);
  const kept = new Set(config.categories.map((c) => c.code));
  current.categories.forEach((c) => {
    if (!kept.has(c.code) && c._count.entries > 0)
      problems.push({
        path: "categories",
        code: "competitions.errors.categoryInUse",
        params: { code: c.code },
      });
  });
  // The region's competitions are told apart by name and year (a unique key): a clash is the admin's to fix.
  const namesake = await db.competition.findFirst({
    where: scopes.competition.write(ctx.user, {
      name: config.name,
      year: config.year,
      id: { not: current.id },
    }),
    select: { id: true },
  });
  if (namesake) problems.push({ path: "name", code: "competitions.errors.duplicateName" });
  if (problems.length) return { ok: false, problems };

  await db.$transaction(async (tx) => {
    await tx.competition.update({
      where: { id: current.id },
      data: {
        name: config.name,
        year: config.year,
        passingGrade: config.passingGrade,
        shortlistSize: config.shortlistSize,
        evaluatorsPerEntry: config.evaluatorsPerEntry,
        aggregation: config.aggregation,
        zNormalize: config.zNormalize,
        hideEvaluatorNames: config.hideEvaluatorNames,
        tieBreakers: config.tieBreakers as Prisma.InputJsonValue,
      },
    });
    await tx.competitionCategory.deleteMany({
      where: { competitionId: current.id, code: { notIn: [...kept] } },
    });
    for (const c of config.categories) {
      await tx.competitionCategory.upsert({
        where: { competitionId_code: { competitionId: current.id, code: c.code } },
        update: { name: c.name, quota: c.quota },
        create: { competitionId: current.id, ...c },
      });
    }
    for (const [kind, w] of Object.entries(config.stageWeights)) {
      await tx.competitionStage.updateMany({
        where: { competitionId: current.id, kind: kind as "DESK" },
        data: { weight: w.weight, passFail: w.passFail },
      });
    }
    await audit(tx, {
      ...by(ctx),
      action: "competition.settings",
      entityType: "Competition",
      entityId: current.id,
      before: {
        name: current.name,
        year: current.year,
        passingGrade: Number(current.passingGrade),
        shortlistSize: current.shortlistSize,
        categories: current.categories.map((c) => c.code),
      },
      after: config,
    });
  });
  return { ok: true };
}
