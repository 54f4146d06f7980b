// The dashboards' lists of pending work, on a database of their own: two regions, each with two OPDs and the
// same kinds of work pending everywhere, so every list must show exactly the caller's own rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/action-types";
import { headWork, operatorWork, secretariatWork } from "@/lib/dashboard/queries";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { InnovationStatus, Role } from "@/lib/generated/prisma/client";
import { createDatabase, dropDatabase } from "./db";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-15T03:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

let db: Db;
let dbName = "";
const actor: Record<string, Actor> = {};

/** One region with OPDs A and B, a running competition, and work pending of every kind for each OPD. */
async function region(key: string) {
  const regionId = (
    await db.region.create({ data: { code: `99.9${key.length}`, name: `Kota ${key}`, kind: "KOTA" } })
  ).id;
  const users: Record<string, string> = {};
  const opds: Record<string, string> = {};
  const user = async (name: string, role: Role, opdId: string | null) => {
    const u = await db.user.create({
      data: {
        regionId,
        opdId,
        role,
        name: `${name} ${key}`,
        email: `${name}.${key}@dasbor.test`.toLowerCase(),
      },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
    users[name] = u.id;
    actor[`${name}${key}`] = u;
  };
  await user("admin", "ADMIN", null);
  await user("evaluator", "EVALUATOR", null);
  for (const o of ["A", "B"]) {
    opds[o] = (
      await db.opd.create({
        data: { regionId, name: `Dinas ${o}${key}`, shortName: `${o}${key}`, kind: "DINAS" },
      })
    ).id;
    await user(`operator${o}`, "OPD_OPERATOR", opds[o]!);
    await user(`head${o}`, "OPD_HEAD", opds[o]!);
  }
  const competition = await db.competition.create({
    data: {
      regionId,
      name: `Kompetisi ${key}`,
      year: 2026,
      status: "ACTIVE",
      passingGrade: 60,
      shortlistSize: 3,
      stages: {
        create: [
          { kind: "REGISTRATION", startsAt: at(-30), endsAt: at(5) },
          { kind: "DESK", startsAt: at(-30), endsAt: at(-1) },
          { kind: "OBJECTION", startsAt: at(-2), endsAt: at(3) },
        ],
      },
      categories: { create: [{ code: "U", name: "Umum" }] },
    },
    include: { stages: true, categories: true },
  });
  // A finished competition: its registration is still "open" by the dates but it is no longer running.
  await db.competition.create({
    data: {
      regionId,
      name: `Arsip ${key}`,
      year: 2025,
      status: "ARCHIVED",
      passingGrade: 60,
      shortlistSize: 3,
      stages: { create: [{ kind: "REGISTRATION", startsAt: at(-30), endsAt: at(9) }] },
    },
  });
  const desk = competition.stages.find((s) => s.kind === "DESK")!.id;
  const innovation = async (o: string, title: string, status: InnovationStatus, note?: string) =>
    db.innovation.create({
      data: {
        regionId,
        opdId: opds[o]!,
        year: 2026,
        title: `${title} ${o}${key}`,
        status,
        submittedAt: status === "SUBMITTED" ? at(-2) : null,
        createdById: users[`operator${o}`]!,
        updatedById: users[`operator${o}`]!,
        versions: {
          create: [
            {
              versionNo: 1,
              snapshot: {},
              status: status === "DRAFT" ? "SUBMITTED" : status,
              createdById: users[`operator${o}`]!,
              ...(note ? { comment: note, decidedAt: at(-1), decidedById: users[`head${o}`]! } : {}),
            },
          ],
        },
      },
      include: { versions: true },
    });
  for (const o of ["A", "B"]) {
    await innovation(o, "Draf", "DRAFT");
    await innovation(o, "Dikembalikan", "RETURNED", `Lengkapi data ${o}${key}`);
    await innovation(o, "Menunggu", "SUBMITTED");
    const entered = await innovation(o, "Peserta", "APPROVED");
    const entry = await db.entry.create({
      data: {
        competitionId: competition.id,
        innovationId: entered.id,
        categoryId: competition.categories[0]!.id,
        versionId: entered.versions[0]!.id,
        registeredById: users[`operator${o}`]!,
      },
    });
    await db.assignment.create({
      data: { entryId: entry.id, stageId: desk, evaluatorId: users.evaluator!, assignedById: users.admin! },
    });
    await db.objection.create({
      data: {
        reference: `SGH-${o}${key}`.toUpperCase(),
        entryId: entry.id,
        submitterName: "Warga",
        submitterContact: "warga@contoh.test",
        reason: "Keberatan",
        ipHash: "x",
      },
    });
    await db.feedback.create({
      data: { innovationId: entered.id, rating: 4, comment: "Bagus", ipHash: "x" },
    });
  }
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_dasbor");
  dbName = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 2);
  await region("X");
  await region("YY");
});

