// Every participant hears by e-mail what they must do: the events' notifications are mailed to the accounts in
// their language (unless they switched the category off), citizens hear of their objection and their comment
// (with a one-click unsubscribe), and the stage reminders go once. On a database of its own (objections are
// decided and results published there), delivered by the worker to a real SMTP server started here.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { assignManually } from "@/lib/competitions/service/assignments";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { replyToFeedback, submitFeedback } from "@/lib/feedback/service";
import { submitSchema } from "@/lib/innovations/schemas";
import { createInnovation, decideInnovation, saveDraft, submitInnovation } from "@/lib/innovations/service";
import { unsubscribeRequest, verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";
import { startMailWorker, type MailWorker } from "@/lib/mail/worker";
import { dueReminders } from "@/lib/notifications/queries";
import { sendStageReminders, setMailPreferences } from "@/lib/notifications/service";
import { decideObjection, fileObjection } from "@/lib/objections/service";
import { publish } from "@/lib/publication/service";
import { LocalDiskStorage } from "@/lib/storage";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { seed } from "@/prisma/seed";
import { createDatabase, dropDatabase } from "./db";
import { TestSmtp, waitFor, type Received } from "../support/smtp";

const APP_URL = "http://portal.inovasi.test:3124";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SALT = "uji-garam-surel-".padEnd(40, "x");
const NOW = new Date();

let dbName = "";
let db: Db;
let worker: MailWorker | null = null;
let uploadDir = "";
let storage: LocalDiskStorage;
let regionName = "";
let ipCounter = 0;
const smtp = new TestSmtp();
const ctx: Record<string, ActionContext> = {};

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it-mail-events", ip: "10.0.0.7" };
}

/** The mails delivered to `address` whose subject contains `part`, once there are `n` of them. */
const delivered = (address: string, part: string, n = 1): Promise<Received[]> =>
  waitFor(
    () => {
      const found = smtp.to(address).filter((r) => r.parsed.subject?.includes(part));
      return found.length >= n && found;
    },
    30_000,
    `${n} mail(s) "${part}" to ${address}`,
  );

/** An operator's innovation, complete and submitted to the head. */
async function submitted(operator: ActionContext, title: string): Promise<string> {
  const { id } = await createInnovation(db, operator, { title });
  const rev = (await db.innovation.findUniqueOrThrow({ where: { id } })).revision;
  const saved = await saveDraft(db, operator, {
    id,
    revision: rev,
    patch: {
      bentuk: "PELAYANAN_PUBLIK",
      jenis: "DIGITAL",
      urusan: "Sosial",
      inisiator: "PERANGKAT_DAERAH",
      tahapan: "PENERAPAN",
      trialStartDate: "2024-01-10",
      implementedDate: "2024-06-01",
      summary: "Layanan terbit sebelum warga pulang.",
      problem: "Banyak warga belum terlayani.",
      novelty: "Petugas datang ke warga.",
      strategy: "Kerja sama dengan desa.",
      results: "Cakupan naik menjadi 98 persen.",
      sdgs: [16],
    },
  });
  if (saved.kind !== "saved") throw new Error("expected saved");
  const result = await submitInnovation(db, operator, { id, revision: saved.revision }, (draft) =>
    submitSchema().safeParse(draft).success ? null : { _: ["incomplete"] },
  );
  expect(result).toMatchObject({ ok: true });
  return id;
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", APP_URL);
  vi.stubEnv("MAIL_FROM", "Inovasi Daerah <inovasi@pemda.test>");
  const created = await createDatabase("inovasi_events");
  dbName = created.name;
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", SALT);
  await migrate(created.url);
  db = createPrismaClient(created.url, 4);
  const { regionId } = await seed(db, NOW);
  regionName = (await db.region.findUniqueOrThrow({ where: { id: regionId } })).name;
  uploadDir = mkdtempSync(path.join(tmpdir(), "inovasi-surel-"));
  storage = new LocalDiskStorage(uploadDir);
  for (const [k, email] of Object.entries({
    admin: "admin@inovasi.test",
    evaluator: "penilai3@inovasi.test",
    dinkesOp: "operator.dinkes@inovasi.test",
    dinkesHead: "kepala.dinkes@inovasi.test",
    dukcapilOp: "operator.disdukcapil@inovasi.test",
    dukcapilHead: "kepala.disdukcapil@inovasi.test",
  }))
    ctx[k] = await contextFor(email);
  // A second head of the Dinas Kesehatan who reads English, and a retired one who gets nothing.
  await db.user.createMany({
    data: [
      {
        email: "head.en@inovasi.test",
        name: "English Head",
        role: "OPD_HEAD",
        regionId,
        opdId: ctx.dinkesHead!.user.opdId,
        locale: "en",
      },
      {
        email: "kepala.lama@inovasi.test",
        name: "Kepala Lama",
        role: "OPD_HEAD",
        regionId,
        opdId: ctx.dinkesHead!.user.opdId,
        active: false,
      },
    ],
  });
  await smtp.start();
  worker = await startMailWorker(
    db,
    { SMTP_HOST: "127.0.0.1", SMTP_PORT: smtp.port, MAIL_POLL_SECONDS: 0.5 },
    { reminders: false },
  );
});

