import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { evaluatorQueue, getAssignmentWorkspace, peerScores } from "@/lib/reviews/queries";
import {
  declareConflict,
  declareNoConflict,
  reopenReview,
  saveScores,
  submitReview,
} from "@/lib/reviews/service";
import { seed } from "@/prisma/seed";

// A competition of its own, whose DESK stage is open now, with one entry assigned to three
// evaluators. Everything is deleted at the end so the other files see the seed unchanged.
let db: Db;
const ctx: Record<string, ActionContext> = {};
const DAY = 24 * 60 * 60 * 1000;
const FROZEN_TITLE = "Layanan Antar Obat Lansia (versi beku)";

let competitionId = "";
let deskStageId = "";
let innovationId = "";
let entryId = "";
const crit: Record<string, string> = {};
const asg: Record<"a1" | "a2" | "a3", string> = { a1: "", a2: "", a3: "" };
let otherStageCriterionId = "";

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it-reviews", ip: "127.0.0.1" };
}

const reviewOf = (assignmentId: string) => db.review.findUnique({ where: { assignmentId } });
const scoresOf = (assignmentId: string) =>
  db.score.findMany({ where: { assignmentId }, orderBy: { criterionId: "asc" } });
const auditActions = async (entityId: string) =>
  (await db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map((a) => a.action);

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  for (const [k, email] of Object.entries({
    penilai: "penilai@inovasi.test",
    penilai2: "penilai2@inovasi.test",
    penilai3: "penilai3@inovasi.test",
    admin: "admin@inovasi.test",
    operator: "operator.dinkes@inovasi.test",
  })) {
    ctx[k] = await contextFor(email);
  }
  const now = Date.now();
  const admin = ctx.admin!.user;
  const operator = ctx.operator!.user;
  const competition = await db.competition.create({
    data: {
      regionId: admin.regionId,
      name: `Uji Penilaian ${randomBytes(4).toString("hex")}`,
      year: new Date().getFullYear(),
      status: "ACTIVE",
      passingGrade: 60,
      shortlistSize: 5,
      hideEvaluatorNames: true,
      stages: {
        create: [
          { kind: "REGISTRATION", startsAt: new Date(now - 30 * DAY), endsAt: new Date(now - 20 * DAY) },
          { kind: "DESK", startsAt: new Date(now - DAY), endsAt: new Date(now + 10 * DAY), weight: 100 },
        ],
      },
      categories: { create: [{ code: "UMUM", name: "Umum" }] },
    },
    include: { stages: true, categories: true },
  });
  competitionId = competition.id;
  deskStageId = competition.stages.find((s) => s.kind === "DESK")!.id;
  const registration = competition.stages.find((s) => s.kind === "REGISTRATION")!;
  const rubric = [
    { code: "K1", name: "Kebaruan", weight: 30, scaleMin: 1, scaleMax: 5, required: true },
    { code: "K2", name: "Dampak", weight: 40, scaleMin: 1, scaleMax: 10, required: true },
    { code: "K3", name: "Keberlanjutan", weight: 30, scaleMin: 1, scaleMax: 10, required: true },
    { code: "K4", name: "Catatan tambahan", weight: 10, scaleMin: 0, scaleMax: 100, required: false },
  ];
  for (const [position, c] of rubric.entries()) {
    const row = await db.criterion.create({
      data: { ...c, stageId: deskStageId, position, guidance: `Panduan ${c.code}` },
    });
    crit[c.code] = row.id;
  }
  otherStageCriterionId = (
    await db.criterion.create({
      data: { stageId: registration.id, code: "X1", name: "Lain", weight: 1, scaleMin: 1, scaleMax: 5 },
    })
  ).id;

  const innovation = await db.innovation.create({
    data: {
      regionId: admin.regionId,
      opdId: operator.opdId!,
      year: new Date().getFullYear(),
      title: "Judul terbaru setelah pendaftaran",
      status: "APPROVED",
      createdById: operator.id,
      updatedById: operator.id,
      approvedAt: new Date(),
    },
  });
  innovationId = innovation.id;
  const version = await db.innovationVersion.create({
    data: {
      innovationId,
      versionNo: 1,
      snapshot: { title: FROZEN_TITLE, summary: "Obat diantar kader ke rumah lansia." },
      status: "APPROVED",
      createdById: operator.id,
    },
  });
  const entry = await db.entry.create({
    data: {
      competitionId,
      innovationId,
      categoryId: competition.categories[0]!.id,
      versionId: version.id,
      status: "SCREENED_PASS",
      registeredById: operator.id,
    },
  });
  entryId = entry.id;
  for (const [key, who] of [
    ["a1", "penilai"],
    ["a2", "penilai2"],
    ["a3", "penilai3"],
  ] as const) {
    const a = await db.assignment.create({
      data: { entryId, stageId: deskStageId, evaluatorId: ctx[who]!.user.id, assignedById: admin.id },
    });
    asg[key] = a.id;
  }
});

