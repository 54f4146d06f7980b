import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { screeningFacts } from "@/lib/competitions/queries/entries";
import { enterInnovation, screenEntry } from "@/lib/competitions/service/entries";
import type { Checklist } from "@/lib/competitions/rules/screening";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
let operator: ActionContext;
let otherAdmin: ActionContext;
let otherRegionId = "";
let entryId = "";
let screening: { startsAt: Date; endsAt: Date };
let computed: { implementedOneYear: boolean; documents: boolean };

const ALL: Checklist = { complete: true, implementedOneYear: true, oneTitle: true, documents: true };
const during = (s: { startsAt: Date }, hours = 24) => new Date(s.startsAt.getTime() + hours * 3_600_000);

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  admin = await contextOf(db, "admin@inovasi.test");
  operator = await contextOf(db, "operator.dinkes@inovasi.test");
  const region = await db.region.create({ data: { code: "9931", name: "Kota Seleksi Lain", kind: "KOTA" } });
  otherRegionId = region.id;
  await db.user.create({
    data: { email: "admin@seleksilain.test", name: "Admin Lain", role: "ADMIN", regionId: region.id },
  });
  otherAdmin = await contextOf(db, "admin@seleksilain.test");
  const c = await db.competition.findFirstOrThrow({
    where: { name: { startsWith: "Kompetisi Inovasi Daerah" } },
    include: { stages: true, categories: true },
  });
  const registration = c.stages.find((s) => s.kind === "REGISTRATION")!;
  screening = c.stages.find((s) => s.kind === "SCREENING")!;
  const innovation = await db.innovation.findFirstOrThrow({
    where: { title: { startsWith: "SIGAP Bumil" } },
  });
  const entry = await enterInnovation(
    db,
    operator,
    { competitionId: c.id, innovationId: innovation.id, categoryId: c.categories[0]!.id },
    during(registration),
  );
  entryId = entry.id;
  computed = await screeningFacts(db, admin.user, entryId);
});
afterAll(async () => {
  if (entryId) await db.entry.deleteMany({ where: { id: entryId } });
  await db.user.deleteMany({ where: { regionId: otherRegionId } });
  await db.region.deleteMany({ where: { id: otherRegionId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

/** What a refused call must leave untouched. */
async function snapshot() {
  const [entry, moves, audits, notes] = await Promise.all([
    db.entry.findUniqueOrThrow({
      where: { id: entryId },
      select: { status: true, screeningNote: true, screening: true },
    }),
    db.entryStatusChange.count({ where: { entryId } }),
    db.auditLog.count({ where: { entityId: entryId } }),
    db.notification.count({ where: { userId: operator.user.id } }),
  ]);
  return { entry, moves, audits, notes };
}

// One entry goes through the whole story in order; each step states what it starts from.
describe("screening decisions: contradictions, changes with reasons, closed stage, access", () => {
  it("refuses a decision that contradicts the checklist without a reason, as a field error, changing nothing", async () => {
    const before = await snapshot();
    expect(before.entry.status).toBe("REGISTERED");
    // "Lolos" although the secretariat found the supporting documents missing.
    const result = await screenEntry(
      db,
      admin,
      { entryId, decision: "PASS", reason: "   ", checklist: { ...ALL, documents: false } },
      during(screening),
    );
    expect(result).toEqual({ ok: false, problems: [{ path: "reason", code: "validation.required" }] });
    // The demo innovation has no uploaded document: ticking the box by hand still contradicts what the system found.
    expect(computed).toMatchObject({ implementedOneYear: true, documents: false });
    const ticked = await screenEntry(
      db,
      admin,
      { entryId, decision: "PASS", reason: "", checklist: ALL },
      during(screening),
    );
    expect(ticked).toEqual({ ok: false, problems: [{ path: "reason", code: "validation.required" }] });
    expect(await snapshot()).toEqual(before);
  });

  it("saves a contradicting decision when a reason is given, without a change audit", async () => {
    const result = await screenEntry(
      db,
      admin,
      {
        entryId,
        decision: "PASS",
        reason: "SK penerapan diserahkan langsung ke sekretariat.",
        checklist: { ...ALL, documents: false },
      },
      during(screening),
    );
    expect(result).toEqual({ ok: true, status: "SCREENED_PASS", changed: false });
    const row = await db.entry.findUniqueOrThrow({ where: { id: entryId } });
    expect(row.status).toBe("SCREENED_PASS");
    expect(row.screeningNote).toBe("SK penerapan diserahkan langsung ke sekretariat.");
    expect(await db.auditLog.count({ where: { entityId: entryId, action: "entry.screening_changed" } })).toBe(
      0,
    );
  });

  it("refuses a change without a reason, and a 'change' to the same decision", async () => {
    const before = await snapshot();
    expect(
      await screenEntry(
        db,
        admin,
        { entryId, decision: "RETURN", reason: "", checklist: ALL },
        during(screening),
      ),
    ).toEqual({ ok: false, problems: [{ path: "reason", code: "validation.required" }] });
    expect(
      await screenEntry(
        db,
        admin,
        { entryId, decision: "PASS", reason: "Tetap lolos.", checklist: ALL },
        during(screening),
      ),
    ).toEqual({ ok: false, problems: [{ path: "decision", code: "competitions.screening.sameDecision" }] });
    expect(await snapshot()).toEqual(before);
  });

  it("changes a decision with a reason, audited with the decision before and after", async () => {
    const result = await screenEntry(
      db,
      admin,
      {
        entryId,
        decision: "RETURN",
        reason: "SK ternyata belum ditandatangani; lengkapi dahulu.",
        checklist: { ...ALL, documents: false },
      },
      during(screening, 48),
    );
    expect(result).toEqual({ ok: true, status: "RETURNED", changed: true });
    const line = await db.auditLog.findFirstOrThrow({
      where: { entityId: entryId, action: "entry.screening_changed" },
    });
    expect(line.actorId).toBe(admin.user.id);
    expect(line.before).toMatchObject({
      decision: "PASS",
      reason: "SK penerapan diserahkan langsung ke sekretariat.",
      checklist: { documents: false },
    });
    expect(line.after).toMatchObject({
      decision: "RETURN",
      reason: "SK ternyata belum ditandatangani; lengkapi dahulu.",
    });
    const moves = await db.entryStatusChange.findMany({ where: { entryId }, orderBy: { createdAt: "asc" } });
    expect(moves.map((m) => [m.fromStatus, m.toStatus])).toEqual([
      [null, "REGISTERED"],
      ["REGISTERED", "SCREENED_PASS"],
      ["SCREENED_PASS", "RETURNED"],
    ]);
    expect((await db.entry.findUniqueOrThrow({ where: { id: entryId } })).status).toBe("RETURNED");
  });

  it("refuses a change after screening closes, changing nothing", async () => {
    const before = await snapshot();
    await expect(
      screenEntry(
        db,
        admin,
        { entryId, decision: "PASS", reason: "Terlambat, tetapi ingin diloloskan.", checklist: ALL },
        new Date(screening.endsAt.getTime() + 60_000),
      ),
    ).rejects.toMatchObject({
      message: "competitions.errors.stageClosed",
      params: { stage: "competitions.stages.SCREENING", endsAt: screening.endsAt },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another region's secretariat and an OPD user, changing nothing", async () => {
    const before = await snapshot();
    const input = { entryId, decision: "PASS" as const, reason: "Diloloskan dari luar.", checklist: ALL };
    await expect(screenEntry(db, otherAdmin, input, during(screening))).rejects.toThrow("errors.notFound");
    await expect(screenEntry(db, operator, input, during(screening))).rejects.toThrow("errors.forbidden");
    expect(await snapshot()).toEqual(before);
  });
});
