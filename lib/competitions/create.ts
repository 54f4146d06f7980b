import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { parseInZone } from "@/lib/time/zones";
import { DESK_RUBRIC, PRESENTATION_RUBRIC } from "./templates";
import { STAGE_KINDS } from "./rules/stages";

const DAY = 86_400_000;
/** Default stage lengths in days for a competition started from the template. */
const TEMPLATE_DAYS: Record<StageKind, number> = {
  REGISTRATION: 30,
  SCREENING: 10,
  DESK: 20,
  OBJECTION: 5,
  PRESENTATION: 7,
  FIELD_VERIFICATION: 10,
  ANNOUNCEMENT: 5,
};

type Source = {
  aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
  zNormalize: boolean;
  passingGrade: number;
  shortlistSize: number;
  evaluatorsPerEntry: number;
  hideEvaluatorNames: boolean;
  tieBreakers: Prisma.InputJsonValue;
  categories: { code: string; name: string; quota: number | null }[];
  stages: {
    kind: StageKind;
    days: number;
    weight: number;
    passFail: boolean;
    criteria: {
      code: string;
      name: string;
      guidance: string;
      weight: number;
      scaleMin: number;
      scaleMax: number;
      required: boolean;
    }[];
  }[];
};

function template(): Source {
  return {
    aggregation: "MEAN",
    zNormalize: false,
    passingGrade: 70,
    shortlistSize: 10,
    evaluatorsPerEntry: 3,
    hideEvaluatorNames: true,
    tieBreakers: [
      { kind: "STAGE", stage: "PRESENTATION" },
      { kind: "CRITERION", stage: "DESK", code: "D4" },
    ],
    categories: [
      { code: "UMUM", name: "Umum", quota: 7 },
      { code: "REPLIKASI", name: "Replikasi", quota: 3 },
    ],
    stages: STAGE_KINDS.map((kind) => ({
      kind,
      days: TEMPLATE_DAYS[kind],
      weight: kind === "DESK" ? 70 : kind === "PRESENTATION" ? 30 : 0,
      passFail: false,
      criteria: (kind === "DESK" ? DESK_RUBRIC : kind === "PRESENTATION" ? PRESENTATION_RUBRIC : []).map(
        (c) => ({
          ...c,
          scaleMin: 1,
          scaleMax: 10,
          required: true,
        }),
      ),
    })),
  };
}

async function fromCompetition(db: Db, caller: Caller, id: string): Promise<Source> {
  const c = await db.competition.findFirst({
    where: scopes.competition.read(caller, { id }),
    select: {
      aggregation: true,
      zNormalize: true,
      passingGrade: true,
      shortlistSize: true,
      evaluatorsPerEntry: true,
      hideEvaluatorNames: true,
      tieBreakers: true,
      categories: { select: { code: true, name: true, quota: true } },
      stages: {
        select: {
          kind: true,
          startsAt: true,
          endsAt: true,
          weight: true,
          passFail: true,
          criteria: {
            orderBy: { position: "asc" },
            select: {
              code: true,
              name: true,
              guidance: true,
              weight: true,
              scaleMin: true,
              scaleMax: true,
              required: true,
              levels: true,
            },
          },
        },
      },
    },
  });
  if (!c) throw new ActionError("errors.notFound");
  return {
    ...c,
    passingGrade: Number(c.passingGrade),
    tieBreakers: c.tieBreakers as Prisma.InputJsonValue,
    stages: c.stages.map((s) => ({
      kind: s.kind,
      days: Math.max(1, Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / DAY)),
      weight: Number(s.weight),
      passFail: s.passFail,
      criteria: s.criteria.map((cr) => ({
        ...cr,
        weight: Number(cr.weight),
        levels: (cr.levels ?? []) as Prisma.InputJsonValue,
      })),
    })),
  };
}

/**
 * A new yearly competition, started from last year's (settings, categories, rubric and stage
 * lengths copied) or from the shipped KIPP-like template; stages follow one another from the
 * registration start (an instant, or a date "YYYY-MM-DD" whose start in the region's zone it is). Everything is
 * then adjustable before scoring starts.
 */
export async function createCompetition(
  db: Db,
  ctx: ActionContext,
  input: { name: string; year: number; registrationStartsAt: Date | string; copyFrom: string | null },
) {
  assertCan(ctx.user, "competition.write");
  const source = input.copyFrom ? await fromCompetition(db, ctx.user, input.copyFrom) : template();
  const exists = await db.competition.findFirst({
    where: scopes.competition.write(ctx.user, { year: input.year, name: input.name }),
    select: { id: true },
  });
  if (exists) throw new ActionError("competitions.errors.duplicateName");
  return db.$transaction(async (tx) => {
    const c = await tx.competition.create({
      data: {
        regionId: ctx.user.regionId,
        name: input.name,
        year: input.year,
        status: "ACTIVE",
        aggregation: source.aggregation,
        zNormalize: source.zNormalize,
        passingGrade: source.passingGrade,
        shortlistSize: source.shortlistSize,
        evaluatorsPerEntry: source.evaluatorsPerEntry,
        hideEvaluatorNames: source.hideEvaluatorNames,
        tieBreakers: source.tieBreakers,
        categories: { create: source.categories },
      },
      select: { id: true, name: true },
    });
    const region = await tx.region.findFirstOrThrow({
      where: scopes.region.read(ctx.user),
      select: { timeZone: true },
    });
    const opens =
      typeof input.registrationStartsAt === "string"
        ? parseInZone(input.registrationStartsAt, region.timeZone)
        : input.registrationStartsAt;
    if (!opens) throw new ActionError("validation.invalidDate");
    let start = opens.getTime();
    const ordered = [...source.stages].sort(
      (a, b) => STAGE_KINDS.indexOf(a.kind) - STAGE_KINDS.indexOf(b.kind),
    );
    for (const s of ordered) {
      const end = start + s.days * DAY;
      await tx.competitionStage.create({
        data: {
          competitionId: c.id,
          kind: s.kind,
          startsAt: new Date(start),
          endsAt: new Date(end),
          weight: s.weight,
          passFail: s.passFail,
          criteria: { create: s.criteria.map((cr, position) => ({ ...cr, position })) },
        },
      });
      start = end;
    }
    await audit(tx, {
      ...by(ctx),
      action: "competition.create",
      entityType: "Competition",
      entityId: c.id,
      after: { name: input.name, year: input.year, copyFrom: input.copyFrom ?? "template" },
    });
    return c;
  });
}
