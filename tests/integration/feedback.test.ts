// Citizen feedback on public innovations, on a real database: submission (public only, zod,
// honeypot, per-IP limits, only a salted IP hash stored), ratings that count at once while the
// comment waits for moderation, moderation and public replies scoped to the innovation's OPD or
// the region's admin (another OPD is refused), the audit trail, and what the public query shows.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { getPublicInnovation } from "@/lib/catalog/queries/innovation";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { listFeedback, listPublicComments } from "@/lib/feedback/queries";
import { FEEDBACK_ERRORS, LIMITS } from "@/lib/feedback/rules/refusals";
import { HONEYPOT_FIELD } from "@/lib/feedback/schemas";
import { feedbackIpHash, moderateFeedback, replyToFeedback, submitFeedback } from "@/lib/feedback/service";
import id from "@/messages/id.json";
import { seed } from "@/prisma/seed";
import * as masukan from "@/app/(site)/(public)/katalog/[id]/masukan/route";
import { createDatabase, dropDatabase } from "./db";

/** The caller the form's endpoint sees (its address and request id come from the request's headers). */
const caller = vi.hoisted(() => ({ ip: null as string | null }));
vi.mock("@/lib/request-context", () => ({
  requestContext: () => Promise.resolve({ ip: caller.ip, requestId: "it" }),
}));

const SALT = "uji-garam-masukan-".padEnd(40, "x");
let dbName: string;
let db: Db;
let jebol: string; // public, DISDUKCAPIL
let draft: string; // DRAFT, DINKES
let privateApproved: string; // approved but not public
const ctx: Record<string, ActionContext> = {};
let ipCounter = 0;
let ip: string;

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it-feedback", ip: "10.0.0.9" };
}

/** A fresh innovation of JEBOL's OPD. */
async function newInnovation(title: string, isPublic = true) {
  const src = await db.innovation.findFirstOrThrow({ where: { id: jebol } });
  const row = await db.innovation.create({
    data: {
      regionId: src.regionId,
      opdId: src.opdId,
      year: src.year,
      title,
      status: "APPROVED",
      isPublic,
      createdById: src.createdById,
      updatedById: src.createdById,
    },
  });
  return row.id;
}

const submit = (raw: Record<string, unknown>, from = ip) =>
  submitFeedback(
    db,
    { innovationId: jebol, rating: "4", ...raw },
    { ip: from, ipSalt: SALT, requestId: "it" },
  );

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ActionError) return err.message;
    if (err instanceof ZodError)
      return `zod:${err.issues.map((i) => `${i.path.join(".")}=${i.message}`).join(",")}`;
    throw err;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_fb");
  dbName = created.name;
  await migrate(created.url);
  // For the form's endpoint, which reaches the database through the process's client.
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", SALT);
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(created.url, 4);
  await seed(db);
  jebol = (await db.innovation.findFirstOrThrow({ where: { title: "Dukcapil Jemput Bola Desa (JEBOL)" } }))
    .id;
  draft = (await db.innovation.findFirstOrThrow({ where: { title: "Posyandu Remaja Sehat Jiwa" } })).id;
  privateApproved = await newInnovation("Inovasi Tertutup Uji", false);
  for (const [k, email] of Object.entries({
    admin: "admin@inovasi.test",
    capil: "operator.disdukcapil@inovasi.test",
    capilHead: "kepala.disdukcapil@inovasi.test",
    dinkes: "operator.dinkes@inovasi.test",
    evaluator: "penilai@inovasi.test",
  }))
    ctx[k] = await contextFor(email);
});

afterAll(async () => {
  await db?.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  vi.unstubAllEnvs();
  if (dbName) await dropDatabase(dbName);
});

beforeEach(() => {
  ip = `198.51.100.${++ipCounter}`;
});

