import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { adminObjections, opdClarifications } from "@/lib/objections/queries";
import { answerClarification, askClarification, decideObjection } from "@/lib/objections/service";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { seed } from "@/prisma/seed";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
let concerned: ActionContext;
let concernedHead: ActionContext;
let otherOpd: ActionContext;
let otherRegionAdmin: ActionContext;
let otherRegionOperator: ActionContext;
let evaluator: ActionContext;
let competitionId: string;
let entryId: string;
let otherRegionId = "";
const objections: string[] = [];

const QUESTION = "Mohon jelaskan perbedaan inovasi ini dengan layanan serupa di kabupaten tetangga.";
const ANSWER =
  "Layanan kami memakai jadwal keliling desa dan data kohort sendiri sejak 2023; rinciannya terlampir.";

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  admin = await contextOf(db, "admin@inovasi.test");
  evaluator = await contextOf(db, "penilai@inovasi.test");
  const competition = await db.competition.findFirstOrThrow({
    where: { regionId: admin.user.regionId, name: RESULTS_COMPETITION(new Date().getFullYear()) },
    select: {
      id: true,
      entries: {
        where: { status: "SHORTLISTED" },
        select: { id: true, innovation: { select: { opdId: true } } },
      },
    },
  });
  competitionId = competition.id;
  // A shortlisted entry of an OPD with an operator and a head, and an operator of another OPD.
  const staffed = await db.user.findMany({
    where: { regionId: admin.user.regionId, role: "OPD_OPERATOR", active: true },
    select: { email: true, opdId: true },
  });
  const entry = competition.entries.find((e) => staffed.some((u) => u.opdId === e.innovation.opdId))!;
  entryId = entry.id;
  concerned = await contextOf(db, staffed.find((u) => u.opdId === entry.innovation.opdId)!.email);
  otherOpd = await contextOf(db, staffed.find((u) => u.opdId !== entry.innovation.opdId)!.email);
  const head = await db.user.findFirstOrThrow({
    where: { opdId: entry.innovation.opdId, role: "OPD_HEAD", active: true },
    select: { email: true },
  });
  concernedHead = await contextOf(db, head.email);

  const region = await db.region.create({
    data: { code: "9997", name: "Kabupaten Sebelah", kind: "KABUPATEN" },
  });
  otherRegionId = region.id;
  const opd = await db.opd.create({
    data: { regionId: region.id, name: "Dinas Sosial Sebelah", shortName: "DINSOS", kind: "DINAS" },
  });
  await db.user.createMany({
    data: [
      { email: "admin@sebelah.test", name: "Admin Sebelah", role: "ADMIN", regionId: region.id },
      {
        email: "operator@sebelah.test",
        name: "Operator Sebelah",
        role: "OPD_OPERATOR",
        regionId: region.id,
        opdId: opd.id,
      },
    ],
  });
  otherRegionAdmin = await contextOf(db, "admin@sebelah.test");
  otherRegionOperator = await contextOf(db, "operator@sebelah.test");
});