afterAll(async () => {
  if (db) {
    const assignmentIds = Object.values(asg).filter(Boolean);
    const reviewIds = (
      await db.review.findMany({ where: { assignmentId: { in: assignmentIds } }, select: { id: true } })
    ).map((r) => r.id);
    await db.auditLog.deleteMany({ where: { entityId: { in: [...assignmentIds, ...reviewIds] } } });
    await db.notification.deleteMany({
      where: {
        OR: [
          { kind: "conflict.declared", body: { startsWith: "[uji]" } },
          { link: { in: assignmentIds.map((id) => `/penilai/tugas/${id}`) } },
        ],
      },
    });
    await db.assignment.deleteMany({ where: { entryId } });
    await db.entry.deleteMany({ where: { competitionId } });
    await db.competition.deleteMany({ where: { id: competitionId } });
    await db.innovation.deleteMany({ where: { id: innovationId } });
    await db.$disconnect();
  }
});

describe("the evaluators' scoring workspace", () => {
  it("refuses anyone but an evaluator", async () => {
    const op = ctx.operator!;
    await expect(declareNoConflict(db, op, { assignmentId: asg.a1 })).rejects.toThrow("errors.forbidden");
    await expect(
      saveScores(db, op, { assignmentId: asg.a1, revision: 1, values: { [crit.K1!]: 3 }, comments: {} }),
    ).rejects.toThrow("errors.forbidden");
    await expect(submitReview(db, op, { assignmentId: asg.a1, revision: 1 })).rejects.toThrow(
      "errors.forbidden",
    );
    await expect(declareConflict(db, op, { assignmentId: asg.a1, note: "x" })).rejects.toThrow(
      "errors.forbidden",
    );
    await expect(getAssignmentWorkspace(db, op.user, asg.a1)).rejects.toThrow("errors.notFound");
    expect((await evaluatorQueue(db, op.user, { filter: "all" })).rows).toEqual([]);
    // The secretariat reopens reviews but never scores.
    await expect(
      saveScores(db, ctx.admin!, { assignmentId: asg.a1, revision: 1, values: {}, comments: {} }),
    ).rejects.toThrow("errors.forbidden");
    expect(await scoresOf(asg.a1)).toEqual([]);
  });

  it("lists the evaluator's queue with the frozen title, OPD, stage, due date and progress", async () => {
    const q = await evaluatorQueue(db, ctx.penilai!.user, { filter: "all", competitionId });
    expect(q.rows).toHaveLength(1);
    const row = q.rows[0]!;
    expect(row).toMatchObject({
      assignmentId: asg.a1,
      title: FROZEN_TITLE,
      opdShortName: "DINKES",
      stageKind: "DESK",
      status: "notStarted",
      scored: 0,
      total: 4,
      needsConflictCheck: true,
      open: true,
    });
    const desk = await db.competitionStage.findUniqueOrThrow({ where: { id: deskStageId } });
    expect(row.dueAt).toEqual(desk.endsAt);
    expect(q.counts).toEqual({ all: 1, notStarted: 1, inProgress: 0, submitted: 0 });
    expect(q.competitions.map((c) => c.id)).toContain(competitionId);
    expect(
      (await evaluatorQueue(db, ctx.penilai!.user, { filter: "submitted", competitionId })).rows,
    ).toEqual([]);
  });

  it("refuses scoring before the evaluator declares no conflict of interest", async () => {
    await expect(
      saveScores(db, ctx.penilai!, {
        assignmentId: asg.a1,
        revision: 1,
        values: { [crit.K1!]: 3 },
        comments: {},
      }),
    ).rejects.toThrow("reviews.errors.declareFirst");
    await expect(submitReview(db, ctx.penilai!, { assignmentId: asg.a1, revision: 1 })).rejects.toThrow(
      "reviews.errors.declareFirst",
    );
    expect(await scoresOf(asg.a1)).toEqual([]);
    expect(await reviewOf(asg.a1)).toBeNull();

    const declared = await declareNoConflict(db, ctx.penilai!, { assignmentId: asg.a1 });
    expect(declared.noConflictAt).toBeInstanceOf(Date);
    // Idempotent: a second click changes nothing and writes no second audit line.
    await declareNoConflict(db, ctx.penilai!, { assignmentId: asg.a1 });
    expect(await auditActions(asg.a1)).toEqual(["assignment.noConflict"]);
  });

  it("refuses a value outside its criterion's scale, naming the criterion, and stores nothing", async () => {
    await expect(
      saveScores(db, ctx.penilai!, {
        assignmentId: asg.a1,
        revision: 1,
        values: { [crit.K2!]: 7, [crit.K1!]: 6 },
        comments: { [crit.K2!]: "Bagus" },
        overallComment: "Tidak boleh tersimpan",
      }),
    ).rejects.toMatchObject({ message: "reviews.errors.outOfScale", params: { code: "K1", min: 1, max: 5 } });
    await expect(
      saveScores(db, ctx.penilai!, {
        assignmentId: asg.a1,
        revision: 1,
        values: { [crit.K4!]: -1 },
        comments: {},
      }),
    ).rejects.toMatchObject({ message: "reviews.errors.outOfScale", params: { code: "K4" } });
    // A criterion of another stage does not match the assignment.
    await expect(
      saveScores(db, ctx.penilai!, {
        assignmentId: asg.a1,
        revision: 1,
        values: { [otherStageCriterionId]: 3 },
        comments: {},
      }),
    ).rejects.toThrow("reviews.errors.unknownCriterion");
    expect(await scoresOf(asg.a1)).toEqual([]);
    expect(await reviewOf(asg.a1)).toBeNull();

    // The database trigger is the last line of defence.
    await expect(
      db.score.create({ data: { assignmentId: asg.a1, criterionId: crit.K1!, value: 9 } }),
    ).rejects.toThrow();
    await expect(
      db.score.create({ data: { assignmentId: asg.a1, criterionId: otherStageCriterionId, value: 3 } }),
    ).rejects.toThrow();
    expect(await scoresOf(asg.a1)).toEqual([]);
  });

  it("autosaves, and returns a conflict instead of overwriting a newer save", async () => {
    const first = await saveScores(db, ctx.penilai!, {
      assignmentId: asg.a1,
      revision: 1,
      values: { [crit.K1!]: 4 },
      comments: { [crit.K1!]: "  Cukup baru  " },
      overallComment: "Draf catatan",
    });
    expect(first.kind).toBe("saved");
    if (first.kind !== "saved") return;
    expect(first.revision).toBe(2);
    // The first saved score freezes the competition's rubric.
    expect(
      (await db.competition.findUniqueOrThrow({ where: { id: competitionId } })).rubricFrozenAt,
    ).not.toBeNull();

    // Another tab still at revision 1.
    const stale = await saveScores(db, ctx.penilai!, {
      assignmentId: asg.a1,
      revision: 1,
      values: { [crit.K1!]: 2 },
      comments: {},
    });
    expect(stale).toMatchObject({
      kind: "conflict",
      revision: 2,
      server: {
        values: { [crit.K1!]: 4 },
        comments: { [crit.K1!]: "Cukup baru" },
        overallComment: "Draf catatan",
      },
    });
    const stored = await scoresOf(asg.a1);
    expect(stored.map((s) => [s.criterionId, s.value?.toNumber(), s.comment])).toEqual([
      [crit.K1, 4, "Cukup baru"],
    ]);
    expect((await reviewOf(asg.a1))!.revision).toBe(2);

    // Clearing a value with null keeps its comment.
    const cleared = await saveScores(db, ctx.penilai!, {
      assignmentId: asg.a1,
      revision: 2,
      values: { [crit.K4!]: null },
      comments: {},
    });
    expect(cleared).toMatchObject({ kind: "saved", revision: 3 });

    const ws = await getAssignmentWorkspace(db, ctx.penilai!.user, asg.a1);
    expect(ws.revision).toBe(3);
    expect(ws.values).toEqual({ [crit.K1!]: 4, [crit.K4!]: null });
    expect(ws.entry.title).toBe(FROZEN_TITLE);
    expect(ws.criteria.map((c) => c.code)).toEqual(["K1", "K2", "K3", "K4"]);
    expect(ws.status).toBe("inProgress");
    expect(
      (await evaluatorQueue(db, ctx.penilai!.user, { filter: "inProgress", competitionId })).rows,
    ).toHaveLength(1);
  });

  it("refuses to submit while required criteria are empty, listing every one of them", async () => {
    const result = await submitReview(db, ctx.penilai!, { assignmentId: asg.a1, revision: 3 });
    expect(result).toEqual({
      ok: false,
      missing: [
        { id: crit.K2, code: "K2", name: "Dampak" },
        { id: crit.K3, code: "K3", name: "Keberlanjutan" },
      ],
    });
    expect((await reviewOf(asg.a1))!.locked).toBe(false);
    // A submit from a stale tab is refused too.
    await expect(submitReview(db, ctx.penilai!, { assignmentId: asg.a1, revision: 2 })).rejects.toThrow(
      "reviews.errors.staleSubmit",
    );
  });

  it("hides the peers' scores until the evaluator's own review is sent", async () => {
    expect(await peerScores(db, ctx.penilai!.user, asg.a1)).toBeNull();
  });

  it("locks the review on submit; saving afterwards is refused", async () => {
    const saved = await saveScores(db, ctx.penilai!, {
      assignmentId: asg.a1,
      revision: 3,
      values: { [crit.K2!]: 10, [crit.K3!]: 1 },
      comments: {},
    });
    if (saved.kind !== "saved") throw new Error("expected saved");
    const submitted = await submitReview(db, ctx.penilai!, {
      assignmentId: asg.a1,
      revision: saved.revision,
    });
    // K1 4 on 1–5 → 0.75×30, K2 10 → 1×40, K3 1 → 0×30; K4 empty and optional: (22.5+40)/100.
    expect(submitted).toMatchObject({ ok: true });
    if (!submitted.ok) return;
    expect(submitted.score).toBeCloseTo(62.5, 9);
    const review = (await reviewOf(asg.a1))!;
    expect(review.locked).toBe(true);
    expect(review.submittedAt).toBeInstanceOf(Date);
    expect(await auditActions(review.id)).toEqual(["review.submit"]);

    await expect(
      saveScores(db, ctx.penilai!, {
        assignmentId: asg.a1,
        revision: review.revision,
        values: { [crit.K3!]: 9 },
        comments: {},
      }),
    ).rejects.toThrow("reviews.errors.locked");
    await expect(
      submitReview(db, ctx.penilai!, { assignmentId: asg.a1, revision: review.revision }),
    ).rejects.toThrow("reviews.errors.alreadySubmitted");
    await expect(
      declareConflict(db, ctx.penilai!, { assignmentId: asg.a1, note: "terlambat" }),
    ).rejects.toThrow("reviews.errors.alreadySubmitted");
    expect((await scoresOf(asg.a1)).find((s) => s.criterionId === crit.K3)!.value!.toNumber()).toBe(1);
    expect(
      (await evaluatorQueue(db, ctx.penilai!.user, { filter: "submitted", competitionId })).rows,
    ).toHaveLength(1);
  });

  it("never lets another evaluator read or change someone else's assignment", async () => {
    const other = ctx.penilai2!;
    const before = { review: await reviewOf(asg.a1), scores: await scoresOf(asg.a1) };
    await expect(getAssignmentWorkspace(db, other.user, asg.a1)).rejects.toThrow("errors.notFound");
    await expect(peerScores(db, other.user, asg.a1)).rejects.toThrow("errors.notFound");
    await expect(declareNoConflict(db, other, { assignmentId: asg.a1 })).rejects.toThrow("errors.notFound");
    await expect(
      saveScores(db, other, {
        assignmentId: asg.a1,
        revision: before.review!.revision,
        values: { [crit.K1!]: 1 },
        comments: {},
      }),
    ).rejects.toThrow("errors.notFound");
    await expect(
      submitReview(db, other, { assignmentId: asg.a1, revision: before.review!.revision }),
    ).rejects.toThrow("errors.notFound");
    await expect(
      declareConflict(db, other, { assignmentId: asg.a1, note: "bukan milik saya" }),
    ).rejects.toThrow("errors.notFound");
    expect(await reviewOf(asg.a1)).toEqual(before.review);
    expect(await scoresOf(asg.a1)).toEqual(before.scores);
    expect(
      (await evaluatorQueue(db, other.user, { filter: "all", competitionId })).rows.map(
        (r) => r.assignmentId,
      ),
    ).toEqual([asg.a2]);
  });

  it("shows peers' scores, anonymised, once the evaluator has sent their own", async () => {
    const p2 = ctx.penilai2!;
    await declareNoConflict(db, p2, { assignmentId: asg.a2 });
    const saved = await saveScores(db, p2, {
      assignmentId: asg.a2,
      revision: 1,
      values: { [crit.K1!]: 5, [crit.K2!]: 10, [crit.K3!]: 10, [crit.K4!]: 100 },
      comments: {},
      overallComment: "Sangat baik",
    });
    if (saved.kind !== "saved") throw new Error("expected saved");

    // Penilai 2 has not sent theirs: they see nothing; penilai sees that it is not sent yet, without a score.
    expect(await peerScores(db, p2.user, asg.a2)).toBeNull();
    const numbers = [ctx.penilai!.user.id, p2.user.id, ctx.penilai3!.user.id].sort();
    const n = (id: string) => numbers.indexOf(id) + 1;
    let seen = (await peerScores(db, ctx.penilai!.user, asg.a1))!;
    expect(seen.hideNames).toBe(true);
    expect(seen.own.number).toBe(n(ctx.penilai!.user.id));
    expect(seen.own.score).toBeCloseTo(62.5, 9);
    expect(seen.peers).toEqual(
      expect.arrayContaining([{ number: n(p2.user.id), name: null, submitted: false, score: null }]),
    );

    expect(await submitReview(db, p2, { assignmentId: asg.a2, revision: saved.revision })).toMatchObject({
      ok: true,
      score: 100,
    });
    seen = (await peerScores(db, ctx.penilai!.user, asg.a1))!;
    expect(seen.peers.find((p) => p.number === n(p2.user.id))).toEqual({
      number: n(p2.user.id),
      name: null,
      submitted: true,
      score: 100,
    });
    expect(JSON.stringify(seen)).not.toContain(p2.user.name);
    expect(JSON.stringify(seen)).not.toContain(p2.user.id);
    const theirs = (await peerScores(db, p2.user, asg.a2))!;
    expect(theirs.peers.find((p) => p.number === n(ctx.penilai!.user.id))!.score).toBeCloseTo(62.5, 9);

    // With names shown, the peers are named.
    await db.competition.update({ where: { id: competitionId }, data: { hideEvaluatorNames: false } });
    seen = (await peerScores(db, ctx.penilai!.user, asg.a1))!;
    expect(seen.peers.find((p) => p.number === n(p2.user.id))!.name).toBe(p2.user.name);
    await db.competition.update({ where: { id: competitionId }, data: { hideEvaluatorNames: true } });
  });

  it("a declared conflict removes the entry from the evaluator's queue and tells every admin", async () => {
    const p3 = ctx.penilai3!;
    expect(
      (await evaluatorQueue(db, p3.user, { filter: "all", competitionId })).rows.map((r) => r.assignmentId),
    ).toEqual([asg.a3]);
    await expect(declareConflict(db, p3, { assignmentId: asg.a3, note: "   " })).rejects.toThrow(
      "reviews.errors.noteRequired",
    );

    const admins = await db.user.findMany({
      where: { regionId: p3.user.regionId, role: "ADMIN", active: true },
      select: { id: true },
    });
    await declareConflict(db, p3, {
      assignmentId: asg.a3,
      note: "[uji] Saya pernah menjadi konsultan inovasi ini.",
    });

    const row = await db.assignment.findUniqueOrThrow({ where: { id: asg.a3 } });
    expect(row).toMatchObject({
      conflictDeclared: true,
      conflictNote: "[uji] Saya pernah menjadi konsultan inovasi ini.",
    });
    expect(await auditActions(asg.a3)).toEqual(["assignment.conflict"]);
    expect((await evaluatorQueue(db, p3.user, { filter: "all", competitionId })).rows).toEqual([]);
    await expect(getAssignmentWorkspace(db, p3.user, asg.a3)).rejects.toThrow("errors.notFound");
    await expect(declareNoConflict(db, p3, { assignmentId: asg.a3 })).rejects.toThrow("errors.notFound");
    await expect(
      saveScores(db, p3, { assignmentId: asg.a3, revision: 1, values: { [crit.K1!]: 3 }, comments: {} }),
    ).rejects.toThrow("errors.notFound");

    const notes = await db.notification.findMany({
      where: { kind: "conflict.declared", body: { startsWith: "[uji]" } },
    });
    expect(notes.map((x) => x.userId).sort()).toEqual(admins.map((a) => a.id).sort());
    expect(notes.every((x) => x.link === "/admin" && x.title.includes(FROZEN_TITLE))).toBe(true);
    // The conflicted evaluator no longer counts among the peers.
    expect((await peerScores(db, ctx.penilai!.user, asg.a1))!.peers).toHaveLength(1);
  });

  it("an admin reopens a submitted review with a reason: unlocked, audited, evaluator notified", async () => {
    await expect(
      reopenReview(db, ctx.penilai!, { assignmentId: asg.a1, reason: "ingin ubah" }),
    ).rejects.toThrow("errors.forbidden");
    await expect(reopenReview(db, ctx.admin!, { assignmentId: asg.a1, reason: "  " })).rejects.toThrow(
      "reviews.errors.reasonRequired",
    );
    await expect(
      reopenReview(db, ctx.admin!, { assignmentId: asg.a3, reason: "Belum dikirim" }),
    ).rejects.toThrow("reviews.errors.notSubmitted");

    await reopenReview(db, ctx.admin!, { assignmentId: asg.a1, reason: "Nilai K3 salah ketik." });
    const review = (await reviewOf(asg.a1))!;
    expect(review).toMatchObject({ locked: false, submittedAt: null, reopenReason: "Nilai K3 salah ketik." });
    expect(review.reopenedAt).toBeInstanceOf(Date);
    expect(await auditActions(review.id)).toEqual(["review.submit", "review.reopen"]);
    const log = await db.auditLog.findFirstOrThrow({
      where: { entityId: review.id, action: "review.reopen" },
    });
    expect(log.actorId).toBe(ctx.admin!.user.id);
    expect(log.after).toMatchObject({ reason: "Nilai K3 salah ketik." });
    const note = await db.notification.findFirstOrThrow({
      where: { userId: ctx.penilai!.user.id, kind: "review.reopened", link: `/penilai/tugas/${asg.a1}` },
    });
    expect(note).toMatchObject({ body: "Nilai K3 salah ketik.", link: `/penilai/tugas/${asg.a1}` });
    // Reopened: in progress again, so the peers are hidden until it is sent anew.
    expect(await peerScores(db, ctx.penilai!.user, asg.a1)).toBeNull();
    expect(
      (await evaluatorQueue(db, ctx.penilai!.user, { filter: "inProgress", competitionId })).rows,
    ).toHaveLength(1);

    const fixed = await saveScores(db, ctx.penilai!, {
      assignmentId: asg.a1,
      revision: review.revision,
      values: { [crit.K3!]: 9 },
      comments: {},
    });
    expect(fixed.kind).toBe("saved");
  });

  it("refuses saving and submitting outside the stage's dates", async () => {
    const review = (await reviewOf(asg.a1))!;
    const now = Date.now();
    await db.competitionStage.update({
      where: { id: deskStageId },
      data: { startsAt: new Date(now - 10 * DAY), endsAt: new Date(now - DAY) },
    });
    await expect(
      saveScores(db, ctx.penilai!, {
        assignmentId: asg.a1,
        revision: review.revision,
        values: { [crit.K3!]: 8 },
        comments: {},
      }),
    ).rejects.toMatchObject({ message: "reviews.errors.stageClosed" });
    await expect(
      submitReview(db, ctx.penilai!, { assignmentId: asg.a1, revision: review.revision }),
    ).rejects.toThrow("reviews.errors.stageClosed");
    expect((await scoresOf(asg.a1)).find((s) => s.criterionId === crit.K3)!.value!.toNumber()).toBe(9);
    expect(
      (await evaluatorQueue(db, ctx.penilai!.user, { filter: "all", competitionId })).rows[0]!.open,
    ).toBe(false);

    // Not open yet either.
    await db.competitionStage.update({
      where: { id: deskStageId },
      data: { startsAt: new Date(now + DAY), endsAt: new Date(now + 10 * DAY) },
    });
    await expect(
      saveScores(db, ctx.penilai!, {
        assignmentId: asg.a1,
        revision: review.revision,
        values: { [crit.K3!]: 8 },
        comments: {},
      }),
    ).rejects.toThrow("reviews.errors.stageNotYetOpen");
    expect((await reviewOf(asg.a1))!.revision).toBe(review.revision);
  });
});