describe("submitting feedback", () => {
  it("stores a rating with its comment as PENDING, only a salted IP hash, and tells the OPD's staff", async () => {
    const before = await db.notification.count({
      where: { userId: ctx.capil!.user.id, kind: "feedback.received" },
    });
    const dinkesBefore = await db.notification.count({
      where: { userId: ctx.dinkes!.user.id, kind: "feedback.received" },
    });
    const result = await submit({
      comment: "  Sangat membantu lansia di desa kami.  ",
      name: "Bu Sari",
      contact: "0812-3456-7890",
    });
    expect(result.saved).toBe(true);
    const row = await db.feedback.findFirstOrThrow({
      where: { innovationId: jebol },
      orderBy: { createdAt: "desc" },
    });
    expect(row).toMatchObject({
      rating: 4,
      comment: "Sangat membantu lansia di desa kami.",
      name: "Bu Sari",
      contact: "081234567890",
      state: "PENDING",
    });
    expect(row.ipHash).toBe(feedbackIpHash(ip, SALT));
    expect(row.ipHash).not.toContain(ip);
    expect(
      await db.notification.count({ where: { userId: ctx.capil!.user.id, kind: "feedback.received" } }),
    ).toBe(before + 1);
    expect(
      await db.notification.count({ where: { userId: ctx.dinkes!.user.id, kind: "feedback.received" } }),
    ).toBe(dinkesBefore);
    const log = await db.auditLog.findFirstOrThrow({
      where: { entityId: row.id, action: "feedback.submit" },
    });
    expect(JSON.stringify(log)).not.toContain("0812");
  });

  it("validates: rating 1–5 required, comment ≤ 2000, name ≤ 100, contact an email or phone", async () => {
    expect(await refusal(submit({ rating: undefined }))).toContain("rating=feedback.validation.rating");
    expect(await refusal(submit({ rating: "6" }))).toContain("rating=feedback.validation.rating");
    expect(await refusal(submit({ rating: "0" }))).toContain("rating=feedback.validation.rating");
    expect(await refusal(submit({ rating: "3.5" }))).toContain("rating=feedback.validation.rating");
    expect(await refusal(submit({ comment: "a".repeat(2001) }))).toContain(
      "comment=feedback.validation.tooLong",
    );
    expect(await refusal(submit({ name: "n".repeat(101) }))).toContain("name=feedback.validation.tooLong");
    expect(await refusal(submit({ contact: "bukan kontak" }))).toContain(
      "contact=feedback.validation.contact",
    );
    // Nothing invalid used up the quota: a valid rating from the same IP still goes through.
    expect((await submit({ comment: "" })).saved).toBe(true);
  });

  it("refuses control characters in the comment, name or contact, saying so, and spends no slot", async () => {
    const before = await db.feedback.count({ where: { innovationId: jebol } });
    for (const field of ["comment", "name", "contact"])
      for (const bad of ["Bagus\u0000", "Bagus\u007f", "Bagus \ud83d", "Bagus\ufffd"])
        expect(await refusal(submit({ [field]: bad }))).toContain(`${field}=validation.controlChars`);
    expect(id.validation.controlChars).toBe("Tidak boleh berisi karakter kontrol.");
    expect(await db.feedback.count({ where: { innovationId: jebol } })).toBe(before);
    // The day's one rating for this innovation is still there for a valid post.
    expect((await submit({ comment: "Pelayanan cepat\nterima kasih" })).saved).toBe(true);
    expect(await refusal(submit({}))).toBe(FEEDBACK_ERRORS.rateLimited);
  });

  it("gives the slots back when saving fails after they were taken", async () => {
    const spy = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("database unavailable"));
    try {
      await expect(submit({ comment: "Mohon ditingkatkan" })).rejects.toThrow("database unavailable");
    } finally {
      spy.mockRestore();
    }
    expect((await submit({ comment: "Mohon ditingkatkan" })).saved).toBe(true);
  });

  it("is refused on a draft, on an approved innovation that is not public, and on an unknown id", async () => {
    expect(await refusal(submit({ innovationId: draft }))).toBe(FEEDBACK_ERRORS.notFound);
    expect(await refusal(submit({ innovationId: privateApproved }))).toBe(FEEDBACK_ERRORS.notFound);
    expect(await refusal(submit({ innovationId: "tidakada123" }))).toBe(FEEDBACK_ERRORS.notFound);
    expect(await db.feedback.count({ where: { innovationId: { in: [draft, privateApproved] } } })).toBe(0);
  });

  it("drops a filled honeypot quietly: nothing stored, no notification", async () => {
    const before = await db.feedback.count();
    const notes = await db.notification.count({ where: { kind: "feedback.received" } });
    const result = await submit({ comment: "spam", [HONEYPOT_FIELD]: "http://spam.example" });
    expect(result.saved).toBe(false);
    expect(await db.feedback.count()).toBe(before);
    expect(await db.notification.count({ where: { kind: "feedback.received" } })).toBe(notes);
  });

  it("limits one rating per IP per innovation a day, and 10 per IP an hour", async () => {
    expect((await submit({})).saved).toBe(true);
    expect(await refusal(submit({}))).toBe(FEEDBACK_ERRORS.rateLimited);
    // Another IP is not affected.
    expect((await submit({}, `${ip}0`)).saved).toBe(true);

    // The hourly limit across innovations: seed extra public innovations to rate.
    const ids: string[] = [];
    for (let i = 0; i < LIMITS.perIpHour + 1; i++) ids.push(await newInnovation(`Uji Batas ${i}`));
    const hourIp = "203.0.113.77";
    for (let i = 0; i < LIMITS.perIpHour; i++)
      expect((await submit({ innovationId: ids[i] }, hourIp)).saved).toBe(true);
    expect(await refusal(submit({ innovationId: ids[LIMITS.perIpHour] }, hourIp))).toBe(
      FEEDBACK_ERRORS.rateLimited,
    );
    expect(await db.feedback.count({ where: { innovationId: ids[LIMITS.perIpHour] } })).toBe(0);
  });
});

