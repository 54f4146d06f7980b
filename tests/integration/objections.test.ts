// Objections (sanggahan) against shortlisted entries, on a real database: the window, the
// shortlist, publication, per-IP limits, the honeypot, content-sniffed documents, and the
// secretariat's decisions (a disqualification lands with its override and status change or not
// at all). Its own database, because a test publishes and publications can never be deleted.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { exeBytes, htmlBytes, jpegBytes, pdfBytes, pngBytes } from "@/tests/support/attachment-files";
import {
  PUBLIC_SUMMARY_SELECT,
  adminObjections,
  objectionDocument,
  publicObjectionPage,
  publicSummary,
} from "@/lib/objections/queries";
import { REFERENCE_PATTERN } from "@/lib/objections/rules/reference";
import { HONEYPOT_FIELD } from "@/lib/objections/schemas";
import { decideObjection, fileObjection, hashIp, type FilingOptions } from "@/lib/objections/service";
import { LocalDiskStorage } from "@/lib/storage";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { seed } from "@/prisma/seed";
import { createDatabase, dropDatabase } from "./db";

const DAY = 86_400_000;
const SALT = "uji-garam-ip-".padEnd(40, "x");
const REASON =
  "Inovasi ini telah diterapkan kabupaten tetangga sejak 2019 dengan nama dan alur yang sama persis.";

let dbName: string;
let db: Db;
let storage: LocalDiskStorage;
let uploadDir: string;
let competitionId: string;
let window: { startsAt: Date; endsAt: Date };
let shortlisted: { id: string; opdId: string; title: string }[];
let notShortlistedId: string;
const ctx: Record<string, ActionContext> = {};
let ipCounter = 0;
/** A fresh IP for each test, so the per-IP limits of one test do not leak into another. */
let ip: string;

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it-objections", ip: "10.0.0.1" };
}

const during = () => new Date(window.startsAt.getTime() + DAY);

function file(entryId: string, more: Record<string, unknown> = {}, opts: Partial<FilingOptions> = {}) {
  return fileObjection(
    db,
    {
      competitionId,
      entryId,
      name: "Siti Rahmawati",
      contact: "siti.warga@example.id",
      reason: REASON,
      ...more,
    },
    { ip, ipSalt: SALT, now: during(), storage, requestId: "it", ...opts },
  );
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_sgh");
  dbName = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 4);
  await seed(db);
  uploadDir = mkdtempSync(path.join(tmpdir(), "inovasi-sanggahan-"));
  storage = new LocalDiskStorage(uploadDir);
  const c = await db.competition.findFirstOrThrow({
    where: { name: RESULTS_COMPETITION(new Date().getFullYear()) },
    include: { stages: { where: { kind: "OBJECTION" } }, entries: { include: { innovation: true } } },
  });
  competitionId = c.id;
  window = c.stages[0]!;
  shortlisted = c.entries
    .filter((e) => e.status === "SHORTLISTED")
    .map((e) => ({ id: e.id, opdId: e.innovation.opdId, title: e.innovation.title }));
  notShortlistedId = c.entries.find((e) => e.status !== "SHORTLISTED")!.id;
  for (const [k, email] of Object.entries({
    admin: "admin@inovasi.test",
    evaluator: "penilai@inovasi.test",
    operator: "operator.dinkes@inovasi.test",
  }))
    ctx[k] = await contextFor(email);
  // An admin of another region.
  const region = await db.region.create({
    data: { code: "99.99", name: "Kabupaten Lain", kind: "KABUPATEN" },
  });
  const other = await db.user.create({
    data: { email: "admin@lain.test", name: "Admin Lain", role: "ADMIN", regionId: region.id },
  });
  ctx.otherRegion = {
    user: {
      id: other.id,
      name: other.name,
      email: other.email,
      role: "ADMIN",
      opdId: null,
      regionId: region.id,
    },
    requestId: "it",
    ip: null,
  };
});

afterAll(async () => {
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
});

beforeEach(() => {
  ip = `192.0.2.${++ipCounter}`;
});

