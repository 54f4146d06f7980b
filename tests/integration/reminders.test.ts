import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role, StageKind } from "@/lib/generated/prisma/client";
import { dueReminders } from "@/lib/notifications/queries";

// A region of its own, so that who is reminded can be worked out by hand: two OPDs (one has entered, one has
// not), the secretariat, three evaluators (one with a review pending, one submitted, one who declared a conflict).
const HOUR = 60 * 60 * 1000;
const now = new Date("2026-08-10T01:00:00Z");
let db: Db;
let regionId = "";
const ids: Record<string, string> = {};
const stageIds: Partial<Record<StageKind, string>> = {};
let competitionId = "";

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  regionId = (await db.region.create({ data: { code: "99.71", name: "Kota Pengingat", kind: "KOTA" } })).id;
  const opd = async (shortName: string) =>
    (await db.opd.create({ data: { regionId, name: `Dinas ${shortName}`, shortName, kind: "DINAS" } })).id;
  ids.entered = await opd("MASUK");
  ids.absent = await opd("ABSEN");
  ids.closed = await opd("TUTUP");
  await db.opd.update({ where: { id: ids.closed }, data: { active: false } });
  const user = async (key: string, role: Role, opdId: string | null = null, active = true) => {
    ids[key] = (
      await db.user.create({
        data: { regionId, opdId, role, active, name: key, email: `${key.toLowerCase()}@pengingat.test` },
      })
    ).id;
  };
  await user("admin", "ADMIN");
  await user("admin2", "ADMIN");
  await user("retiredAdmin", "ADMIN", null, false);
  await user("enteredOp", "OPD_OPERATOR", ids.entered);
  await user("enteredHead", "OPD_HEAD", ids.entered);
  await user("absentOp", "OPD_OPERATOR", ids.absent);
  await user("absentHead", "OPD_HEAD", ids.absent);
  await user("absentGone", "OPD_OPERATOR", ids.absent, false);
  await user("closedOp", "OPD_OPERATOR", ids.closed);
  await user("pending", "EVALUATOR");
  await user("done", "EVALUATOR");
  await user("conflicted", "EVALUATOR");

  const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
  const competition = await db.competition.create({
    data: {
      regionId,
      name: "Kompetisi Pengingat",
      year: 2026,
      status: "ACTIVE",
      passingGrade: 60,
      shortlistSize: 3,
      stages: {
        create: [
          { kind: "REGISTRATION", startsAt: at(-500), endsAt: at(60) }, // 2.5 days: the 3-day reminder
          { kind: "SCREENING", startsAt: at(-500), endsAt: at(36) }, // 1.5 days: neither window
          { kind: "DESK", startsAt: at(-500), endsAt: at(12) }, // half a day: the 1-day reminder
          { kind: "OBJECTION", startsAt: at(-500), endsAt: at(20) }, // 1-day window, nothing pending
          { kind: "ANNOUNCEMENT", startsAt: at(-500), endsAt: at(-1) }, // closed already
        ],
      },
      categories: { create: [{ code: "A", name: "Umum" }] },
    },
    include: { stages: true, categories: true },
  });
  competitionId = competition.id;
  for (const s of competition.stages) stageIds[s.kind] = s.id;
  const innovation = await db.innovation.create({
    data: {
      regionId,
      opdId: ids.entered,
      year: 2026,
      title: "Inovasi yang Sudah Ikut",
      status: "APPROVED",
      createdById: ids.enteredOp!,
      updatedById: ids.enteredOp!,
    },
  });
  ids.innovation = innovation.id;
  const version = await db.innovationVersion.create({
    data: {
      innovationId: innovation.id,
      versionNo: 1,
      snapshot: {},
      status: "APPROVED",
      createdById: ids.enteredOp!,
    },
  });
  const entry = await db.entry.create({
    data: {
      competitionId,
      innovationId: innovation.id,
      categoryId: competition.categories[0]!.id,
      versionId: version.id,
      registeredById: ids.enteredOp!,
      status: "SCREENED_PASS",
    },
  });
  const assign = (evaluator: string, extra: object = {}) =>
    db.assignment.create({
      data: {
        entryId: entry.id,
        stageId: stageIds.DESK!,
        evaluatorId: ids[evaluator]!,
        assignedById: ids.admin!,
        ...extra,
      },
    });
  await assign("pending");
  const done = await assign("done");
  await db.review.create({ data: { assignmentId: done.id, submittedAt: at(-2) } });
  await assign("conflicted", { conflictDeclared: true, conflictNote: "Saudara kandung kepala OPD" });
});

afterAll(async () => {
  await db.competition.deleteMany({ where: { regionId } });
  await db.innovation.deleteMany({ where: { regionId } });
  await db.user.deleteMany({ where: { regionId } });
  await db.opd.deleteMany({ where: { regionId } });
  await db.region.delete({ where: { id: regionId } });
  await db.$disconnect();
});

const ours = async (at: Date) =>
  (await dueReminders(db, at)).filter((r) => r.competition.id === competitionId);
const sorted = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

describe("reminders before a stage closes", () => {
  it("reminds each stage's people with pending work, in its own day-wide window", async () => {
    const due = await ours(now);
    expect(due.map((r) => [r.stageKind, r.days])).toEqual([
      ["DESK", 1],
      ["REGISTRATION", 3],
    ]);
    // Registration: the operators and heads of the active OPD that has not entered; not the one that has,
    // not a deactivated account, not an inactive OPD's staff.
    expect(due.find((r) => r.stageKind === "REGISTRATION")!.userIds).toEqual(
      sorted("absentOp", "absentHead"),
    );
    // Desk evaluation: only the evaluator whose review is still pending.
    expect(due.find((r) => r.stageKind === "DESK")!.userIds).toEqual(sorted("pending"));
  });

  it("sends the 1-day reminder of a stage in its last day and nothing outside both windows", async () => {
    // 30 hours later: registration closes in 30 h (neither window), screening in 6 h (1 day), desk is over.
    const later = new Date(now.getTime() + 30 * HOUR);
    const due = await ours(later);
    // Screening has no entry waiting (the only one is screened), so nobody is reminded of it.
    expect(due).toEqual([]);
    await db.entry.updateMany({ where: { competitionId }, data: { status: "REGISTERED" } });
    try {
      const withWork = await ours(later);
      expect(withWork.map((r) => [r.stageKind, r.days, r.userIds])).toEqual([
        ["SCREENING", 1, sorted("admin", "admin2")],
      ]);
    } finally {
      await db.entry.updateMany({ where: { competitionId }, data: { status: "SCREENED_PASS" } });
    }
  });

  it("reminds nobody of a competition that is not active", async () => {
    await db.competition.update({ where: { id: competitionId }, data: { status: "DRAFT" } });
    try {
      expect(await ours(now)).toEqual([]);
    } finally {
      await db.competition.update({ where: { id: competitionId }, data: { status: "ACTIVE" } });
    }
  });
});
