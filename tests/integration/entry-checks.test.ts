import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { entryIssues, screeningFacts } from "@/lib/competitions/queries/entries";
import { enterInnovation, screenEntry, withdrawEntry } from "@/lib/competitions/service/entries";
import { screeningChecks } from "@/lib/competitions/rules/eligibility";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let operator: ActionContext;
let head: ActionContext;
let otherOpd: ActionContext;
let otherRegion: ActionContext;
let admin: ActionContext;
let competitionId: string;
let registrationEnds: Date;
let screeningStarts: Date;
let umum: string;
let replikasi: string;
let innovationId: string;
let otherRegionId = "";

const DAY = 86_400_000;
const isoDaysBefore = (d: Date, days: number) =>
  new Date(d.getTime() - days * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  operator = await contextOf(db, "operator.dinkes@inovasi.test");
  head = await contextOf(db, "kepala.dinkes@inovasi.test");
  otherOpd = await contextOf(db, "operator.disdukcapil@inovasi.test");
  admin = await contextOf(db, "admin@inovasi.test");

  const region = await db.region.create({ data: { code: "9998", name: "Kota Seberang", kind: "KOTA" } });
  otherRegionId = region.id;
  const opd = await db.opd.create({
    data: { regionId: region.id, name: "Dinas Kesehatan Kota Seberang", shortName: "DINKES", kind: "DINAS" },
  });
  await db.user.create({
    data: {
      email: "operator.dinkes@seberang.test",
      name: "Operator Seberang",
      role: "OPD_OPERATOR",
      regionId: region.id,
      opdId: opd.id,
    },
  });
  otherRegion = await contextOf(db, "operator.dinkes@seberang.test");

  const c = await db.competition.findFirstOrThrow({
    where: { regionId: operator.user.regionId, name: { startsWith: "Kompetisi Inovasi Daerah" } },
    include: { stages: true, categories: true },
  });
  competitionId = c.id;
  registrationEnds = c.stages.find((s) => s.kind === "REGISTRATION")!.endsAt;
  const screening = c.stages.find((s) => s.kind === "SCREENING")!;
  screeningStarts = screening.startsAt;
  umum = c.categories.find((x) => x.code === "UMUM")!.id;
  replikasi = c.categories.find((x) => x.code === "REPLIKASI")!.id;

  // An approved innovation applied five months before registration closes, without documents.
  const innovation = await db.innovation.create({
    data: {
      regionId: operator.user.regionId,
      opdId: operator.user.opdId!,
      year: 2026,
      title: "Klinik Gizi Keliling Uji Kelayakan",
      tahapan: "PENERAPAN",
      createdById: operator.user.id,
      updatedById: operator.user.id,
      status: "APPROVED",
    },
  });
  innovationId = innovation.id;
  await db.innovationVersion.create({
    data: {
      innovationId,
      versionNo: 1,
      snapshot: {
        title: innovation.title,
        implementedDate: isoDaysBefore(registrationEnds, 155),
        attachments: [],
      },
      status: "APPROVED",
      createdById: operator.user.id,
      decidedById: head.user.id,
      decidedAt: new Date(),
    },
  });
});

