import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { assignmentBoard } from "@/lib/competitions/queries/assignments";
import {
  assignManually,
  autoAssign,
  remindOverdue,
  removeAssignment,
} from "@/lib/competitions/service/assignments";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { findReadable } from "@/lib/innovations/queries";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
let competitionId: string;
const entryIds: string[] = [];
let insiderId: string;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  const u = await db.user.findUniqueOrThrow({
    where: { email: "admin@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user: u, requestId: "it", ip: null };
  const c = await db.competition.findFirstOrThrow({
    where: { name: { startsWith: "Kompetisi Inovasi Daerah" }, regionId: u.regionId },
    include: { categories: true },
  });
  competitionId = c.id;
  // An evaluator who works at the Dinas Kesehatan must never score its innovations.
  const dinkes = await db.opd.findFirstOrThrow({ where: { regionId: u.regionId, shortName: "DINKES" } });
  insiderId = (
    await db.user.create({
      data: {
        email: "penilai.dinkes@inovasi.test",
        name: "Penilai Orang Dinkes",
        role: "EVALUATOR",
        regionId: u.regionId,
        opdId: dinkes.id,
      },
    })
  ).id;
  // Approved innovations of the demo region with a frozen version (other files may add bare ones meanwhile).
  const innovations = await db.innovation.findMany({
    where: { status: "APPROVED", regionId: u.regionId, versions: { some: {} } },
    include: { versions: true },
  });
  for (const inn of innovations) {
    const e = await db.entry.create({
      data: {
        competitionId,
        innovationId: inn.id,
        categoryId: c.categories[0]!.id,
        versionId: inn.versions[0]!.id,
        registeredById: inn.createdById,
        status: "SCREENED_PASS",
      },
    });
    entryIds.push(e.id);
  }
});
afterAll(async () => {
  await db.entry.deleteMany({ where: { id: { in: entryIds } } });
  await db.user.delete({ where: { id: insiderId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

describe("evaluator assignment", () => {
  it("fills every panel, balanced, never with an evaluator from the entry's own OPD, and tells the evaluators", async () => {
    const result = await autoAssign(db, admin, { competitionId, stage: "DESK" });
    const board = await assignmentBoard(db, admin.user, competitionId, "DESK");
    for (const e of board.entries) {
      expect(e.assignments).toHaveLength(3);
      const ids = e.assignments.map((a) => a.evaluator.id);
      if (e.innovation.title.startsWith("SIGAP")) expect(ids).not.toContain(insiderId);
    }
    const loads = board.evaluators.map((e) => e.assigned);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(result.unmet).toEqual([]);
    expect(await db.notification.count({ where: { kind: "assignment.created" } })).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { action: "assignment.auto", entityId: competitionId } })).toBe(
      1,
    );
    // Running it again changes nothing: the panels are full.
    expect((await autoAssign(db, admin, { competitionId, stage: "DESK" })).assignments).toEqual([]);
  });

  it("lets an assigned evaluator read the innovation (and so its documents), and no other evaluator", async () => {
    const board = await assignmentBoard(db, admin.user, competitionId, "DESK");
    const entry = board.entries[0]!;
    const innovation = await db.entry.findUniqueOrThrow({
      where: { id: entry.id },
      select: { innovationId: true },
    });
    const assigned = new Set(entry.assignments.map((a) => a.evaluator.id));
    const asUser = (id: string) =>
      db.user.findUniqueOrThrow({
        where: { id },
        select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
      });
    const inside = await asUser([...assigned][0]!);
    expect((await findReadable(db, inside, innovation.innovationId, { id: true })).id).toBe(
      innovation.innovationId,
    );
    const outsider = board.evaluators.find((e) => !assigned.has(e.id));
    if (outsider)
      await expect(
        findReadable(db, await asUser(outsider.id), innovation.innovationId, { id: true }),
      ).rejects.toThrow("errors.notFound");
  });

  it("refuses to assign by hand an evaluator from the entry's OPD", async () => {
    const board = await assignmentBoard(db, admin.user, competitionId, "DESK");
    const sigap = board.entries.find((e) => e.innovation.title.startsWith("SIGAP"))!;
    await expect(
      assignManually(db, admin, {
        competitionId,
        stage: "DESK",
        entryIds: [sigap.id],
        evaluatorIds: [insiderId],
      }),
    ).rejects.toMatchObject({
      message: "competitions.errors.ownOpd",
    });
  });

  it("removes an unsubmitted assignment, and reminds evaluators past their due date", async () => {
    const board = await assignmentBoard(db, admin.user, competitionId, "DESK");
    const a = board.entries[0]!.assignments[0]!;
    await removeAssignment(db, admin, { assignmentId: a.id });
    expect(await db.assignment.count({ where: { id: a.id } })).toBe(0);

    const afterDeadline = new Date(board.stage.endsAt.getTime() + 86_400_000);
    const remindersBefore = await db.notification.count({ where: { kind: "review.reminder" } });
    const { reminded } = await remindOverdue(db, admin, { competitionId, stage: "DESK" }, afterDeadline);
    expect(reminded).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { kind: "review.reminder" } })).toBe(
      remindersBefore + reminded,
    );
    expect(
      (await remindOverdue(db, admin, { competitionId, stage: "DESK" }, board.stage.startsAt)).reminded,
    ).toBe(0);
  });

  it("assigns in bulk every chosen evaluator to every chosen entry, skipping pairs that exist, in one audited step", async () => {
    const board = await assignmentBoard(db, admin.user, competitionId, "DESK");
    const chosen = board.entries.filter((e) => !e.innovation.title.startsWith("SIGAP")).slice(0, 2);
    expect(chosen).toHaveLength(2);
    await db.assignment.deleteMany({ where: { entryId: { in: chosen.map((e) => e.id) } } });
    const evaluators = board.evaluators
      .filter((e) => e.id !== insiderId)
      .slice(0, 2)
      .map((e) => e.id);
    // One pair already exists: it is kept, not duplicated.
    await assignManually(db, admin, {
      competitionId,
      stage: "DESK",
      entryIds: [chosen[0]!.id],
      evaluatorIds: [evaluators[0]!],
    });
    const audits = await db.auditLog.count({
      where: { action: "assignment.manual", entityId: competitionId },
    });

    const { created } = await assignManually(db, admin, {
      competitionId,
      stage: "DESK",
      entryIds: chosen.map((e) => e.id),
      evaluatorIds: evaluators,
    });
    expect(created).toBe(3);
    const pairs = await db.assignment.findMany({
      where: { entryId: { in: chosen.map((e) => e.id) } },
      select: { entryId: true, evaluatorId: true },
    });
    expect(pairs).toHaveLength(4);
    expect(new Set(pairs.map((p) => `${p.entryId}:${p.evaluatorId}`)).size).toBe(4);
    expect(await db.auditLog.count({ where: { action: "assignment.manual", entityId: competitionId } })).toBe(
      audits + 1,
    );

    // A bulk request with one forbidden pair (the insider on SIGAP) changes nothing at all.
    const sigap = board.entries.find((e) => e.innovation.title.startsWith("SIGAP"))!;
    const before = await db.assignment.count();
    await expect(
      assignManually(db, admin, {
        competitionId,
        stage: "DESK",
        entryIds: [chosen[1]!.id, sigap.id],
        evaluatorIds: [insiderId],
      }),
    ).rejects.toMatchObject({ message: "competitions.errors.ownOpd" });
    expect(await db.assignment.count()).toBe(before);
  });

  it("refuses anyone but the secretariat", async () => {
    const op = await db.user.findUniqueOrThrow({
      where: { email: "operator.dinkes@inovasi.test" },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
    await expect(
      autoAssign(db, { user: op, requestId: "it", ip: null }, { competitionId, stage: "DESK" }),
    ).rejects.toThrow("errors.forbidden");
  });
});