afterAll(async () => {
  await worker?.stop();
  await smtp.stop();
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
});

describe("innovation workflow mails", () => {
  it("an operator's submission reaches each head in their language, with an absolute link; a return reaches the operator", async () => {
    const title = "Surel Uji Persetujuan";
    const id = await submitted(ctx.dinkesOp!, title);
    const [idMail] = await delivered("kepala.dinkes@inovasi.test", title);
    expect(idMail!.parsed.subject).toBe(
      `[${regionName}] Inovasi menunggu persetujuan: Menunggu persetujuan: ${title}`,
    );
    expect(idMail!.parsed.text).toContain("Yth. ");
    expect(idMail!.parsed.text).toContain(`${APP_URL}/inovasi/${id}`);
    expect(idMail!.parsed.html).toContain(`href="${APP_URL}/inovasi/${id}"`);
    // Why they get it, and where to change it.
    expect(idMail!.parsed.text).toContain("pemberitahuan “Inovasi”");
    expect(idMail!.parsed.text).toContain(`${APP_URL}/akun`);
    const [enMail] = await delivered("head.en@inovasi.test", title);
    expect(enMail!.parsed.subject).toBe(
      `[${regionName}] Innovation awaiting approval: Awaiting approval: ${title}`,
    );
    expect(enMail!.parsed.text).toContain("Dear English Head,");
    expect(enMail!.parsed.text).not.toContain("Menunggu persetujuan");
    // The in-app notice keeps the Indonesian words.
    expect(
      await db.notification.count({
        where: { user: { email: "head.en@inovasi.test" }, title: `Menunggu persetujuan: ${title}` },
      }),
    ).toBe(1);
    expect(await db.mailMessage.count({ where: { to: "kepala.lama@inovasi.test" } })).toBe(0);
    expect(
      await db.mailMessage.count({ where: { to: ctx.dinkesOp!.user.email, subject: { contains: title } } }),
    ).toBe(0);

    await decideInnovation(db, ctx.dinkesHead!, { id, decision: "RETURN", comment: "Lengkapi data dukung." });
    const [returned] = await delivered(ctx.dinkesOp!.user.email, `Dikembalikan: ${title}`);
    expect(returned!.parsed.subject).toContain("Inovasi dikembalikan");
    expect(returned!.parsed.text).toContain("Lengkapi data dukung.");
    expect(returned!.parsed.text).toContain(`${APP_URL}/inovasi/${id}`);
  });

  it("a user who switched off innovation mail still gets the notification, but no mail", async () => {
    const op = ctx.dukcapilOp!;
    await setMailPreferences(db, op, {
      surel: "1",
      on: ["competition", "objection", "feedback", "reminder"],
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: op.user.id } })).mailOptOut).toEqual([
      "innovation",
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.mail_preferences", entityId: op.user.id },
    });
    expect(audit.after).toEqual({ mailOptOut: ["innovation"] });
    try {
      const title = "Surel Uji Dimatikan";
      const id = await submitted(op, title);
      await delivered(ctx.dukcapilHead!.user.email, title);
      await decideInnovation(db, ctx.dukcapilHead!, { id, decision: "RETURN", comment: "Perbaiki." });
      expect(
        await db.notification.count({
          where: { userId: op.user.id, kind: "innovation.returned", link: `/inovasi/${id}` },
        }),
      ).toBe(1);
      expect(
        await db.mailMessage.count({ where: { userId: op.user.id, subject: { contains: title } } }),
      ).toBe(0);
    } finally {
      await setMailPreferences(db, op, {
        surel: "1",
        on: ["innovation", "competition", "objection", "feedback", "reminder"],
      });
    }
  });

  it("refuses an unknown category", async () => {
    await expect(
      setMailPreferences(db, ctx.dukcapilOp!, { surel: "1", on: ["innovation", "spam"] }),
    ).rejects.toThrow("mailPrefs.validation.unknownCategory");
  });
});

