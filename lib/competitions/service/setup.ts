import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { parseInZone, type RegionZone } from "@/lib/time/zones";
import type { CompetitionConfig } from "../rules/config";
import { validateRubric, type Rubric } from "../rules/rubric";
import { STAGE_KINDS, validateSchedule, type Problem, type StageDates } from "../rules/stages";
import { DESK_RUBRIC, PRESENTATION_RUBRIC } from "../rules/templates";

// Setting a competition up: creating it (from last year's or the template), its calendar and its settings.

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

/** A stage's dates as instants, or as wall-clock text ("2026-03-01T08:00") in the competition's region's zone. */
type ScheduledStage = {
  kind: StageDates["kind"];
  startsAt: Date | string;
  endsAt: Date | string;
};

/** The stages as instants; a text that names no time is a problem of its field. */
function inZone(stages: readonly ScheduledStage[], zone: RegionZone) {
  const problems: Problem[] = [];
  const at = (s: ScheduledStage, field: "startsAt" | "endsAt") => {
    const v = s[field];
    const d = typeof v === "string" ? parseInZone(v, zone) : v;
    if (!d) problems.push({ path: `stages.${s.kind}.${field}`, code: "validation.invalidDate" });
    return d ?? new Date(Number.NaN);
  };
  const dated: StageDates[] = stages.map((s) => ({
    kind: s.kind,
    startsAt: at(s, "startsAt"),
    endsAt: at(s, "endsAt"),
  }));
  return { stages: dated, problems };
}

/**
 * The secretariat moves the competition along its calendar by editing stage dates, entered in the region's zone.
 * Every rule of the schedule is checked at once; the change and its audit line land together.
 */
export async function updateSchedule(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; stages: ScheduledStage[] },
) {
  assertCan(ctx.user, "competition.write");
  return db.$transaction(async (tx) => {
    const c = await tx.competition.findFirst({
      where: scopes.competition.write(ctx.user, { id: input.competitionId }),
      select: {
        id: true,
        region: { select: { timeZone: true } },
        stages: { select: { id: true, kind: true, startsAt: true, endsAt: true } },
      },
    });
    if (!c) throw new ActionError("errors.notFound");
    const dated = inZone(input.stages, c.region.timeZone);
    const problems: Problem[] = dated.problems.length ? dated.problems : validateSchedule(dated.stages);
    if (problems.length) return { ok: false as const, problems };
    for (const s of dated.stages) {
      await tx.competitionStage.upsert({
        where: { competitionId_kind: { competitionId: c.id, kind: s.kind } },
        update: { startsAt: s.startsAt, endsAt: s.endsAt },
        create: { competitionId: c.id, kind: s.kind, startsAt: s.startsAt, endsAt: s.endsAt },
      });
    }
    await audit(tx, {
      ...by(ctx),
      action: "competition.schedule",
      entityType: "Competition",
      entityId: c.id,
      before: c.stages.map(({ kind, startsAt, endsAt }) => ({ kind, startsAt, endsAt })),
      after: dated.stages,
    });
    return { ok: true as const };
  });
}

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
