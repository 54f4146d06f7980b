import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { rubricOverview } from "@/lib/competitions/queries/rubric";
import { freezeRubric, saveStageRubric, unlockRubric } from "@/lib/competitions/service/rubric";
import { createCompetition } from "@/lib/competitions/service/setup";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
let competitionId = "";

const criterion = (code: string, weight: number, scaleMax = 10) => ({
  code,
  name: `Kriteria ${code}`,
  guidance: "",
  weight,
  scaleMin: 1,
  scaleMax,
  required: true,
});

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  const u = await db.user.findUniqueOrThrow({
    where: { email: "admin@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user: u, requestId: "it", ip: null };
  competitionId = (
    await createCompetition(db, admin, {
      name: "Lomba Rubrik",
      year: 2029,
      registrationStartsAt: new Date(),
      copyFrom: null,
    })
  ).id;
});
afterAll(async () => {
  await db.entry.deleteMany({ where: { competitionId } });
  await db.competition.deleteMany({ where: { id: competitionId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

describe("the rubric", () => {
  it("is edited freely before scoring; every weighted stage keeps at least one criterion", async () => {
    expect(
      await saveStageRubric(db, admin, {
        competitionId,
        stage: "DESK",
        criteria: [criterion("D4", 60), criterion("K2", 40)],
      }),
    ).toEqual({ ok: true, affected: 0 });
    const overview = await rubricOverview(db, admin.user, competitionId);
    expect(overview.rubric.DESK!.map((c) => c.code)).toEqual(["D4", "K2"]);
    // The template breaks ties on criterion D4: a rubric without it is refused, saying why.
    expect(
      await saveStageRubric(db, admin, { competitionId, stage: "DESK", criteria: [criterion("K9", 10)] }),
    ).toMatchObject({
      ok: false,
      problems: [{ code: "competitions.rules.tieBreakerUnknownCriterion" }],
    });
    const empty = await saveStageRubric(db, admin, { competitionId, stage: "PRESENTATION", criteria: [] });
    expect(empty.ok).toBe(false);
    if (!empty.ok)
      expect(empty.problems.map((p) => p.code)).toContain("competitions.rules.weightedStageWithoutCriteria");
  });

  it("is frozen once scoring starts; an audited unlock says what a change affects, and the change is recorded", async () => {
    const c = await db.competition.findUniqueOrThrow({
      where: { id: competitionId },
      include: { categories: true, stages: { include: { criteria: true } } },
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
    const evaluator = await db.user.findUniqueOrThrow({ where: { email: "penilai@inovasi.test" } });
    const assignment = await db.assignment.create({
      data: { entryId: entry.id, stageId: desk.id, evaluatorId: evaluator.id, assignedById: admin.user.id },
    });
    const k1 = desk.criteria.find((cr) => cr.code === "D4")!;
    const k2 = desk.criteria.find((cr) => cr.code === "K2")!;
    await db.score.createMany({
      data: [
        { assignmentId: assignment.id, criterionId: k1.id, value: 9 },
        { assignmentId: assignment.id, criterionId: k2.id, value: 5 },
      ],
    });
    await db.$transaction((tx) => freezeRubric(tx, competitionId));

    await expect(
      saveStageRubric(db, admin, { competitionId, stage: "DESK", criteria: [criterion("D4", 100)] }),
    ).rejects.toThrow("competitions.errors.rubricFrozen");
    await expect(
      unlockRubric(db, admin, { competitionId, reason: "Bobot K2 salah ketik pada SK panitia." }),
    ).resolves.toEqual({ scores: 2, assignments: 1 });
    const unlock = await db.auditLog.findFirstOrThrow({
      where: { action: "rubric.unlock", entityId: competitionId },
    });
    expect(unlock.after).toMatchObject({ reason: "Bobot K2 salah ketik pada SK panitia.", scores: 2 });

    // K2 removed and D4's scale shrunk below a given value: both scores are affected.
    expect(
      await saveStageRubric(db, admin, { competitionId, stage: "DESK", criteria: [criterion("D4", 100, 5)] }),
    ).toEqual({ ok: true, affected: 2 });
    expect(await db.score.count({ where: { criterionId: k2.id } })).toBe(0);
    const update = await db.auditLog.findFirstOrThrow({
      where: { action: "rubric.update", entityId: competitionId },
      orderBy: { createdAt: "desc" },
    });
    expect(update.after).toMatchObject({ stage: "DESK", affectedAssignments: [assignment.id] });
    expect((await rubricOverview(db, admin.user, competitionId)).frozenAt).not.toBeNull();
  });
});