describe("two tabs of one evaluator autosaving the same review", () => {
  // An entry and assignment of their own, so these cases depend on no other test's scores.
  let ownInnovationId = "";
  let ownEntryId = "";
  let assignmentId = "";

  beforeAll(async () => {
    const operator = ctx.operator!.user;
    // Other cases move the stage's dates; scoring needs it open.
    await db.competitionStage.update({
      where: { id: deskStageId },
      data: { startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + 10 * DAY) },
    });
    const competition = await db.competition.findUniqueOrThrow({
      where: { id: competitionId },
      select: { categories: { select: { id: true } } },
    });
    const innovation = await db.innovation.create({
      data: {
        regionId: operator.regionId,
        opdId: operator.opdId!,
        year: new Date().getFullYear(),
        title: "Dua Tab Penilai",
        status: "APPROVED",
        createdById: operator.id,
        updatedById: operator.id,
        approvedAt: new Date(),
      },
    });
    ownInnovationId = innovation.id;
    const version = await db.innovationVersion.create({
      data: {
        innovationId: innovation.id,
        versionNo: 1,
        snapshot: { title: "Dua Tab Penilai" },
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
        status: "SCREENED_PASS",
        registeredById: operator.id,
      },
    });
    ownEntryId = entry.id;
    assignmentId = (
      await db.assignment.create({
        data: {
          entryId: entry.id,
          stageId: deskStageId,
          evaluatorId: ctx.penilai!.user.id,
          assignedById: ctx.admin!.user.id,
        },
      })
    ).id;
    await declareNoConflict(db, ctx.penilai!, { assignmentId });
  });

  afterAll(async () => {
    if (!ownEntryId) return;
    const review = await reviewOf(assignmentId);
    await db.auditLog.deleteMany({ where: { entityId: { in: [assignmentId, review?.id ?? ""] } } });
    await db.assignment.deleteMany({ where: { entryId: ownEntryId } });
    await db.entry.deleteMany({ where: { id: ownEntryId } });
    await db.innovationVersion.deleteMany({ where: { innovationId: ownInnovationId } });
    await db.innovation.deleteMany({ where: { id: ownInnovationId } });
  });

  const current = async () => (await reviewOf(assignmentId))?.revision ?? 1;
  const stored = async () =>
    Object.fromEntries(
      (await scoresOf(assignmentId)).map((s) => [s.criterionId, [s.value?.toNumber() ?? null, s.comment]]),
    );

  it("the second tab's save with a stale revision on the same criterion is a conflict, not an overwrite", async () => {
    const start = await current();
    // Both tabs opened the review with K2 empty.
    const tabA = await saveScores(db, ctx.penilai!, {
      assignmentId,
      revision: start,
      values: { [crit.K2!]: 7 },
      comments: {},
      base: { values: { [crit.K2!]: null }, comments: {} },
    });
    expect(tabA).toMatchObject({ kind: "saved", revision: start + 1, stored: { values: { [crit.K2!]: 7 } } });
    const tabB = await saveScores(db, ctx.penilai!, {
      assignmentId,
      revision: start,
      values: { [crit.K2!]: 3 },
      comments: {},
      base: { values: { [crit.K2!]: null }, comments: {} },
    });
    expect(tabB).toMatchObject({
      kind: "conflict",
      revision: start + 1,
      fields: [`v:${crit.K2}`],
      server: { values: { [crit.K2!]: 7 } },
    });
    expect((await stored())[crit.K2!]).toEqual([7, null]);
    expect(await current()).toBe(start + 1);
  });

  it("the second tab's change to another criterion merges with the first tab's save", async () => {
    const start = await current();
    const tabA = await saveScores(db, ctx.penilai!, {
      assignmentId,
      revision: start,
      values: { [crit.K1!]: 5 },
      comments: {},
      base: { values: { [crit.K1!]: null }, comments: {} },
    });
    expect(tabA.kind).toBe("saved");
    const tabB = await saveScores(db, ctx.penilai!, {
      assignmentId,
      revision: start,
      values: { [crit.K3!]: 8 },
      comments: { [crit.K3!]: "Rencana keberlanjutan jelas" },
      overallComment: "Baik",
      base: { values: { [crit.K3!]: null }, comments: { [crit.K3!]: null }, overallComment: "" },
    });
    expect(tabB).toMatchObject({
      kind: "saved",
      revision: start + 2,
      server: { values: { [crit.K1!]: 5, [crit.K3!]: 8 }, overallComment: "Baik" },
    });
    const after = await stored();
    expect(after[crit.K1!]).toEqual([5, null]);
    expect(after[crit.K3!]).toEqual([8, "Rencana keberlanjutan jelas"]);
  });

  it("the evaluator's own save whose answer was lost, sent again, is no conflict", async () => {
    const start = await current();
    const first = { values: { [crit.K4!]: 40 }, comments: { [crit.K4!]: "Catatan" } };
    const base = { values: { [crit.K4!]: null }, comments: { [crit.K4!]: null } };
    expect(
      await saveScores(db, ctx.penilai!, { assignmentId, revision: start, ...first, base }),
    ).toMatchObject({ kind: "saved" });
    // The answer never arrived: the same save again, from the same revision.
    const again = await saveScores(db, ctx.penilai!, { assignmentId, revision: start, ...first, base });
    expect(again).toMatchObject({ kind: "saved", revision: start + 2 });
    // …or typed on meanwhile, naming the lost save as unconfirmed.
    const onward = await saveScores(db, ctx.penilai!, {
      assignmentId,
      revision: start,
      values: { [crit.K4!]: 45 },
      comments: {},
      base: { values: { [crit.K4!]: null }, comments: {} },
      unconfirmed: [first],
    });
    expect(onward.kind).toBe("saved");
    expect((await stored())[crit.K4!]).toEqual([45, "Catatan"]);
  });
});