describe("assignment mail", () => {
  it("reaches the evaluator even with every category switched off", async () => {
    const ev = ctx.evaluator!;
    await setMailPreferences(db, ev, { surel: "1", on: [] });
    const c = await db.competition.findFirstOrThrow({
      where: { name: { startsWith: "Kompetisi Inovasi Daerah" }, regionId: ev.user.regionId },
      include: { categories: true },
    });
    const inn = await db.innovation.findFirstOrThrow({
      where: {
        status: "APPROVED",
        regionId: ev.user.regionId,
        versions: { some: {} },
        entries: { none: { competitionId: c.id } },
      },
      include: { versions: true },
    });
    const entry = await db.entry.create({
      data: {
        competitionId: c.id,
        innovationId: inn.id,
        categoryId: c.categories[0]!.id,
        versionId: inn.versions[0]!.id,
        registeredById: inn.createdById,
        status: "SCREENED_PASS",
      },
    });
    await assignManually(db, ctx.admin!, {
      competitionId: c.id,
      stage: "DESK",
      entryIds: [entry.id],
      evaluatorIds: [ev.user.id],
    });
    const [mail] = await delivered(ev.user.email, "Penugasan penilaian baru");
    expect(mail!.parsed.text).toContain(`${APP_URL}/penilai`);
    expect(mail!.parsed.text).toContain("tidak dapat dimatikan");
  });
});