describe("filing an objection", () => {
  it("is accepted against a shortlisted entry during the window, with a reference, and tells the region's admins and the OPD concerned", async () => {
    const target = shortlisted[0]!;
    const before = await db.notification.count({
      where: { userId: ctx.admin!.user.id, kind: "objection.filed" },
    });
    const opdNotes = () =>
      db.notification.findMany({
        where: { kind: "objection.filed", user: { role: { in: ["OPD_OPERATOR", "OPD_HEAD"] } } },
        select: { id: true, user: { select: { opdId: true } }, title: true, body: true },
      });
    const opdBefore = new Set((await opdNotes()).map((n) => n.id));
    const result = await file(target.id, { contact: "+62 812-3456-7890" });
    expect(result.saved).toBe(true);
    expect(result.reference).toMatch(REFERENCE_PATTERN);
    const row = await db.objection.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(row).toMatchObject({
      entryId: target.id,
      status: "SUBMITTED",
      submitterContact: "+6281234567890",
      decision: null,
      documentKey: null,
    });
    // Only a salted hash of the IP is kept.
    expect(row.ipHash).toBe(hashIp(ip, SALT));
    expect(row.ipHash).not.toContain(ip);
    expect(
      await db.notification.count({ where: { userId: ctx.admin!.user.id, kind: "objection.filed" } }),
    ).toBe(before + 1);
    // The OPD's operators and heads are told, never who filed it; no other OPD hears of it.
    const told = (await opdNotes()).filter((n) => !opdBefore.has(n.id));
    expect(told.length).toBeGreaterThan(0);
    expect(new Set(told.map((n) => n.user.opdId))).toEqual(new Set([target.opdId]));
    expect(JSON.stringify(told)).not.toMatch(/Siti|812/);
    const auditRow = await db.auditLog.findFirstOrThrow({
      where: { action: "objection.file", entityId: row.id },
    });
    expect(JSON.stringify(auditRow.after)).not.toContain("Siti");
  });

  it("is refused before and after the window, with the window's dates", async () => {
    const target = shortlisted[0]!;
    for (const [now, timing] of [
      [new Date(window.startsAt.getTime() - 1000), "NOT_YET_OPEN"],
      [new Date(window.endsAt.getTime() + 1000), "CLOSED"],
    ] as const) {
      await expect(file(target.id, {}, { now })).rejects.toMatchObject({
        message: "objections.errors.windowClosed",
        params: { startsAt: window.startsAt, endsAt: window.endsAt, timing },
      });
    }
  });

  it("is refused against an entry that is not shortlisted, or of another competition", async () => {
    await expect(file(notShortlistedId)).rejects.toMatchObject({
      message: "objections.errors.notShortlisted",
    });
    const otherEntry = await db.entry.findFirst({ where: { competitionId: { not: competitionId } } });
    if (otherEntry)
      await expect(file(otherEntry.id)).rejects.toMatchObject({ message: "objections.errors.notFound" });
    await expect(file("nosuchentry")).rejects.toMatchObject({ message: "objections.errors.notFound" });
  });

  it("rejects invalid fields without saving anything", async () => {
    const count = await db.objection.count();
    await expect(
      file(shortlisted[0]!.id, { contact: "bukan kontak", reason: "terlalu pendek" }),
    ).rejects.toMatchObject({ name: "ZodError" });
    expect(await db.objection.count()).toBe(count);
  });

  it("a filled honeypot is answered like a success but nothing is stored", async () => {
    const [objections, notifications, limits] = await Promise.all([
      db.objection.count(),
      db.notification.count(),
      db.rateLimit.count(),
    ]);
    const result = await file(shortlisted[1]!.id, { [HONEYPOT_FIELD]: "https://spam.example" });
    expect(result.saved).toBe(false);
    expect(result.reference).toMatch(REFERENCE_PATTERN);
    expect(await db.objection.count()).toBe(objections);
    expect(await db.objection.findUnique({ where: { reference: result.reference } })).toBeNull();
    expect(await db.notification.count()).toBe(notifications);
    expect(await db.rateLimit.count()).toBe(limits);
  });

  it("allows one objection per IP per entry a day, and three an hour per IP", async () => {
    await file(shortlisted[0]!.id);
    await expect(file(shortlisted[0]!.id)).rejects.toMatchObject({
      message: "objections.errors.rateLimited",
    });
    await file(shortlisted[1]!.id);
    await file(shortlisted[2]!.id);
    // The fourth in the hour is refused, whatever the entry.
    await expect(file(shortlisted[3]!.id)).rejects.toMatchObject({
      message: "objections.errors.rateLimited",
    });
    // Another IP is not affected.
    await expect(file(shortlisted[3]!.id, {}, { ip: "198.51.100.7" })).resolves.toMatchObject({
      saved: true,
    });
    // The refused attempt did not use up the entry's daily slot for this IP.
    ip = "198.51.100.8";
    await file(shortlisted[0]!.id);
    await file(shortlisted[1]!.id);
    await file(shortlisted[2]!.id);
    await expect(file(shortlisted[3]!.id)).rejects.toMatchObject({
      message: "objections.errors.rateLimited",
    });
    await db.rateLimit.deleteMany({ where: { key: { startsWith: `objection:ip:${hashIp(ip, SALT)}` } } });
    await expect(file(shortlisted[3]!.id)).resolves.toMatchObject({ saved: true });
  });

  it("stores a PDF, JPEG or PNG judged by its content, and refuses anything else", async () => {
    const target = shortlisted[1]!;
    const { reference } = await file(
      target.id,
      {},
      { document: { name: "bukti/../../etc.pdf", bytes: pdfBytes(2048) } },
    );
    const row = await db.objection.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({
      documentMime: "application/pdf",
      documentSize: 2048,
      documentName: "etc.pdf",
    });
    expect(await storage.get(row.documentKey!)).toEqual(pdfBytes(2048));

    ip = "192.0.2.200";
    await expect(
      file(target.id, {}, { document: { name: "foto.png", bytes: pngBytes() } }),
    ).resolves.toMatchObject({ saved: true });
    ip = "192.0.2.201";
    // A JPEG named .png is stored as what it is.
    const jpg = await file(target.id, {}, { document: { name: "foto.png", bytes: jpegBytes() } });
    expect((await db.objection.findUniqueOrThrow({ where: { reference: jpg.reference } })).documentMime).toBe(
      "image/jpeg",
    );

    ip = "192.0.2.202";
    const count = await db.objection.count();
    for (const bytes of [exeBytes(), htmlBytes()])
      await expect(file(target.id, {}, { document: { name: "bukti.pdf", bytes } })).rejects.toMatchObject({
        message: "objections.errors.documentType",
      });
    await expect(
      file(target.id, {}, { document: { name: "besar.pdf", bytes: pdfBytes(5 * 1024 * 1024 + 1) } }),
    ).rejects.toMatchObject({
      message: "objections.errors.documentTooLarge",
    });
    expect(await db.objection.count()).toBe(count);
  });
});