afterAll(async () => {
  await db.entry.deleteMany({ where: { innovationId } });
  await db.innovation.deleteMany({ where: { id: innovationId } });
  await db.user.deleteMany({ where: { regionId: otherRegionId } });
  await db.opd.deleteMany({ where: { regionId: otherRegionId } });
  await db.region.deleteMany({ where: { id: otherRegionId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

const input = (categoryId: string) => ({ competitionId, innovationId, categoryId });

async function addDocument(kind: "SK" | "SURAT_PERNYATAAN") {
  return db.attachment.create({
    data: {
      innovationId,
      kind,
      fileName: `${kind.toLowerCase()}.pdf`,
      storageKey: `test/entry-checks/${kind}-${Date.now()}`,
      mimeType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      uploadedById: operator.user.id,
    },
  });
}

describe("entry warnings", () => {
  it("warns of a short implementation and missing documents, and refuses the replication category", async () => {
    expect(await entryIssues(db, operator.user, input(umum))).toEqual([
      { code: "implementedUnderOneYear", hard: false, params: { months: 5 } },
      { code: "noDocuments", hard: false },
    ]);
    const replication = await entryIssues(db, operator.user, input(replikasi));
    expect(replication[0]).toEqual({ code: "replicationCategoryNotReplica", hard: true });
    // The hard rule holds in the entry itself, whatever the form sent.
    await expect(enterInnovation(db, operator, input(replikasi))).rejects.toThrow(
      "competitions.eligibility.replicationCategoryNotReplica",
    );
    expect(await db.entry.count({ where: { innovationId } })).toBe(0);
  });

  it("follows the documents: a decree leaves the statement missing, the statement clears it", async () => {
    const sk = await addDocument("SK");
    const codes = async () => (await entryIssues(db, operator.user, input(umum))).map((i) => i.code);
    expect(await codes()).toEqual(["implementedUnderOneYear", "noStatement"]);
    const statement = await addDocument("SURAT_PERNYATAAN");
    expect(await codes()).toEqual(["implementedUnderOneYear"]);
    await db.attachment.deleteMany({ where: { id: { in: [sk.id, statement.id] } } });
  });

  it("agrees with the facts the screening starts from", async () => {
    const entry = await enterInnovation(db, operator, input(umum));
    try {
      const facts = await screeningFacts(db, admin.user, entry.id);
      const checks = screeningChecks({
        implementedDate: isoDaysBefore(registrationEnds, 155),
        registrationClosesAt: facts.registrationClosesAt,
        documentKinds: [],
      });
      expect(facts.implementedOneYear).toBe(checks.implementedOneYear);
      expect(facts.documents).toBe(checks.documents);
      expect(facts.implementedOneYear).toBe(false);
    } finally {
      await db.entry.deleteMany({ where: { id: entry.id } });
    }
  });

  it("is computed only for the caller's own OPD and region", async () => {
    await expect(entryIssues(db, otherOpd.user, input(umum))).rejects.toThrow("errors.notFound");
    await expect(entryIssues(db, otherRegion.user, input(umum))).rejects.toThrow("errors.notFound");
  });
});

describe("withdrawing an entry", () => {
  it("lets the OPD withdraw before screening, audited, and enter again", async () => {
    const entry = await enterInnovation(db, operator, input(umum));
    await withdrawEntry(db, head, { entryId: entry.id });
    expect(await db.entry.findUnique({ where: { id: entry.id } })).toBeNull();
    const line = await db.auditLog.findFirstOrThrow({
      where: { entityId: entry.id, action: "entry.withdraw" },
    });
    expect(line.actorId).toBe(head.user.id);
    expect(line.before).toMatchObject({
      status: "REGISTERED",
      innovationId,
      competitionId,
      categoryId: umum,
    });
    const again = await enterInnovation(db, operator, input(umum));
    await db.entry.delete({ where: { id: again.id } });
  });

  it("refuses another OPD, another region and the secretariat, changing nothing", async () => {
    const entry = await enterInnovation(db, operator, input(umum));
    try {
      await expect(withdrawEntry(db, otherOpd, { entryId: entry.id })).rejects.toThrow("errors.notFound");
      await expect(withdrawEntry(db, otherRegion, { entryId: entry.id })).rejects.toThrow("errors.notFound");
      await expect(withdrawEntry(db, admin, { entryId: entry.id })).rejects.toThrow("errors.forbidden");
      expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("REGISTERED");
    } finally {
      await db.entry.deleteMany({ where: { id: entry.id } });
    }
  });

  it("refuses once screening has started, and after the entry was screened", async () => {
    const entry = await enterInnovation(db, operator, input(umum));
    try {
      const duringScreening = new Date(screeningStarts.getTime() + DAY);
      await expect(withdrawEntry(db, operator, { entryId: entry.id }, duringScreening)).rejects.toThrow(
        "competitions.withdraw.tooLate",
      );
      await screenEntry(
        db,
        admin,
        {
          entryId: entry.id,
          decision: "RETURN",
          reason: "Lengkapi surat pernyataan.",
          checklist: { complete: true, implementedOneYear: false, oneTitle: true, documents: false },
        },
        duringScreening,
      );
      await db.entry.update({ where: { id: entry.id }, data: { status: "REGISTERED" } });
      // Back to "registered" after a screening move, before the stage by the clock: still refused.
      await expect(withdrawEntry(db, operator, { entryId: entry.id })).rejects.toThrow(
        "competitions.withdraw.tooLate",
      );
      expect(await db.entry.count({ where: { id: entry.id } })).toBe(1);
    } finally {
      await db.entry.deleteMany({ where: { id: entry.id } });
    }
  });
});
