import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createCompetition, updateSettings } from "@/lib/competitions/service/setup";
import { parseCompetitionConfig } from "@/lib/competitions/rules/config";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
const created: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  const u = await db.user.findUniqueOrThrow({
    where: { email: "admin@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user: u, requestId: "it", ip: null };
});
afterAll(async () => {
  await db.competition.deleteMany({ where: { id: { in: created } } });
  await sideEffects?.remove();
  await db.$disconnect();
});

describe("creating next year's competition", () => {
  it("copies last year's settings, categories and rubric, with a schedule in order from the registration date", async () => {
    const source = await db.competition.findFirstOrThrow({
      where: { name: { startsWith: "Kompetisi Inovasi Daerah" } },
      include: { stages: { include: { criteria: true } }, categories: true },
    });
    const start = new Date("2027-02-01T00:00:00+07:00");
    const c = await createCompetition(db, admin, {
      name: "Kompetisi Inovasi Daerah 2027",
      year: 2027,
      registrationStartsAt: start,
      copyFrom: source.id,
    });
    created.push(c.id);
    const copy = await db.competition.findUniqueOrThrow({
      where: { id: c.id },
      include: {
        stages: { orderBy: { startsAt: "asc" }, include: { criteria: { orderBy: { position: "asc" } } } },
        categories: true,
      },
    });
    expect(copy.stages.map((s) => s.kind)).toEqual([
      "REGISTRATION",
      "SCREENING",
      "DESK",
      "OBJECTION",
      "PRESENTATION",
      "FIELD_VERIFICATION",
      "ANNOUNCEMENT",
    ]);
    expect(copy.stages[0]!.startsAt).toEqual(start);
    for (let i = 1; i < copy.stages.length; i++)
      expect(copy.stages[i]!.startsAt).toEqual(copy.stages[i - 1]!.endsAt);
    const desk = copy.stages.find((s) => s.kind === "DESK")!;
    const sourceDesk = source.stages.find((s) => s.kind === "DESK")!;
    expect(desk.criteria.map((cr) => [cr.code, Number(cr.weight), cr.scaleMin, cr.scaleMax])).toEqual(
      [...sourceDesk.criteria]
        .sort((a, b) => a.position - b.position)
        .map((cr) => [cr.code, Number(cr.weight), cr.scaleMin, cr.scaleMax]),
    );
    expect(desk.criteria.every((cr) => !sourceDesk.criteria.some((s) => s.id === cr.id))).toBe(true);
    expect(copy.categories.map((k) => k.code).sort()).toEqual(source.categories.map((k) => k.code).sort());
    expect(await db.auditLog.count({ where: { action: "competition.create", entityId: c.id } })).toBe(1);

    await expect(
      createCompetition(db, admin, {
        name: "Kompetisi Inovasi Daerah 2027",
        year: 2027,
        registrationStartsAt: start,
        copyFrom: null,
      }),
    ).rejects.toThrow("competitions.errors.duplicateName");
  });

  it("starts from the template, and refuses anyone but the secretariat", async () => {
    const c = await createCompetition(db, admin, {
      name: "Lomba Inovasi Kecamatan",
      year: 2027,
      registrationStartsAt: new Date(),
      copyFrom: null,
    });
    created.push(c.id);
    expect(await db.criterion.count({ where: { stage: { competitionId: c.id, kind: "DESK" } } })).toBe(10);
    const op = await db.user.findUniqueOrThrow({
      where: { email: "operator.dinkes@inovasi.test" },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
    await expect(
      createCompetition(
        db,
        { user: op, requestId: "it", ip: null },
        { name: "X", year: 2027, registrationStartsAt: new Date(), copyFrom: null },
      ),
    ).rejects.toThrow("errors.forbidden");
  });
});

describe("editing a competition's settings", () => {
  it("saves valid settings, audited; refuses quotas above the shortlist and removing a category in use", async () => {
    const c = await createCompetition(db, admin, {
      name: "Lomba Pengaturan",
      year: 2028,
      registrationStartsAt: new Date(),
      copyFrom: null,
    });
    created.push(c.id);
    const base = {
      name: "Lomba Pengaturan",
      year: "2028",
      passingGrade: "75,5",
      shortlistSize: "12",
      evaluatorsPerEntry: "4",
      aggregation: "MEDIAN",
      zNormalize: "on",
      categories: [
        { code: "UMUM", name: "Umum", quota: "8" },
        { code: "REPLIKASI", name: "Replikasi", quota: "" },
      ],
      stageWeights: {
        DESK: { weight: "60" },
        PRESENTATION: { weight: "40" },
        FIELD_VERIFICATION: { weight: "0" },
      },
      tieBreakers: [{ kind: "STAGE", stage: "PRESENTATION" }],
    };
    const ok = parseCompetitionConfig(base);
    if (!ok.ok) throw new Error(JSON.stringify(ok.problems));
    expect(await updateSettings(db, admin, c.id, ok.value)).toEqual({ ok: true });
    const saved = await db.competition.findUniqueOrThrow({
      where: { id: c.id },
      include: { categories: true, stages: true },
    });
    expect([
      Number(saved.passingGrade),
      saved.shortlistSize,
      saved.aggregation,
      saved.zNormalize,
      saved.hideEvaluatorNames,
    ]).toEqual([75.5, 12, "MEDIAN", true, false]);
    expect(saved.categories.find((k) => k.code === "REPLIKASI")!.quota).toBeNull();
    expect(saved.stages.map((s) => [s.kind, Number(s.weight)]).filter(([, w]) => w)).toEqual(
      expect.arrayContaining([
        ["DESK", 60],
        ["PRESENTATION", 40],
      ]),
    );

    // A pass/fail field verification needs criteria first: the rubric check says so.
    const passFail = parseCompetitionConfig({
      ...base,
      stageWeights: { ...base.stageWeights, FIELD_VERIFICATION: { weight: "0", passFail: "on" } },
    });
    if (!passFail.ok) throw new Error("expected valid");
    expect(await updateSettings(db, admin, c.id, passFail.value)).toMatchObject({
      ok: false,
      problems: [{ code: "competitions.rules.weightedStageWithoutCriteria" }],
    });
    expect(await db.auditLog.count({ where: { action: "competition.settings", entityId: c.id } })).toBe(1);

    const tooMany = parseCompetitionConfig({ ...base, shortlistSize: "5" });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok)
      expect(tooMany.problems.map((p) => p.code)).toContain("competitions.rules.quotasExceedShortlist");

    // A category with entries cannot disappear.
    const innovation = await db.innovation.findFirstOrThrow({
      where: { title: { startsWith: "SIGAP Bumil" }, regionId: admin.user.regionId },
      include: { versions: true },
    });
    const umum = saved.categories.find((k) => k.code === "UMUM")!;
    await db.entry.create({
      data: {
        competitionId: c.id,
        innovationId: innovation.id,
        categoryId: umum.id,
        versionId: innovation.versions[0]!.id,
        registeredById: innovation.createdById,
      },
    });
    const withoutUmum = parseCompetitionConfig({
      ...base,
      categories: [{ code: "REPLIKASI", name: "Replikasi", quota: "" }],
    });
    if (!withoutUmum.ok) throw new Error("expected valid");
    const refused = await updateSettings(db, admin, c.id, withoutUmum.value);
    expect(refused).toMatchObject({
      ok: false,
      problems: [{ code: "competitions.errors.categoryInUse", params: { code: "UMUM" } }],
    });
    expect(await db.competitionCategory.count({ where: { competitionId: c.id } })).toBe(2);
  });
});
