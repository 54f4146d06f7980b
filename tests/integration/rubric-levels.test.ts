import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { rubricOverview } from "@/lib/competitions/queries/rubric";
import { saveStageRubric } from "@/lib/competitions/service/rubric";
import { createCompetition } from "@/lib/competitions/service/setup";
import { rubricSchema, type RubricCriterion } from "@/lib/competitions/rules/rubric";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { getAssignmentWorkspace } from "@/lib/reviews/queries";
import { seed } from "@/prisma/seed";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
let evaluator: ActionContext;
let otherEvaluator: ActionContext;
let operator: ActionContext;
let otherAdmin: ActionContext;
let otherRegionId = "";
let competitionId = "";

const LEVELS = [
  { level: 1, text: "Belum ada data masalah." },
  { level: 3, text: "Masalah didukung data internal OPD." },
  { level: 5, text: "Masalah didukung data BPS atau survei, tujuan terukur." },
];
const criterion = (
  code: string,
  weight: number,
  levels: RubricCriterion["levels"] = [],
): RubricCriterion => ({
  code,
  name: `Kriteria ${code}`,
  guidance: "",
  weight,
  scaleMin: 1,
  scaleMax: 5,
  required: true,
  levels,
});

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  admin = await contextOf(db, "admin@inovasi.test");
  evaluator = await contextOf(db, "penilai@inovasi.test");
  otherEvaluator = await contextOf(db, "penilai2@inovasi.test");
  operator = await contextOf(db, "operator.dinkes@inovasi.test");
  const region = await db.region.create({ data: { code: "9932", name: "Kota Rubrik Lain", kind: "KOTA" } });
  otherRegionId = region.id;
  await db.user.create({
    data: { email: "admin@rubriklain.test", name: "Admin Lain", role: "ADMIN", regionId: region.id },
  });
  otherAdmin = await contextOf(db, "admin@rubriklain.test");
  competitionId = (
    await createCompetition(db, admin, {
      name: "Lomba Arti Skor",
      year: 2031,
      registrationStartsAt: new Date(),
      copyFrom: null,
    })
  ).id;
});
afterAll(async () => {
  await db.entry.deleteMany({ where: { competitionId } });
  await db.competition.deleteMany({ where: { id: competitionId } });
  await db.user.deleteMany({ where: { regionId: otherRegionId } });
  await db.region.deleteMany({ where: { id: otherRegionId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

describe("rubric weights and what each score level means", () => {
  it("validates weights as the editor sends them: above 0, numbers, comma decimals accepted", () => {
    const row = (weight: string) => ({ code: "D4", name: "Kebaruan", weight, scaleMin: "1", scaleMax: "5" });
    const messages = (weight: string) => {
      const r = rubricSchema.safeParse({ DESK: [row(weight)] });
      return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(messages("0")).toEqual([["DESK.0.weight", "competitions.rules.criterionWeightRange"]]);
    expect(messages("-3")).toEqual([["DESK.0.weight", "competitions.rules.criterionWeightRange"]]);
    expect(messages("banyak")).toEqual([["DESK.0.weight", "competitions.rules.notANumber"]]);
    expect(messages("")).toEqual([["DESK.0.weight", "validation.required"]]);
    expect(messages("1000,5")).toEqual([["DESK.0.weight", "competitions.rules.criterionWeightRange"]]);
    const ok = rubricSchema.parse({ DESK: [row("12,5")] });
    expect(ok.DESK?.[0]?.weight).toBe(12.5);
  });

  it("validates descriptors: inside the scale, once per level, blank ones dropped", () => {
    const row = (levels: { level: string; text: string }[]) => ({
      code: "D4",
      name: "Kebaruan",
      weight: "10",
      scaleMin: "1",
      scaleMax: "5",
      levels,
    });
    const parsed = rubricSchema.parse({
      DESK: [
        row([
          { level: "3", text: "Cukup" },
          { level: "1", text: "Kurang" },
          { level: "2", text: "" },
        ]),
      ],
    });
    expect(parsed.DESK?.[0]?.levels).toEqual([
      { level: 1, text: "Kurang" },
      { level: 3, text: "Cukup" },
    ]);
    const outside = rubricSchema.safeParse({ DESK: [row([{ level: "6", text: "Luar biasa" }])] });
    expect(outside.success ? [] : outside.error.issues.map((i) => i.message)).toEqual([
      "competitions.rules.levelOutsideScale",
    ]);
    const twice = rubricSchema.safeParse({
      DESK: [
        row([
          { level: "2", text: "a" },
          { level: "2", text: "b" },
        ]),
      ],
    });
    expect(twice.success ? [] : twice.error.issues.map((i) => i.message)).toEqual([
      "competitions.rules.duplicateLevel",
    ]);
  });

  it("refuses a zero weight in the domain too, and another region's secretariat or an OPD user", async () => {
    expect(
      await saveStageRubric(db, admin, { competitionId, stage: "DESK", criteria: [criterion("D4", 0)] }),
    ).toMatchObject({ ok: false, problems: [{ code: "competitions.rules.criterionWeightRange" }] });
    const input = { competitionId, stage: "DESK" as const, criteria: [criterion("D4", 10, LEVELS)] };
    await expect(saveStageRubric(db, otherAdmin, input)).rejects.toThrow("errors.notFound");
    await expect(saveStageRubric(db, operator, input)).rejects.toThrow("errors.forbidden");
    const overview = await rubricOverview(db, admin.user, competitionId);
    expect(overview.rubric.DESK?.every((c) => (c.levels ?? []).length === 0)).toBe(true);
  });

  it("stores descriptors, reads them back for the assigned evaluator, and not for another evaluator", async () => {
    expect(
      await saveStageRubric(db, admin, {
        competitionId,
        stage: "DESK",
        criteria: [criterion("D4", 60, LEVELS), criterion("K2", 40)],
      }),
    ).toEqual({ ok: true, affected: 0 });
    const overview = await rubricOverview(db, admin.user, competitionId);
    expect(overview.rubric.DESK?.map((c) => [c.code, c.levels])).toEqual([
      ["D4", LEVELS],
      ["K2", []],
    ]);

    const c = await db.competition.findUniqueOrThrow({
      where: { id: competitionId },
      include: { categories: true, stages: true },
    });
    const desk = c.stages.find((s) => s.kind === "DESK")!;
    const innovation = await db.innovation.findFirstOrThrow({
      where: { status: "APPROVED", versions: { some: {} } },
      include: { versions: true },
    });
    const entry = await db.entry.create({
      data: {
        competitionId,
        innovationId: innovation.id,
        categoryId: c.categories[0]!.id,
        versionId: innovation.versions[0]!.id,
        registeredById: innovation.createdById,
        status: "SCREENED_PASS",
      },
    });
    const assignment = await db.assignment.create({
      data: {
        entryId: entry.id,
        stageId: desk.id,
        evaluatorId: evaluator.user.id,
        assignedById: admin.user.id,
      },
    });

    const ws = await getAssignmentWorkspace(db, evaluator.user, assignment.id);
    expect(ws.criteria.map((cr) => [cr.code, cr.levels])).toEqual([
      ["D4", LEVELS],
      ["K2", []],
    ]);
    await expect(getAssignmentWorkspace(db, otherEvaluator.user, assignment.id)).rejects.toThrow(
      "errors.notFound",
    );
    await expect(getAssignmentWorkspace(db, operator.user, assignment.id)).rejects.toThrow("errors.notFound");
  });
});
