// The mail queue on the embedded database: PGlite is one session behind a pool of one connection, and pg-boss runs
// on that pool (no connection of its own) while the portal's transactions queue mail beside it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser, resetPassword } from "@/lib/admin/service/users";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { startMailWorker, type MailWorker } from "@/lib/mail/worker";
import { TestSmtp, waitFor } from "../support/smtp";

let embedded: EmbeddedDatabase;
let db: Db;
let worker: MailWorker | undefined;
const smtp = new TestSmtp();

beforeAll(async () => {
  vi.stubEnv("APP_URL", "http://localhost:3000");
  embedded = await startEmbeddedDatabase("memory://");
  await migrate(embedded.url);
  db = createPrismaClient(embedded.url, 1);
  await smtp.start();
});
afterAll(async () => {
  await worker?.stop();
  await smtp.stop();
  await db?.$disconnect();
  await embedded?.stop();
});

describe("mail on PGlite", () => {
  it("queues in the portal's transactions and delivers through the same single connection", async () => {
    const region = await db.region.create({
      data: { code: "3501", name: "Kabupaten Tertanam", kind: "KABUPATEN" },
    });
    const admin = await db.user.create({
      data: { email: "admin@tertanam.test", name: "Sekretariat", role: "ADMIN", regionId: region.id },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
    const ctx = { user: admin, requestId: "pglite", ip: null };
    worker = await startMailWorker(db, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: smtp.port,
      MAIL_POLL_SECONDS: 0.5,
    });
    const emails = ["satu@tertanam.test", "dua@tertanam.test", "tiga@tertanam.test"];
    // Several actions at once, while the worker polls on the same connection.
    const created = await Promise.all(
      emails.map((email) =>
        createUser(db, ctx, { name: email, email, nip: null, role: "EVALUATOR", opdId: null }),
      ),
    );
    await resetPassword(db, ctx, { id: created[0]!.id });
    await waitFor(
      () => emails.every((e) => smtp.to(e).length > 0) && smtp.to(emails[0]!).length === 2,
      30_000,
    );
    const rows = await db.mailMessage.findMany({ select: { status: true } });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.status === "SENT")).toBe(true);
  });
});