describe("the public form's endpoint", () => {
  const post = (body: string) => {
    caller.ip = ip;
    return masukan.POST(
      new Request(`http://portal.test/katalog/${jebol}/masukan`, {
        method: "POST",
        body,
        headers: { host: "portal.test", "content-type": "application/x-www-form-urlencoded" },
      }),
      { params: Promise.resolve({ id: jebol }) },
    );
  };
  const status = (res: Response) =>
    new URL(res.headers.get("location")!, "http://portal.test").searchParams.get("masukan");

  it("sends a NUL or invalid UTF-8 back with its own status, storing nothing and spending no slot", async () => {
    const before = await db.feedback.count({ where: { innovationId: jebol } });
    expect(status(await post("rating=4&comment=Bagus%00"))).toBe("control");
    expect(status(await post("rating=4&name=Budi%FF"))).toBe("control");
    expect(status(await post(`rating=4&comment=${"a".repeat(40_000)}`))).toBe("invalid");
    expect(await db.feedback.count({ where: { innovationId: jebol } })).toBe(before);
    expect(status(await post("rating=4&comment=Bagus&constructor=x&__proto__=y"))).toBe("terkirim");
    expect(status(await post("rating=5"))).toBe("rateLimited");
  });
});

describe("ratings and moderation", () => {
  it("counts the rating at once while the comment stays hidden until approved; then shows it with the reply, never the contact", async () => {
    const id = await newInnovation("Uji Penilaian");
    await submit({
      innovationId: id,
      rating: "5",
      comment: "Pelayanan cepat dan ramah.",
      name: "Pak Budi",
      contact: "budi.rahasia@example.id",
    });
    await submit({ innovationId: id, rating: "2" }, "203.0.113.5");
    const pending = await getPublicInnovation(db, id);
    expect(pending!.rating).toEqual({ average: 3.5, count: 2 });
    expect(await listPublicComments(db, id)).toEqual([]);

    const row = await db.feedback.findFirstOrThrow({ where: { innovationId: id, comment: { not: null } } });
    await moderateFeedback(db, ctx.capil!, { feedbackId: row.id, decision: "APPROVED" });
    await replyToFeedback(db, ctx.capil!, { feedbackId: row.id, reply: "Terima kasih, Pak Budi." });
    const shown = await listPublicComments(db, id);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      comment: "Pelayanan cepat dan ramah.",
      name: "Pak Budi",
      reply: "Terima kasih, Pak Budi.",
      rating: 5,
    });
    const text = JSON.stringify(shown) + JSON.stringify(await getPublicInnovation(db, id));
    expect(text).not.toContain("budi.rahasia");
    expect(text).not.toContain("ipHash");
    expect(text).not.toContain(row.ipHash);

    // Edit the reply; both are in the audit trail.
    await replyToFeedback(db, ctx.capil!, { feedbackId: row.id, reply: "Terima kasih atas masukannya." });
    expect((await listPublicComments(db, id))[0]!.reply).toBe("Terima kasih atas masukannya.");
    const actions = (
      await db.auditLog.findMany({ where: { entityId: row.id }, orderBy: { createdAt: "asc" } })
    ).map((a) => [a.action, a.actorId]);
    expect(actions).toEqual([
      ["feedback.submit", null],
      ["feedback.approve", ctx.capil!.user.id],
      ["feedback.reply", ctx.capil!.user.id],
      ["feedback.reply.edit", ctx.capil!.user.id],
    ]);

    // A rejected rating no longer counts, and its comment is hidden again.
    await moderateFeedback(db, ctx.admin!, { feedbackId: row.id, decision: "REJECTED" });
    expect((await getPublicInnovation(db, id))!.rating).toEqual({ average: 2, count: 1 });
    expect(await listPublicComments(db, id)).toEqual([]);
  });

  it("refuses another OPD's user, an evaluator and a wrong-region admin; allows the OPD's head and the admin", async () => {
    await submit({ comment: "Mohon jadwal jemput bola diumumkan lebih awal." });
    const row = await db.feedback.findFirstOrThrow({
      where: { innovationId: jebol, state: "PENDING" },
      orderBy: { createdAt: "desc" },
    });
    expect(
      await refusal(moderateFeedback(db, ctx.dinkes!, { feedbackId: row.id, decision: "APPROVED" })),
    ).toBe(FEEDBACK_ERRORS.notFound);
    expect(
      await refusal(replyToFeedback(db, ctx.dinkes!, { feedbackId: row.id, reply: "Bukan OPD kami" })),
    ).toBe(FEEDBACK_ERRORS.notFound);
    expect(
      await refusal(moderateFeedback(db, ctx.evaluator!, { feedbackId: row.id, decision: "APPROVED" })),
    ).toBe(FEEDBACK_ERRORS.notFound);
    const region = await db.region.create({
      data: { code: "99.98", name: "Kabupaten Lain", kind: "KABUPATEN" },
    });
    const otherAdmin: ActionContext = {
      ...ctx.admin!,
      user: { ...ctx.admin!.user, id: ctx.admin!.user.id, regionId: region.id },
    };
    expect(
      await refusal(moderateFeedback(db, otherAdmin, { feedbackId: row.id, decision: "APPROVED" })),
    ).toBe(FEEDBACK_ERRORS.notFound);
    expect((await db.feedback.findUniqueOrThrow({ where: { id: row.id } })).state).toBe("PENDING");

    // The other OPD does not even see it in its list.
    expect((await listFeedback(db, ctx.dinkes!.user, {})).rows.map((r) => r.id)).not.toContain(row.id);

    await moderateFeedback(db, ctx.capilHead!, { feedbackId: row.id, decision: "REJECTED" });
    await moderateFeedback(db, ctx.admin!, { feedbackId: row.id, decision: "APPROVED" });
    const after = await db.feedback.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ state: "APPROVED", moderatedById: ctx.admin!.user.id });
    expect(
      await refusal(moderateFeedback(db, ctx.admin!, { feedbackId: row.id, decision: "APPROVED" })),
    ).toBe(FEEDBACK_ERRORS.notPending);
  });

  it("lists the OPD's feedback filtered by state with counts and pages; the admin sees the region", async () => {
    const pending = await listFeedback(db, ctx.capil!.user, { state: "PENDING" });
    expect(pending.rows.every((r) => r.state === "PENDING")).toBe(true);
    const all = await listFeedback(db, ctx.capil!.user, {});
    expect(all.total).toBe(
      (all.counts.PENDING ?? 0) + (all.counts.APPROVED ?? 0) + (all.counts.REJECTED ?? 0),
    );
    expect(all.rows.length).toBe(Math.min(all.total, all.pageSize));
    const page2 = await listFeedback(db, ctx.capil!.user, { page: 2 });
    expect(page2.rows.map((r) => r.id).filter((id) => all.rows.some((r) => r.id === id))).toEqual([]);
    const region = await listFeedback(db, ctx.admin!.user, {});
    expect(region.total).toBeGreaterThanOrEqual(all.total);
  });

  it("shows a citizen's contact to the secretariat only; the OPD learns only that one was left", async () => {
    await submit({ comment: "Mohon dihubungi.", contact: "warga.rahasia@example.id" });
    const row = await db.feedback.findFirstOrThrow({
      where: { innovationId: jebol, contact: "warga.rahasia@example.id" },
      orderBy: { createdAt: "desc" },
    });
    const find = async (user: ActionContext["user"]) => {
      const list = await listFeedback(db, user, { state: "PENDING" });
      return list.rows.find((r) => r.id === row.id);
    };
    for (const staff of [ctx.capil!.user, ctx.capilHead!.user]) {
      expect(await find(staff)).toMatchObject({ contact: null, hasContact: true });
    }
    expect(await find(ctx.admin!.user)).toMatchObject({
      contact: "warga.rahasia@example.id",
      hasContact: true,
    });
  });

  it("refuses a reply to a bare rating and an empty reply", async () => {
    await submit({ rating: "3" });
    const bare = await db.feedback.findFirstOrThrow({
      where: { innovationId: jebol, comment: null },
      orderBy: { createdAt: "desc" },
    });
    expect(bare.state).toBe("APPROVED");
    expect(
      await refusal(replyToFeedback(db, ctx.capil!, { feedbackId: bare.id, reply: "Terima kasih" })),
    ).toBe(FEEDBACK_ERRORS.noComment);
    expect(await refusal(replyToFeedback(db, ctx.capil!, { feedbackId: bare.id, reply: "   " }))).toContain(
      "reply=validation.required",
    );
  });
});