describe("objections", () => {
  let competitionId = "";
  let shortlisted: { id: string; opdId: string }[] = [];
  let during = NOW;

  beforeAll(async () => {
    const c = await db.competition.findFirstOrThrow({
      where: { name: RESULTS_COMPETITION(NOW.getFullYear()) },
      include: { stages: { where: { kind: "OBJECTION" } }, entries: { include: { innovation: true } } },
    });
    competitionId = c.id;
    during = new Date(c.stages[0]!.startsAt.getTime() + DAY);
    shortlisted = c.entries
      .filter((e) => e.status === "SHORTLISTED")
      .map((e) => ({ id: e.id, opdId: e.innovation.opdId }));
  });

  const file = (entryId: string, contact: string) =>
    fileObjection(
      db,
      {
        competitionId,
        entryId,
        name: "Siti Warga",
        contact,
        reason: "Inovasi ini sudah diterapkan kabupaten tetangga sejak 2019 dengan nama yang sama.",
      },
      { ip: `192.0.2.${++ipCounter}`, ipSalt: SALT, now: during, storage, requestId: "it" },
    );

  it("a filed objection reaches the secretariat and the OPD's staff, never with the filer's contact; the decision reaches the filer", async () => {
    const contact = "siti.sanggah@warga.example";
    const target = shortlisted[0]!;
    const before = new Date();
    const { reference } = await file(target.id, contact);
    const [adminMail] = await delivered(ctx.admin!.user.email, `Sanggahan baru ${reference}`);
    expect(adminMail!.parsed.text).toContain(`${APP_URL}/admin/kompetisi/${competitionId}/sanggahan`);
    const staff = await db.user.findMany({
      where: { opdId: target.opdId, active: true, role: { in: ["OPD_OPERATOR", "OPD_HEAD"] } },
    });
    expect(staff.length).toBeGreaterThan(0);
    for (const u of staff)
      await delivered(
        u.email,
        u.locale === "en" ? "Objection against your innovation" : "Sanggahan terhadap inovasi Anda",
      );
    const staffMails = await db.mailMessage.findMany({ where: { createdAt: { gte: before } } });
    for (const m of staffMails) {
      expect(m.to).not.toBe(contact);
      expect(`${m.subject}\n${m.text}\n${m.html}`).not.toContain(contact);
    }

    const o = await db.objection.findUniqueOrThrow({ where: { reference } });
    await decideObjection(db, ctx.admin!, {
      objectionId: o.id,
      outcome: "DISMISS",
      reason: "Tidak terbukti <b>sama</b>.",
    });
    const [mail] = await delivered(contact, reference);
    expect(mail!.parsed.subject).toBe(`Keputusan atas sanggahan ${reference}`);
    expect(mail!.parsed.text).toContain("Yth. Siti Warga,");
    expect(mail!.parsed.text).toContain("Keputusan: sanggahan ditolak.");
    expect(mail!.parsed.text).toContain("Alasan: Tidak terbukti <b>sama</b>.");
    expect(mail!.parsed.html).toContain("Tidak terbukti &lt;b&gt;sama&lt;/b&gt;.");
    expect(mail!.parsed.text).toContain(`${APP_URL}/kompetisi/${competitionId}/hasil`);
  });

  it("a filer who gave a phone number gets no mail", async () => {
    const { reference } = await file(shortlisted[1]!.id, "0812-3456-7890");
    const o = await db.objection.findUniqueOrThrow({ where: { reference } });
    const before = await db.mailMessage.count({ where: { template: "objection.decided" } });
    await decideObjection(db, ctx.admin!, {
      objectionId: o.id,
      outcome: "UPHOLD",
      reason: "Terbukti diterapkan di kabupaten tetangga lebih dulu.",
    });
    expect(await db.mailMessage.count({ where: { template: "objection.decided" } })).toBe(before);
  });

  it("published results reach every OPD that entered", async () => {
    const entered = await db.entry.findMany({
      where: { competitionId },
      select: { innovation: { select: { opdId: true } } },
    });
    const opdIds = [...new Set(entered.map((e) => e.innovation.opdId))];
    // Objections still waiting are dismissed first: publishing closes the window.
    for (const o of await db.objection.findMany({ where: { status: "SUBMITTED", entry: { competitionId } } }))
      await decideObjection(db, ctx.admin!, {
        objectionId: o.id,
        outcome: "DISMISS",
        reason: "Tidak terbukti.",
      });
    await publish(
      db,
      ctx.admin!,
      { competitionId, expectedNumber: 1, closeObjections: true },
      new Date(NOW.getTime() + 60_000),
    );
    const { regionId } = await db.competition.findUniqueOrThrow({ where: { id: competitionId } });
    const mails = await db.mailMessage.findMany({
      where: { regionId, template: "notification", subject: { contains: "Hasil kompetisi diumumkan" } },
      select: { to: true, user: { select: { opdId: true } } },
    });
    const mailedOpds = new Set(mails.map((m) => m.user?.opdId));
    for (const opdId of opdIds) {
      const staff = await db.user.count({
        where: { opdId, active: true, role: { in: ["OPD_OPERATOR", "OPD_HEAD"] } },
      });
      if (staff > 0) expect(mailedOpds.has(opdId)).toBe(true);
    }
    expect(mails.length).toBeGreaterThan(0);
    const [mail] = await delivered(mails[0]!.to, "Hasil kompetisi diumumkan");
    expect(mail!.parsed.text).toContain(`${APP_URL}/kompetisi/${competitionId}/hasil`);
  });
});

