// E-mail end to end on a database of its own: domain calls queue mail in their transaction, the worker delivers it
// to a real SMTP server started here, and the links in the mail work.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createUser, resetPassword } from "@/lib/admin/service/users";
import { verifyPassword } from "@/lib/auth/password";
import { requestPasswordReset, type ResetLimits } from "@/lib/auth/password-reset";
import { consumeSetupToken, findUsableToken } from "@/lib/auth/setup-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { enqueueMail } from "@/lib/mail/queue";
import { startMailWorker, type MailWorker } from "@/lib/mail/worker";
import { createDatabase, dropDatabase } from "./db";
import { linkIn, TestSmtp, waitFor } from "../support/smtp";

const APP_URL = "http://portal.inovasi.test:3123";
const LIMITS: ResetLimits = { perAccount: 3, perIp: 100, windowMs: 60_000 };

let dbName = "";
let db: Db;
let admin: ActionContext;
let otherRegionId = "";
const smtp = new TestSmtp();
let worker: MailWorker | null = null;
let n = 0;

const smtpSettings = () => ({ SMTP_HOST: "127.0.0.1", SMTP_PORT: smtp.port, MAIL_POLL_SECONDS: 0.5 });
const jobCount = async () =>
  Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job`)[0]!.n);
const newEmail = (tag: string) => `${tag}.${Date.now()}.${++n}@pemda.test`;

async function newAccount(opts: { locale?: "id" | "en"; regionId?: string } = {}) {
  return db.user.create({
    data: {
      email: newEmail("akun"),
      name: "Akun Uji",
      role: "EVALUATOR",
      regionId: opts.regionId ?? admin.user.regionId,
      locale: opts.locale ?? "id",
    },
    select: { id: true, email: true, name: true, locale: true },
  });
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", APP_URL);
  vi.stubEnv("MAIL_FROM", "Inovasi Daerah <inovasi@pemda.test>");
  const created = await createDatabase("inovasi_mail");
  dbName = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 3);
  const region = await db.region.create({
    data: { code: "3301", name: "Kabupaten Sukamaju", kind: "KABUPATEN" },
  });
  const other = await db.region.create({ data: { code: "3302", name: "Kota Lain", kind: "KOTA" } });
  otherRegionId = other.id;
  const user = await db.user.create({
    data: { email: "admin@sukamaju.test", name: "Sekretariat", role: "ADMIN", regionId: region.id },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user, requestId: "mail-test", ip: "127.0.0.1" };
  await smtp.start();
});

afterEach(async () => {
  await worker?.stop();
  worker = null;
  smtp.stall = false;
});

afterAll(async () => {
  await smtp.stop();
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
});

describe("account setup mail", () => {
  it("e-mails a new account its setup link in Bahasa Indonesia, with an absolute link that works", async () => {
    const email = newEmail("baru");
    const { id, token } = await createUser(db, admin, {
      name: "Operator Baru <b>",
      email,
      nip: null,
      role: "EVALUATOR",
      opdId: null,
    });
    worker = await startMailWorker(db, smtpSettings());
    const [mail] = await waitFor(() => smtp.to(email).length > 0 && smtp.to(email), 20_000, "the setup mail");
    expect(mail!.parsed.subject).toBe("Akun Anda di portal Inovasi Daerah Kabupaten Sukamaju");
    expect(mail!.parsed.from?.text).toContain("inovasi@pemda.test");
    expect(mail!.parsed.text).toContain("Yth. Operator Baru <b>,");
    // The name is escaped in the HTML part, the link is there too.
    expect(mail!.parsed.html).toContain("Operator Baru &lt;b&gt;");
    expect(mail!.parsed.html).not.toContain("<b>");
    const link = linkIn(mail!.parsed.text, APP_URL);
    expect(link).toBe(`${APP_URL}/setel-sandi/${token}`);
    expect(mail!.parsed.html).toContain(link);
    const mailToken = link.split("/").pop()!;
    expect((await findUsableToken(db, mailToken))?.userId).toBe(id);
    expect(await consumeSetupToken(db, mailToken, "SandiBaru2026")).toEqual({ userId: id });

    const row = await db.mailMessage.findFirstOrThrow({ where: { userId: id } });
    expect(row).toMatchObject({
      status: "SENT",
      attempts: 1,
      template: "account.setup",
      locale: "id",
      to: email,
    });
    expect(row.messageId).toContain(row.id);
    expect(row.regionId).toBe(admin.user.regionId);
  });

  it("sends an English account its new setup link in English", async () => {
    const user = await newAccount({ locale: "en" });
    const token = await resetPassword(db, admin, { id: user.id });
    worker = await startMailWorker(db, smtpSettings());
    const [mail] = await waitFor(() => smtp.to(user.email).length > 0 && smtp.to(user.email), 20_000, "mail");
    expect(mail!.parsed.subject).toBe("Your account on the Kabupaten Sukamaju Regional Innovation portal");
    expect(mail!.parsed.text).toContain("Dear Akun Uji,");
    expect(linkIn(mail!.parsed.text, APP_URL)).toBe(`${APP_URL}/setel-sandi/${token}`);
  });
});

describe("forgotten password", () => {
  it("mails a one-hour link that sets the password once; a second use is refused", async () => {
    const user = await newAccount();
    expect(
      await requestPasswordReset(db, user.email.toUpperCase(), { ip: "10.0.0.1" }, { limits: LIMITS }),
    ).toBe("sent");
    worker = await startMailWorker(db, smtpSettings());
    const [mail] = await waitFor(() => smtp.to(user.email).length > 0 && smtp.to(user.email), 20_000, "mail");
    expect(mail!.parsed.subject).toBe("Atur ulang kata sandi portal Inovasi Daerah");
    const token = linkIn(mail!.parsed.text, APP_URL).split("/").pop()!;
    const row = await db.setupToken.findFirstOrThrow({ where: { userId: user.id, usedAt: null } });
    expect(row.purpose).toBe("RESET");
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(60 * 60 * 1000 + 1000);

    expect(await consumeSetupToken(db, token, "SandiBaru2026")).toEqual({ userId: user.id });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword("SandiBaru2026", passwordHash)).toBe(true);
    expect(await consumeSetupToken(db, token, "SandiLain2026")).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: user.id } });
    expect(audit.map((a) => a.action)).toContain("user.password_reset_request");
  });

  it("refuses an expired link", async () => {
    const user = await newAccount();
    await requestPasswordReset(db, user.email, { ip: "10.0.0.2" }, { limits: LIMITS });
    worker = await startMailWorker(db, smtpSettings());
    const [mail] = await waitFor(() => smtp.to(user.email).length > 0 && smtp.to(user.email), 20_000, "mail");
    const token = linkIn(mail!.parsed.text, APP_URL).split("/").pop()!;
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(await findUsableToken(db, token, later)).toBeNull();
    expect(await consumeSetupToken(db, token, "SandiBaru2026", later)).toBeNull();
  });

  it("answers an unknown account the same, sends nothing, and takes at least as long", async () => {
    const [mails, jobs] = [await db.mailMessage.count(), await jobCount()];
    const t0 = Date.now();
    expect(
      await requestPasswordReset(db, "tidak.ada@pemda.test", { ip: "10.0.0.3" }, { limits: LIMITS }),
    ).toBe("sent");
    expect(await requestPasswordReset(db, "199901012020011999", { ip: "10.0.0.3" }, { limits: LIMITS })).toBe(
      "sent",
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(800);
    expect(await db.mailMessage.count()).toBe(mails);
    expect(await jobCount()).toBe(jobs);
  });

  it("limits requests per account (known or not) and per address", async () => {
    const user = await newAccount();
    const ask = (who: string, ip: string, limits = LIMITS) =>
      requestPasswordReset(db, who, { ip }, { limits, minMs: 0 });
    for (let i = 0; i < 3; i++) expect(await ask(user.email, `10.1.0.${i}`)).toBe("sent");
    expect(await ask(user.email, "10.1.0.9")).toBe("limited");
    for (let i = 0; i < 3; i++) expect(await ask("nobody@pemda.test", `10.2.0.${i}`)).toBe("sent");
    expect(await ask("nobody@pemda.test", "10.2.0.9")).toBe("limited");
    const perIp = { ...LIMITS, perAccount: 100, perIp: 2 };
    expect(await ask(newEmail("a"), "10.3.0.1", perIp)).toBe("sent");
    expect(await ask(newEmail("b"), "10.3.0.1", perIp)).toBe("sent");
    expect(await ask(newEmail("c"), "10.3.0.1", perIp)).toBe("limited");
    expect(await db.mailMessage.count({ where: { userId: user.id } })).toBe(3);
  });
});

describe("delivery", () => {
  it("with the mail server down the action succeeds at once; the mail arrives once the server is back", async () => {
    const port = smtp.port;
    await smtp.stop();
    try {
      const user = await newAccount();
      const t0 = Date.now();
      await resetPassword(db, admin, { id: user.id });
      expect(Date.now() - t0).toBeLessThan(2_000);
      const row = await db.mailMessage.findFirstOrThrow({ where: { userId: user.id } });
      expect(row.status).toBe("QUEUED");

      worker = await startMailWorker(db, { ...smtpSettings(), SMTP_PORT: port });
      const failed = await waitFor(
        async () => {
          const r = await db.mailMessage.findUniqueOrThrow({ where: { id: row.id } });
          return r.attempts >= 1 && r.lastError ? r : null;
        },
        20_000,
        "a failed attempt",
      );
      expect(failed.status).toBe("QUEUED");
      await smtp.start(port);
      await waitFor(() => smtp.to(user.email).length > 0, 40_000, "the retried mail");
      const sent = await waitFor(async () => {
        const r = await db.mailMessage.findUniqueOrThrow({ where: { id: row.id } });
        return r.status === "SENT" ? r : null;
      });
      expect(sent.attempts).toBeGreaterThanOrEqual(2);
      // Give a duplicate the time to show up: there must be none.
      await new Promise((r) => setTimeout(r, 2_000));
      expect(smtp.to(user.email)).toHaveLength(1);
    } finally {
      if (smtp.port !== port || !smtp["server"]) await smtp.start(port).catch(() => {});
    }
  }, 90_000);

  it("a rolled-back transaction queues nothing", async () => {
    const user = await newAccount();
    const [mails, jobs] = [await db.mailMessage.count(), await jobCount()];
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, {
          template: "password.reset",
          to: user.email,
          userId: user.id,
          locale: "id",
          data: { name: user.name, token: "x".repeat(43), expiresAt: new Date().toISOString() },
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.mailMessage.count()).toBe(mails);
    expect(await jobCount()).toBe(jobs);
  });

  it("heads the mail with the region's name and its logo at an absolute address", async () => {
    const user = await newAccount();
    let html = "";
    await expect(
      db.$transaction(async (tx) => {
        await tx.region.update({ where: { id: admin.user.regionId }, data: { logoKey: "logo-uji.png" } });
        const { id } = await enqueueMail(tx, {
          template: "password.reset",
          to: user.email,
          userId: user.id,
          locale: "id",
          data: { name: user.name, token: "z".repeat(43), expiresAt: new Date().toISOString() },
        });
        html = (await tx.mailMessage.findUniqueOrThrow({ where: { id } })).html;
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const region = await db.region.findUniqueOrThrow({ where: { id: admin.user.regionId } });
    expect(html).toContain(region.name);
    expect(html).toContain(`<img src="${APP_URL}/api/publik/logo-daerah/${region.id}?v=`);
  });

  it("queues one mail for a repeated dedupe key", async () => {
    const user = await newAccount();
    const send = () =>
      db.$transaction((tx) =>
        enqueueMail(tx, {
          template: "password.reset",
          to: user.email,
          userId: user.id,
          locale: "en",
          data: { name: user.name, token: "y".repeat(43), expiresAt: new Date().toISOString() },
          dedupeKey: `test:${user.id}`,
        }),
      );
    const first = await send();
    const second = await send();
    expect(first.queued).toBe(true);
    expect(second).toEqual({ id: first.id, queued: false });
    expect(await db.mailMessage.count({ where: { userId: user.id } })).toBe(1);
  });

  it("without SMTP settings keeps the mail in the outbox and prints it", async () => {
    const user = await newAccount();
    await resetPassword(db, admin, { id: user.id });
    const printed: string[] = [];
    const spy = vi
      .spyOn(console, "log")
      .mockImplementation((line: unknown) => void printed.push(String(line)));
    try {
      worker = await startMailWorker(db, { SMTP_HOST: undefined, MAIL_POLL_SECONDS: 0.5 });
      const row = await waitFor(async () => {
        const r = await db.mailMessage.findFirstOrThrow({ where: { userId: user.id } });
        return r.status === "OUTBOX" ? r : null;
      });
      expect(row.sentAt).toBeNull();
      expect(printed.join("\n")).toContain(user.email);
      expect(printed.join("\n")).toContain(`${APP_URL}/setel-sandi/`);
      expect(smtp.to(user.email)).toHaveLength(0);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("the outbox is the region's own", () => {
  it("lists and shows only the caller region's mail", async () => {
    const { listMail, getMail } = await import("@/lib/mail/outbox");
    const mine = await newAccount();
    const theirs = await newAccount({ regionId: otherRegionId });
    await resetPassword(db, admin, { id: mine.id });
    const otherAdmin = await db.user.create({
      data: { email: newEmail("admin.lain"), name: "Admin Lain", role: "ADMIN", regionId: otherRegionId },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
    await resetPassword(db, { user: otherAdmin, requestId: "t", ip: null }, { id: theirs.id });
    const theirMail = await db.mailMessage.findFirstOrThrow({ where: { userId: theirs.id } });
    const myMail = await db.mailMessage.findFirstOrThrow({ where: { userId: mine.id } });
    expect(theirMail.regionId).toBe(otherRegionId);

    const list = await listMail(db, admin.user, 1);
    expect(list.rows.map((r) => r.id)).toContain(myMail.id);
    expect(list.rows.map((r) => r.id)).not.toContain(theirMail.id);
    expect(list.rows.every((r) => r.to !== theirs.email)).toBe(true);
    expect(await getMail(db, admin.user, theirMail.id)).toBeNull();
    expect((await getMail(db, admin.user, myMail.id))?.text).toContain("/setel-sandi/");
    // The other region's secretariat cannot issue links for this region's accounts either.
    await expect(
      resetPassword(db, { user: otherAdmin, requestId: "t", ip: null }, { id: mine.id }),
    ).rejects.toThrow();
  });
});