afterAll(async () => {
  await db.objection.deleteMany({ where: { id: { in: objections } } });
  // A decision in a test disqualifies nobody (dismissals only), so the entry is as it was.
  await db.user.deleteMany({ where: { regionId: otherRegionId } });
  await db.opd.deleteMany({ where: { regionId: otherRegionId } });
  await db.region.deleteMany({ where: { id: otherRegionId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

let counter = 0;
async function newObjection() {
  counter += 1;
  const row = await db.objection.create({
    data: {
      reference: `SGH-KMR${"ABCDEFGHJK"[counter]}2${"MNPQRSTUVW"[counter]}`,
      entryId,
      submitterName: "Warga Pengamat",
      submitterContact: "warga@example.id",
      reason: "Inovasi serupa sudah diterapkan kabupaten tetangga.",
      ipHash: "0".repeat(64),
    },
    select: { id: true, reference: true },
  });
  objections.push(row.id);
  return row;
}

describe("asking for a clarification", () => {
  it("lets only the region's admin ask, records it with its time and notifies the OPD's users", async () => {
    const objection = await newObjection();
    const at = new Date("2026-12-01T03:00:00Z");
    const asked = await askClarification(db, admin, { objectionId: objection.id, question: QUESTION }, at);
    const row = await db.objectionClarification.findUniqueOrThrow({ where: { id: asked.id } });
    expect(row).toMatchObject({ question: QUESTION, askedById: admin.user.id, answer: null });
    expect(row.askedAt.toISOString()).toBe(at.toISOString());
    expect(
      await db.auditLog.count({ where: { entityId: asked.id, action: "objection.clarification.ask" } }),
    ).toBe(1);

    const notes = await db.notification.findMany({
      where: { kind: "objection.clarificationRequested", link: `/opd/klarifikasi#k-${asked.id}` },
      select: { userId: true, title: true },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([concerned.user.id, concernedHead.user.id].sort());
    expect(notes[0]!.title).toContain(objection.reference);
    // The filer is never named to the OPD.
    const seen = await opdClarifications(db, concerned.user);
    expect(JSON.stringify(seen)).not.toContain("Warga Pengamat");
    expect(seen.find((c) => c.id === asked.id)?.question).toBe(QUESTION);
  });

  it("refuses an OPD user, an evaluator, another region's admin and a decided objection", async () => {
    const objection = await newObjection();
    const ask = (ctx: ActionContext) =>
      askClarification(db, ctx, { objectionId: objection.id, question: QUESTION });
    await expect(ask(concerned)).rejects.toThrow("errors.forbidden");
    await expect(ask(evaluator)).rejects.toThrow("errors.forbidden");
    await expect(ask(otherRegionAdmin)).rejects.toThrow("errors.notFound");
    await decideObjection(db, admin, {
      objectionId: objection.id,
      outcome: "DISMISS",
      reason: "Sanggahan tidak disertai bukti yang cukup.",
    });
    await expect(ask(admin)).rejects.toThrow("objections.clarification.errors.decided");
    expect(await db.objectionClarification.count({ where: { objectionId: objection.id } })).toBe(0);
  });
});

describe("answering a clarification", () => {
  it("lets only the OPD concerned answer, once, and shows the answer to the admin", async () => {
    const objection = await newObjection();
    const { id } = await askClarification(db, admin, { objectionId: objection.id, question: QUESTION });
    const answer = (ctx: ActionContext, text = ANSWER) =>
      answerClarification(db, ctx, { clarificationId: id, answer: text });

    await expect(answer(otherOpd)).rejects.toThrow("errors.notFound");
    await expect(answer(otherRegionOperator)).rejects.toThrow("errors.notFound");
    await expect(answer(admin)).rejects.toThrow("errors.forbidden");
    await expect(answer(evaluator)).rejects.toThrow("errors.forbidden");
    expect((await db.objectionClarification.findUniqueOrThrow({ where: { id } })).answer).toBeNull();
    // Another OPD does not even see the request.
    expect((await opdClarifications(db, otherOpd.user)).some((c) => c.id === id)).toBe(false);
    expect(await opdClarifications(db, otherRegionOperator.user)).toEqual([]);

    await answer(concerned);
    await expect(answer(concernedHead, "Jawaban kedua yang seharusnya tidak tersimpan.")).rejects.toThrow(
      "objections.clarification.errors.answered",
    );
    expect(
      await db.auditLog.count({ where: { entityId: id, action: "objection.clarification.answer" } }),
    ).toBe(1);

    const list = await adminObjections(db, admin.user, competitionId, "SUBMITTED", 1);
    const shown = list.rows.find((r) => r.id === objection.id)?.clarifications[0];
    expect(shown).toMatchObject({
      question: QUESTION,
      answer: ANSWER,
      answeredBy: { name: concerned.user.name },
    });
    expect(shown?.answeredAt).toBeInstanceOf(Date);
    // The region's admins hear of the answer.
    const adminIds = (
      await db.user.findMany({ where: { regionId: admin.user.regionId, role: "ADMIN", active: true } })
    ).map((u) => u.id);
    const notes = await db.notification.findMany({
      where: { kind: "objection.clarificationAnswered", title: { contains: objection.reference } },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual(adminIds.sort());
    // Another region's admin sees nothing of it.
    const theirs = await adminObjections(db, otherRegionAdmin.user, competitionId, null, 1);
    expect(theirs.rows).toEqual([]);
  });

  it("cannot be answered once the objection is decided", async () => {
    const objection = await newObjection();
    const { id } = await askClarification(db, admin, { objectionId: objection.id, question: QUESTION });
    await decideObjection(db, admin, {
      objectionId: objection.id,
      outcome: "DISMISS",
      reason: "Diputus tanpa menunggu klarifikasi.",
    });
    await expect(answerClarification(db, concerned, { clarificationId: id, answer: ANSWER })).rejects.toThrow(
      "objections.clarification.errors.decided",
    );
  });
});