describe("replies to citizens' comments", () => {
  it("mail the commenter once, with one-click unsubscribe; after unsubscribing no further mail", async () => {
    const typed = "Budi.Komentar@Warga.example";
    const address = typed.toLowerCase();
    const jebol = await db.innovation.findFirstOrThrow({
      where: { title: "Dukcapil Jemput Bola Desa (JEBOL)" },
    });
    const comment = async () => {
      await submitFeedback(
        db,
        { innovationId: jebol.id, rating: "5", comment: "Sangat membantu.", name: "Budi", contact: typed },
        { ip: `198.51.100.${++ipCounter}`, ipSalt: SALT, requestId: "it" },
      );
      return db.feedback.findFirstOrThrow({
        where: { contact: { equals: address, mode: "insensitive" } },
        orderBy: { createdAt: "desc" },
      });
    };
    const first = await comment();
    await replyToFeedback(db, ctx.admin!, { feedbackId: first.id, reply: "Terima kasih, Pak Budi." });
    const [mail] = await delivered(address, "Balasan atas komentar Anda");
    expect(mail!.parsed.text).toContain("Terima kasih, Pak Budi.");
    expect(mail!.parsed.text).toContain(`${APP_URL}/katalog/${jebol.id}`);
    const header = (key: string) =>
      mail!.parsed.headerLines
        .find((h) => h.key === key)
        ?.line.replace(/\r?\n\s+/g, " ")
        .replace(/^[^:]+:\s*/, "");
    const oneClick = header("list-unsubscribe") ?? "";
    expect(oneClick).toMatch(/^<http:\/\/portal\.inovasi\.test:3124\/api\/berhenti-langganan\?t=[^>\s]+>$/);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const link = /http:\/\/portal\.inovasi\.test:3124\/berhenti-langganan\?t=(\S+)/.exec(
      mail!.parsed.text ?? "",
    );
    expect(link).not.toBeNull();
    const token = decodeURIComponent(link![1]!);
    expect(verifyUnsubscribeToken(token)).toBe(address.toLowerCase());

    // An edited reply sends nothing more.
    await replyToFeedback(db, ctx.admin!, { feedbackId: first.id, reply: "Terima kasih banyak, Pak Budi." });
    expect(await db.mailMessage.count({ where: { to: address } })).toBe(1);

    // A forged token changes nothing; the form's POST and the one-click POST unsubscribe.
    const forged = `${token.split(".")[0]}.${"A".repeat(43)}`;
    const bad = await unsubscribeRequest(
      db,
      new Request(`${APP_URL}/api/berhenti-langganan?t=${encodeURIComponent(forged)}`, { method: "POST" }),
      APP_URL,
    );
    expect(bad.status).toBe(400);
    expect(await db.mailSuppression.count()).toBe(0);
    const form = new FormData();
    form.set("t", token);
    const viaForm = await unsubscribeRequest(
      db,
      new Request(`${APP_URL}/api/berhenti-langganan`, { method: "POST", body: form }),
      APP_URL,
    );
    expect(viaForm.status).toBe(303);
    expect(viaForm.headers.get("location")).toBe(`${APP_URL}/berhenti-langganan?selesai=1`);
    const url = oneClick.slice(1, -1);
    const viaClient = await unsubscribeRequest(
      db,
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      APP_URL,
    );
    expect(viaClient.status).toBe(200);
    const rows = await db.mailSuppression.findMany();
    expect(rows.map((r) => r.addressHash)).toEqual([
      createHash("sha256").update(address.toLowerCase()).digest("hex"),
    ]);

    const second = await comment();
    expect(second.id).not.toBe(first.id);
    await replyToFeedback(db, ctx.admin!, { feedbackId: second.id, reply: "Balasan kedua." });
    expect(await db.mailMessage.count({ where: { to: address } })).toBe(1);
  });
});

describe("stage reminders", () => {
  it("go once however often the job runs, with the link and the closing time in the region's zone", async () => {
    const c = await db.competition.findFirstOrThrow({
      where: { name: { startsWith: "Kompetisi Inovasi Daerah" } },
      include: { stages: { where: { kind: "REGISTRATION" } } },
    });
    const stage = c.stages[0]!;
    const now = new Date(stage.endsAt.getTime() - 12 * HOUR);
    const due = (await dueReminders(db, now)).find((r) => r.stageId === stage.id);
    expect(due?.days).toBe(1);
    const [optedOut, ...others] = due!.userIds;
    await db.user.update({ where: { id: optedOut }, data: { mailOptOut: ["reminder"] } });
    const keyed = { dedupeKey: { startsWith: `reminder:${stage.id}:1:` } };
    const notes = () => db.notification.count({ where: { kind: "stage.reminder", link: "/opd/kompetisi" } });

    await sendStageReminders(db, now);
    expect(await db.mailMessage.count({ where: keyed })).toBe(others.length);
    expect(await notes()).toBe(due!.userIds.length);
    await sendStageReminders(db, now);
    await sendStageReminders(db, new Date(now.getTime() + HOUR));
    expect(await db.mailMessage.count({ where: keyed })).toBe(others.length);
    expect(await notes()).toBe(due!.userIds.length);
    expect(await db.mailMessage.count({ where: { userId: optedOut, template: "stage.reminder" } })).toBe(0);

    const user = await db.user.findUniqueOrThrow({ where: { id: others[0] } });
    const [mail] = await delivered(user.email, "Pengingat: Pendaftaran");
    expect(mail!.parsed.subject).toContain("ditutup besok");
    expect(mail!.parsed.text).toContain(`${APP_URL}/opd/kompetisi`);
    const local = new Intl.DateTimeFormat("id-ID", {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "Asia/Jakarta",
    }).format(stage.endsAt);
    expect(mail!.parsed.text).toContain(`${local} WIB`);
  });
});
