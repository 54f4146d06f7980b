import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createCompetition } from "@/lib/competitions/create";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";

let db: Db;
let admin: ActionContext;
const created: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  const u = await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" }, select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true } });
  admin = { user: u, requestId: "it", ip: null };
});
afterAll(async () => {
  await db.competition.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

describe("creating next year's competition", () => {
  it("copies last year's settings, categories and rubric, with a schedule in order from the registration date", async () => {
    const source = await db.competition.findFirstOrThrow({ where: { name: { startsWith: "Kompetisi Inovasi Daerah" } }, include: { stages: { include: { criteria: true } }, categories: true } });
    const start = new Date("2027-02-01T00:00:00+07:00");
    const c = await createCompetition(db, admin, { name: "Kompetisi Inovasi Daerah 2027", year: 2027, registrationStartsAt: start, copyFrom: source.id });
    created.push(c.id);
    const copy = await db.competition.findUniqueOrThrow({ where: { id: c.id }, include: { stages: { orderBy: { startsAt: "asc" }, include: { criteria: { orderBy: { position: "asc" } } } }, categories: true } });
    expect(copy.stages.map((s) => s.kind)).toEqual(["REGISTRATION", "SCREENING", "DESK", "OBJECTION", "PRESENTATION", "FIELD_VERIFICATION", "ANNOUNCEMENT"]);
    expect(copy.stages[0]!.startsAt).toEqual(start);
    for (let i = 1; i < copy.stages.length; i++) expect(copy.stages[i]!.startsAt).toEqual(copy.stages[i - 1]!.endsAt);
    const desk = copy.stages.find((s) => s.kind === "DESK")!;
    const sourceDesk = source.stages.find((s) => s.kind === "DESK")!;
    expect(desk.criteria.map((cr) => [cr.code, Number(cr.weight), cr.scaleMin, cr.scaleMax])).toEqual(
      [...sourceDesk.criteria].sort((a, b) => a.position - b.position).map((cr) => [cr.code, Number(cr.weight), cr.scaleMin, cr.scaleMax]),
    );
    expect(desk.criteria.every((cr) => !sourceDesk.criteria.some((s) => s.id === cr.id))).toBe(true);
    expect(copy.categories.map((k) => k.code).sort()).toEqual(source.categories.map((k) => k.code).sort());
    expect(await db.auditLog.count({ where: { action: "competition.create", entityId: c.id } })).toBe(1);

    await expect(createCompetition(db, admin, { name: "Kompetisi Inovasi Daerah 2027", year: 2027, registrationStartsAt: start, copyFrom: null })).rejects.toThrow(
      "competitions.errors.duplicateName",
    );
  });

  it("starts from the template, and refuses anyone but the secretariat", async () => {
    const c = await createCompetition(db, admin, { name: "Lomba Inovasi Kecamatan", year: 2027, registrationStartsAt: new Date(), copyFrom: null });
    created.push(c.id);
    expect(await db.criterion.count({ where: { stage: { competitionId: c.id, kind: "DESK" } } })).toBe(10);
    const op = await db.user.findUniqueOrThrow({ where: { email: "operator.dinkes@inovasi.test" }, select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true } });
    await expect(createCompetition(db, { user: op, requestId: "it", ip: null }, { name: "X", year: 2027, registrationStartsAt: new Date(), copyFrom: null })).rejects.toThrow("errors.forbidden");
  });
});