describe("deciding an objection", () => {
  async function pending(entryIndex: number) {
    const { reference } = await file(shortlisted[entryIndex]!.id);
    return db.objection.findUniqueOrThrow({ where: { reference } });
  }

  it("upholding with disqualification adds the override and the status change in one go, and tells the OPD", async () => {
    // An entry whose OPD has accounts, to see the notification.
    const index = (
      await Promise.all(shortlisted.map((e) => db.user.count({ where: { opdId: e.opdId } })))
    ).findIndex((n) => n > 0);
    const target = shortlisted.splice(index, 1)[0]!;
    shortlisted.push(target);
    const o = await pending(shortlisted.length - 1);
    const opdUser = await db.user.findFirstOrThrow({ where: { opdId: target.opdId } });
    await decideObjection(db, ctx.admin!, {
      objectionId: o.id,
      outcome: "DISQUALIFY",
      reason: "Terbukti replikasi tanpa modifikasi.",
      confirmDisqualify: "on",
    });

    const after = await db.objection.findUniqueOrThrow({ where: { id: o.id } });
    expect(after).toMatchObject({
      status: "UPHELD",
      consequence: "DISQUALIFY",
      decision: "Terbukti replikasi tanpa modifikasi.",
      decidedById: ctx.admin!.user.id,
    });
    expect(after.decidedAt).toBeInstanceOf(Date);
    const entry = await db.entry.findUniqueOrThrow({
      where: { id: target.id },
      include: { overrides: true, statusChanges: { orderBy: { createdAt: "desc" } } },
    });
    expect(entry.status).toBe("DISQUALIFIED");
    expect(entry.overrides).toEqual([
      expect.objectContaining({
        kind: "DISQUALIFY",
        revokedAt: null,
        reason: `Sanggahan ${o.reference} dikabulkan: Terbukti replikasi tanpa modifikasi.`,
      }),
    ]);
    expect(entry.statusChanges[0]).toMatchObject({
      fromStatus: "SHORTLISTED",
      toStatus: "DISQUALIFIED",
      actorId: ctx.admin!.user.id,
    });
    expect(await db.notification.count({ where: { userId: opdUser.id, kind: "objection.upheld" } })).toBe(1);
    const actions = (
      await db.auditLog.findMany({
        where: { actorId: ctx.admin!.user.id, entityId: { in: [o.id, target.id, entry.overrides[0]!.id] } },
      })
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(["entry.disqualified", "objection.uphold", "override.create"]);

    // No new objection against it now: it is no longer shortlisted.
    await expect(file(target.id, {}, { ip: "203.0.113.9" })).rejects.toMatchObject({
      message: "objections.errors.notShortlisted",
    });
  });

  it("a disqualification that fails part-way leaves nothing behind", async () => {
    const o = await pending(3);
    const entryBefore = await db.entry.findUniqueOrThrow({ where: { id: o.entryId } });
    // Make the entry update fail inside the transaction: a trigger that refuses the DISQUALIFIED status.
    await db.$executeRawUnsafe(
      `CREATE FUNCTION sgh_block() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'blocked'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER sgh_block BEFORE UPDATE ON "Entry" FOR EACH ROW WHEN (NEW.status = 'DISQUALIFIED') EXECUTE FUNCTION sgh_block()`,
    );
    try {
      await expect(
        decideObjection(db, ctx.admin!, {
          objectionId: o.id,
          outcome: "DISQUALIFY",
          reason: "Terbukti menjiplak inovasi lain.",
          confirmDisqualify: "on",
        }),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER sgh_block ON "Entry"`);
      await db.$executeRawUnsafe(`DROP FUNCTION sgh_block()`);
    }
    expect((await db.objection.findUniqueOrThrow({ where: { id: o.id } })).status).toBe("SUBMITTED");
    expect((await db.entry.findUniqueOrThrow({ where: { id: o.entryId } })).status).toBe(entryBefore.status);
    expect(await db.override.count({ where: { entryId: o.entryId } })).toBe(0);
    expect(
      await db.entryStatusChange.count({ where: { entryId: o.entryId, toStatus: "DISQUALIFIED" } }),
    ).toBe(0);
  });

  it("dismissing keeps the entry shortlisted", async () => {
    const o = await pending(2);
    await decideObjection(db, ctx.admin!, {
      objectionId: o.id,
      outcome: "DISMISS",
      reason: "Sanggahan tidak disertai bukti.",
    });
    expect(await db.objection.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({
      status: "REJECTED",
      consequence: null,
      decision: "Sanggahan tidak disertai bukti.",
    });
    expect((await db.entry.findUniqueOrThrow({ where: { id: o.entryId } })).status).toBe("SHORTLISTED");
    expect(await db.override.count({ where: { entryId: o.entryId } })).toBe(0);
  });

  it("upholding without consequence changes nothing but the objection", async () => {
    const o = await pending(1);
    await decideObjection(db, ctx.admin!, {
      objectionId: o.id,
      outcome: "UPHOLD",
      reason: "Catatan diterima untuk tahap presentasi.",
    });
    expect(await db.objection.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({
      status: "UPHELD",
      consequence: "NONE",
    });
    expect((await db.entry.findUniqueOrThrow({ where: { id: o.entryId } })).status).toBe("SHORTLISTED");
  });

  it("cannot be decided twice, not even by two admins at the same moment", async () => {
    const o = await pending(0);
    const results = await Promise.allSettled([
      decideObjection(db, ctx.admin!, {
        objectionId: o.id,
        outcome: "DISMISS",
        reason: "Tidak terbukti, keputusan pertama.",
      }),
      decideObjection(db, ctx.admin!, {
        objectionId: o.id,
        outcome: "UPHOLD",
        reason: "Terbukti, keputusan kedua.",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ message: "objections.errors.alreadyDecided" });
    await expect(
      decideObjection(db, ctx.admin!, {
        objectionId: o.id,
        outcome: "DISMISS",
        reason: "Mencoba memutus ulang.",
      }),
    ).rejects.toMatchObject({
      message: "objections.errors.alreadyDecided",
    });
    expect(
      await db.auditLog.count({
        where: { entityId: o.id, action: { in: ["objection.dismiss", "objection.uphold"] } },
      }),
    ).toBe(1);
  });

  it("is refused to anyone but an admin of the competition's region, and needs a reason", async () => {
    const o = await pending(0);
    const input = { objectionId: o.id, outcome: "DISMISS", reason: "Tidak terbukti sama sekali." };
    await expect(decideObjection(db, ctx.operator!, input)).rejects.toMatchObject({
      message: "errors.forbidden",
    });
    await expect(decideObjection(db, ctx.evaluator!, input)).rejects.toMatchObject({
      message: "errors.forbidden",
    });
    await expect(decideObjection(db, ctx.otherRegion!, input)).rejects.toMatchObject({
      message: "errors.notFound",
    });
    await expect(decideObjection(db, ctx.admin!, { ...input, reason: " " })).rejects.toMatchObject({
      name: "ZodError",
    });
    expect((await db.objection.findUniqueOrThrow({ where: { id: o.id } })).status).toBe("SUBMITTED");
    // The other region's admin sees neither the list nor the document.
    expect((await adminObjections(db, ctx.otherRegion!.user, competitionId, null)).total).toBe(0);
    expect(
      (await adminObjections(db, ctx.admin!.user, competitionId, "SUBMITTED")).rows.map((r) => r.id),
    ).toContain(o.id);
  });

  it("the document is readable by an admin of the region only", async () => {
    const { reference } = await file(
      shortlisted[0]!.id,
      {},
      { ip: "203.0.113.50", document: { name: "bukti.pdf", bytes: pdfBytes(1000) } },
    );
    const o = await db.objection.findUniqueOrThrow({ where: { reference } });
    const doc = await objectionDocument(db, ctx.admin!.user, competitionId, o.id, storage);
    expect(doc).toMatchObject({ name: "bukti.pdf", mime: "application/pdf", size: 1000 });
    expect(new Uint8Array(await new Response(doc.body).arrayBuffer())).toEqual(pdfBytes(1000));
    for (const who of [ctx.operator!.user, ctx.evaluator!.user, ctx.otherRegion!.user, null])
      await expect(objectionDocument(db, who, competitionId, o.id, storage)).rejects.toMatchObject({
        message: "errors.notFound",
      });
  });
});

describe("the public summary", () => {
  it("lists every objection with its outcome and no personal data", async () => {
    const summary = await publicSummary(db, competitionId);
    expect(summary.length).toBe(await db.objection.count({ where: { entry: { competitionId } } }));
    expect(summary.some((s) => s.status === "UPHELD" && s.consequence === "DISQUALIFY" && s.decision)).toBe(
      true,
    );
    const text = JSON.stringify(summary);
    for (const secret of [
      "Siti",
      "siti.warga@example.id",
      "+6281234567890",
      "192.0.2.",
      hashIp("192.0.2.1", SALT),
      "bukti.pdf",
    ])
      expect(text).not.toContain(secret);
    const keys = new Set(summary.flatMap((s) => Object.keys(s)));
    for (const k of [
      "submitterName",
      "submitterContact",
      "ipHash",
      "documentKey",
      "documentName",
      "reason",
      "id",
    ])
      expect(keys.has(k)).toBe(false);
    expect(Object.keys(PUBLIC_SUMMARY_SELECT).sort()).toEqual([
      "consequence",
      "createdAt",
      "decidedAt",
      "decision",
      "entry",
      "reference",
      "status",
    ]);
  });

  it("the public page lists the shortlist and says the window is open", async () => {
    const page = await publicObjectionPage(db, competitionId, during());
    expect(page?.state).toBe("OPEN");
    expect(page?.shortlist.length).toBe(4); // one of the five was disqualified above
    expect(JSON.stringify(page)).not.toContain("siti.warga@example.id");
  });
});

describe("after publication", () => {
  it("objections are closed once the results are published", async () => {
    const before = await db.objection.count();
    await db.publication.create({
      data: {
        competitionId,
        number: 1,
        content: {},
        contentHash: "a".repeat(64),
        publishedById: ctx.admin!.user.id,
      },
    });
    await expect(file(shortlisted[0]!.id, {}, { ip: "203.0.113.77" })).rejects.toMatchObject({
      message: "objections.errors.published",
    });
    expect(await db.objection.count()).toBe(before);
    expect((await publicObjectionPage(db, competitionId, during()))?.state).toBe("PUBLISHED");
  });
});