afterAll(async () => {
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
});

describe("the secretariat's pending work", () => {
  it("lists its own region's entries, late reviews, objections, comments and closings only", async () => {
    const w = await secretariatWork(db, actor.adminX!, now);
    expect(w.screening.count).toBe(2);
    expect(w.screening.rows.map((r) => r.innovation.title).sort()).toEqual(["Peserta AX", "Peserta BX"]);
    expect(w.lateReviews.count).toBe(2);
    expect(w.lateReviews.rows.map((r) => [r.title, r.evaluatorName, r.stageKind]).sort()).toEqual([
      ["Peserta AX", "evaluator X", "DESK"],
      ["Peserta BX", "evaluator X", "DESK"],
    ]);
    expect(w.objections.rows.map((r) => r.reference).sort()).toEqual(["SGH-AX", "SGH-BX"]);
    expect(w.feedback.rows.map((r) => r.innovation.title).sort()).toEqual(["Peserta AX", "Peserta BX"]);
    // The stages ahead of the running competition, soonest first; not the archived one's, not the past desk stage.
    expect(w.deadlines.count).toBe(2);
    expect(w.deadlines.rows.map((d) => [d.competition.name, d.kind])).toEqual([
      ["Kompetisi X", "OBJECTION"],
      ["Kompetisi X", "REGISTRATION"],
    ]);
  });

  it("no longer counts a submitted review, a declared conflict, or decided items", async () => {
    const w0 = await secretariatWork(db, actor.adminYY!, now);
    const [first, second] = await db.assignment.findMany({
      where: { entry: { competition: { regionId: actor.adminYY!.regionId } } },
      orderBy: { id: "asc" },
    });
    await db.review.create({ data: { assignmentId: first!.id, submittedAt: at(-2) } });
    await db.assignment.update({ where: { id: second!.id }, data: { conflictDeclared: true } });
    const objection = await db.objection.update({
      where: { reference: "SGH-AYY" },
      data: { status: "REJECTED", decision: "Tidak beralasan", decidedAt: now },
    });
    const w = await secretariatWork(db, actor.adminYY!, now);
    expect([w0.lateReviews.count, w.lateReviews.count]).toEqual([2, 0]);
    expect(w.objections.rows.map((r) => r.reference)).toEqual(["SGH-BYY"]);
    await db.review.delete({ where: { assignmentId: first!.id } });
    await db.assignment.update({ where: { id: second!.id }, data: { conflictDeclared: false } });
    await db.objection.update({
      where: { id: objection.id },
      data: { status: "SUBMITTED", decision: null, decidedAt: null },
    });
  });

  it("refuses to serve another role", async () => {
    await expect(secretariatWork(db, actor.headAX!, now)).rejects.toThrow();
  });
});

describe("the head of an OPD", () => {
  it("sees what awaits its own approval, its own OPD's compliance and the region's closings", async () => {
    const w = await headWork(db, actor.headAX!, now);
    expect(w.awaiting.count).toBe(1);
    expect(w.awaiting.rows.map((r) => r.title)).toEqual(["Menunggu AX"]);
    expect(w.compliance.year).toBe(2026);
    expect(w.compliance.row).toMatchObject({ shortName: "AX", met: false, submitted: 1, draft: 2 });
    expect(w.deadlines.rows.map((d) => d.competition.name)).toEqual(["Kompetisi X", "Kompetisi X"]);
    const other = await headWork(db, actor.headBYY!, now);
    expect(other.awaiting.rows.map((r) => r.title)).toEqual(["Menunggu BYY"]);
    expect(other.compliance.row?.shortName).toBe("BYY");
  });

  it("an operator is not served the head's list", async () => {
    await expect(headWork(db, actor.operatorAX!, now)).rejects.toThrow();
  });
});

describe("an OPD operator", () => {
  it("sees its own OPD's drafts, returned innovations with the head's note, and open competitions", async () => {
    const w = await operatorWork(db, actor.operatorBX!, now);
    expect(w.drafts.rows.map((r) => r.title)).toEqual(["Draf BX"]);
    expect(w.returned.rows.map((r) => [r.title, r.note, r.returnedBy])).toEqual([
      ["Dikembalikan BX", "Lengkapi data BX", "headB X"],
    ]);
    expect(w.openCompetitions.count).toBe(1);
    expect(w.openCompetitions.rows.map((c) => [c.name, c.closesAt])).toEqual([["Kompetisi X", at(5)]]);
    // After registration closes, nothing is open for entry.
    expect((await operatorWork(db, actor.operatorBX!, at(6))).openCompetitions.count).toBe(0);
  });
});
