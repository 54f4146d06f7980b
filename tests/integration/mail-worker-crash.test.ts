// A worker killed in the middle of a delivery (kill -9 while the mail server holds its DATA) loses nothing and
// sends nothing twice: the job expires, another worker takes it, and the mail arrives exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetPassword } from "@/lib/admin/service/users";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, dropDatabase } from "./db";
import { TestSmtp, waitFor } from "../support/smtp";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dbName = "";
let dbUrl = "";
let db: Db;
const smtp = new TestSmtp();
const children: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(
    process.execPath,
    // As `npm run worker` starts it (the react-server condition makes `server-only` a no-op), but as node itself with
    // tsx's loader: the tsx command would run the worker in a grandchild that a kill misses.
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: dbUrl,
        NEXTAUTH_SECRET: "w".repeat(40),
        APP_URL: "http://portal.inovasi.test",
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(smtp.port),
        MAIL_POLL_SECONDS: "0.5",
        MAIL_MAINTENANCE_SECONDS: "1",
      },
    },
  );
  child.stdout?.resume();
  child.stderr?.resume();
  children.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once("exit", (code) => resolve(code)),
  );

beforeAll(async () => {
  // Set before the mail is queued: a job left active this long by a dead worker is handed to another.
  vi.stubEnv("MAIL_JOB_EXPIRE_SECONDS", "2");
  vi.stubEnv("APP_URL", "http://portal.inovasi.test");
  const created = await createDatabase("inovasi_mailcrash");
  dbName = created.name;
  dbUrl = created.url;
  await migrate(dbUrl);
  db = createPrismaClient(dbUrl, 2);
  await smtp.start();
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await smtp.stop();
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
});

describe("a worker killed mid-delivery", () => {
  it("delivers the mail exactly once after a new worker starts", async () => {
    const region = await db.region.create({ data: { code: "3401", name: "Kota Uji", kind: "KOTA" } });
    const admin = await db.user.create({
      data: { email: "admin@kotauji.test", name: "Sekretariat", role: "ADMIN", regionId: region.id },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
    const user = await db.user.create({
      data: { email: "penilai@kotauji.test", name: "Penilai", role: "EVALUATOR", regionId: region.id },
    });

    smtp.stall = true;
    const first = startWorker();
    await resetPassword(db, { user: admin, requestId: "crash", ip: null }, { id: user.id });
    await waitFor(() => smtp.dataStarted >= 1, 30_000, "the worker to reach DATA");
    first.kill("SIGKILL");
    await exited(first);
    expect(smtp.received).toHaveLength(0);
    const stuck = await db.mailMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(stuck.status).toBe("QUEUED");

    smtp.stall = false;
    const second = startWorker();
    await waitFor(() => smtp.to(user.email).length > 0, 45_000, "the mail after the restart");
    const sent = await waitFor(async () => {
      const r = await db.mailMessage.findUniqueOrThrow({ where: { id: stuck.id } });
      return r.status === "SENT" ? r : null;
    });
    expect(sent.attempts).toBe(2);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(smtp.to(user.email)).toHaveLength(1);

    // SIGTERM stops the worker gracefully.
    second.kill("SIGTERM");
    expect(await exited(second)).toBe(0);
  }, 120_000);
});
