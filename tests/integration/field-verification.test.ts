import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { rankExport } from "@/lib/scoring/io";
import { exportCompetition } from "@/lib/scoring/io/export";
import { declareNoConflict, reopenReview, saveScores, submitReview } from "@/lib/reviews/service";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

// Field verification as a pass/fail stage: the evaluator gives a verdict when sending the review, the export
// carries it, and the ranking engine gates the final ranking on it. A competition of its own, deleted at the end.
let db: Db;
let sideEffects: SideEffects | undefined;
const ctx: Record<string, ActionContext> = {};
const DAY = 24 * 60 * 60 * 1000;
let competitionId = "";
let fieldAssignment = "";
let checklistCriterion = "";
let entryId = "";
let innovationId = "";

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it-field", ip: "127.0.0.1" };
}

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  ctx.penilai = await contextFor("penilai@inovasi.test");
  ctx.penilai2 = await contextFor("penilai2@inovasi.test");
  ctx.admin = await contextFor("admin@inovasi.test");
  const operator = (await contextFor("operator.dinkes@inovasi.test")).user;
  const now = Date.now();
  const competition = await db.competition.create({
    data: {
      regionId: ctx.admin.user.regionId,
      name: `Uji Verifikasi Lapangan ${randomBytes(4).toString("hex")}`,
      year: new Date().getFullYear(),
      status: "ACTIVE",
      passingGrade: 50,
      shortlistSize: 3,
      stages: {
        create: [
          { kind: "DESK", startsAt: new Date(now - 20 * DAY), endsAt: new Date(now - 10 * DAY), weight: 100 },
          {
            kind: "FIELD_VERIFICATION",
            startsAt: new Date(now - DAY),
            endsAt: new Date(now + 5 * DAY),
            passFail: true,
          },
        ],
      },
      categories: { create: [{ code: "UMUM", name: "Umum" }] },
    },
    include: { stages: true, categories: true },
  });
  competitionId = competition.id;
  const desk = competition.stages.find((s) => s.kind === "DESK")!;
  const field = competition.stages.find((s) => s.kind === "FIELD_VERIFICATION")!;
  const deskCriterion = await db.criterion.create({
    data: { stageId: desk.id, code: "D1", name: "Mutu", weight: 1, scaleMin: 1, scaleMax: 10 },
  });
  checklistCriterion = (
    await db.criterion.create({
      data: {
        stageId: field.id,
        code: "V1",
        name: "Sarana ada di lokasi",
        weight: 1,
        scaleMin: 0,
        scaleMax: 1,
        required: true,
      },
    })
  ).id;
  const innovation = await db.innovation.create({
    data: {
      regionId: ctx.admin.user.regionId,
      opdId: operator.opdId!,
      year: new Date().getFullYear(),
      title: "Inovasi untuk verifikasi lapangan",
      status: "APPROVED",
      createdById: operator.id,
      updatedById: operator.id,
    },
  });
  innovationId = innovation.id;
  const version = await db.innovationVersion.create({
    data: {
      innovationId: innovation.id,
      versionNo: 1,
      snapshot: { title: innovation.title },
      status: "APPROVED",
      createdById: operator.id,
    },
  });
  const entry = await db.entry.create({
    data: {
      competitionId,
      innovationId: innovation.id,
      categoryId: competition.categories[0]!.id,
      versionId: version.id,
      status: "SHORTLISTED",
      registeredById: operator.id,
    },
  });
  entryId = entry.id;
  // The desk review is done: 8 of 10.
  const deskAssignment = await db.assignment.create({
    data: {
      entryId,
      stageId: desk.id,
      evaluatorId: ctx.penilai2.user.id,
      assignedById: ctx.admin.user.id,
      noConflictAt: new Date(),
    },
  });
  await db.score.create({
    data: { assignmentId: deskAssignment.id, criterionId: deskCriterion.id, value: 8 },
  });
  await db.review.create({
    data: { assignmentId: deskAssignment.id, submittedAt: new Date(), locked: true },
  });
  fieldAssignment = (
    await db.assignment.create({
      data: { entryId, stageId: field.id, evaluatorId: ctx.penilai.user.id, assignedById: ctx.admin.user.id },
    })
  ).id;
});

afterAll(async () => {
  // Scores hold their criteria (Restrict), so the assignments go first.
  await db.assignment.deleteMany({ where: { entry: { competitionId } } });
  await db.competition.delete({ where: { id: competitionId } });
  await db.innovation.deleteMany({ where: { id: innovationId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

describe("field verification as a pass/fail stage", () => {
  it("needs a verdict to send the review, and refuses one on a scored stage", async () => {
    await declareNoConflict(db, ctx.penilai!, { assignmentId: fieldAssignment });
    const saved = await saveScores(db, ctx.penilai!, {
      assignmentId: fieldAssignment,
      revision: 1,
      values: { [checklistCriterion]: 1 },
      comments: {},
    });
    expect(saved.kind).toBe("saved");
    const revision = saved.kind === "saved" ? saved.revision : 0;
    await expect(
      submitReview(db, ctx.penilai!, { assignmentId: fieldAssignment, revision }),
    ).rejects.toMatchObject({
      message: "reviews.errors.verdictRequired",
    });
    expect((await db.review.findUniqueOrThrow({ where: { assignmentId: fieldAssignment } })).locked).toBe(
      false,
    );

    const sent = await submitReview(db, ctx.penilai!, {
      assignmentId: fieldAssignment,
      revision,
      verdict: "FAIL",
    });
    expect(sent).toMatchObject({ ok: true, verdict: false });
    const review = await db.review.findUniqueOrThrow({ where: { assignmentId: fieldAssignment } });
    expect(review).toMatchObject({ locked: true, verdict: false });
  });

  it("exports the verdict, and the engine keeps a failed entry out of the final ranking", async () => {
    const file = await exportCompetition(db, competitionId);
    const fieldReview = file.reviews.find((r) => r.stage === "FIELD_VERIFICATION");
    expect(fieldReview).toMatchObject({ entryId, passed: false });
    const deskReview = file.reviews.find((r) => r.stage === "DESK");
    expect(deskReview && "passed" in deskReview).toBe(false);

    const final = rankExport(file).final.find((f) => f.entryId === entryId)!;
    expect(final.verdicts.FIELD_VERIFICATION).toBe("FAIL");
    expect(final.status).not.toBe("RANKED");
    expect(final.finalRank).toBeNull();
  });

  it("reopening clears the verdict; a PASS lets the entry be ranked", async () => {
    await reopenReview(db, ctx.admin!, { assignmentId: fieldAssignment, reason: "Salah pilih hasil" });
    const reopened = await db.review.findUniqueOrThrow({ where: { assignmentId: fieldAssignment } });
    expect(reopened).toMatchObject({ locked: false, verdict: null });
    await submitReview(db, ctx.penilai!, {
      assignmentId: fieldAssignment,
      revision: reopened.revision,
      verdict: "PASS",
    });

    const final = rankExport(await exportCompetition(db, competitionId)).final.find(
      (f) => f.entryId === entryId,
    )!;
    expect(final.verdicts.FIELD_VERIFICATION).toBe("PASS");
    expect(final).toMatchObject({ status: "RANKED", finalRank: 1 });
  });
});
