// The accounts of a deactivated OPD keep reading but lose write access on their next request: every server action
// (lib/action.ts) and every route handler that writes refuses them with one message, and reactivating the OPD gives
// it back. Real sessions (cookie → session row → user and OPD), actions and routes as Next.js calls them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { setOpdActive } from "@/lib/admin/service/opds";
import { getCurrentUser } from "@/lib/auth/session";
import { createPrismaClient, type Db } from "@/lib/db/client";
import * as actions from "@/lib/innovations/actions";
import { pdfBytes } from "@/tests/support/attachment-files";
import { markAllReadAction } from "@/lib/notifications/actions";
import id from "@/messages/id.json";
import { seed } from "@/prisma/seed";
import * as collection from "@/app/api/inovasi/[id]/lampiran/route";
import * as single from "@/app/api/lampiran/[attachmentId]/route";
import { type Browser, newBrowser, signInDirectly } from "./browser-jar";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

const current = vi.hoisted(() => ({ browser: null as unknown as Browser }));
vi.mock("next/headers", async () => (await import("./browser-jar")).nextHeaders(current));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("use-intl/core");
  const core = (await import("@/messages/id.json")).default;
  const innovations = (await import("@/messages/id/innovations.json")).default;
  const attachments = (await import("@/messages/id/attachments.json")).default;
  const notifications = (await import("@/messages/id/notifications.json")).default;
  const messages = {
    ...core,
    innovations,
    attachments,
    notifications,
  };
  return {
    getTranslations: (namespace?: string) =>
      Promise.resolve(
        createTranslator({
          locale: "id",
          messages,
          namespace: namespace as "errors",
          timeZone: "Asia/Jakarta",
        }),
      ),
    getFormatter: () => Promise.resolve(createFormatter({ locale: "id", timeZone: "Asia/Jakarta" })),
  };
});

const SECRET = "s".repeat(40);
const READ_ONLY = id.errors.opdInactive;

let db: Db;
let uploadDir: string;
let admin: ActionContext;
let opdId: string;
let operator: Browser;
let operatorId: string;
let innovationId: string;
let effects: SideEffects;

beforeAll(async () => {
  uploadDir = path.join(mkdtempSync(path.join(tmpdir(), "inovasi-opd-nonaktif-")), "uploads");
  // Before anything calls env(): it is parsed once per module graph.
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("APP_URL", "http://localhost:3000");
  vi.stubEnv("UPLOAD_DIR", uploadDir);
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  effects = await sideEffectsFrom(db);
  const a = await db.user.findUniqueOrThrow({
    where: { email: "admin@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user: a, requestId: "test-request", ip: "127.0.0.1" };
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  const opd = await db.opd.create({
    data: {
      regionId: a.regionId,
      name: `Dinas Uji Nonaktif ${suffix}`,
      shortName: `NA-${suffix}`,
      kind: "DINAS",
    },
  });
  opdId = opd.id;
  const user = await db.user.create({
    data: {
      name: "Operator Nonaktif",
      email: `operator-${suffix.toLowerCase()}@inovasi.test`,
      role: "OPD_OPERATOR",
      regionId: a.regionId,
      opdId,
    },
  });
  operatorId = user.id;
  const innovation = await db.innovation.create({
    data: {
      regionId: a.regionId,
      opdId,
      year: 2002,
      title: "Inovasi uji OPD nonaktif",
      createdById: user.id,
      updatedById: user.id,
    },
  });
  innovationId = innovation.id;
  operator = newBrowser();
  await signInDirectly(operator, db, operatorId, SECRET);
  current.browser = operator;
});

afterAll(async () => {
  await db.attachment.deleteMany({ where: { innovationId } });
  await db.innovationVersion.deleteMany({ where: { innovationId } });
  await db.innovation.deleteMany({ where: { id: innovationId } });
  await effects.remove();
  await db.user.deleteMany({ where: { id: operatorId } });
  await db.opd.deleteMany({ where: { id: opdId } });
  await db.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  vi.unstubAllEnvs();
  rmSync(path.dirname(uploadDir), { recursive: true, force: true });
});

const revision = async () =>
  (await db.innovation.findUniqueOrThrow({ where: { id: innovationId }, select: { revision: true } }))
    .revision;

const save = async () =>
  actions.saveDraftAction(null, {
    id: innovationId,
    revision: await revision(),
    patch: { title: `Inovasi uji OPD nonaktif ${randomBytes(2).toString("hex")}` },
  });

const submit = async () =>
  actions.submitInnovationAction(null, { id: innovationId, revision: await revision() });

async function upload() {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(pdfBytes())], "sk.pdf", { type: "application/pdf" }));
  form.append("kind", "SK");
  form.append("visibility", "INTERNAL");
  const res = await collection.POST(
    new Request(`http://localhost:3000/api/inovasi/${innovationId}/lampiran`, { method: "POST", body: form }),
    { params: Promise.resolve({ id: innovationId }) },
  );
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; message?: string; data?: { id: string } },
  };
}

async function remove(attachmentId: string) {
  const res = await single.DELETE(
    new Request(`http://localhost:3000/api/lampiran/${attachmentId}`, { method: "DELETE" }),
    { params: Promise.resolve({ attachmentId }) },
  );
  return { status: res.status, body: (await res.json()) as { ok: boolean; message?: string } };
}

describe("an operator of a deactivated OPD", () => {
  it("reads but cannot save, submit, upload or delete, and can again once the OPD is reactivated", async () => {
    const before = await upload();
    expect(before.status).toBe(201);
    const attachmentId = before.body.data!.id;
    expect((await save()).ok).toBe(true);

    await setOpdActive(db, admin, { id: opdId, active: false });
    const user = await getCurrentUser();
    expect(user).toMatchObject({ id: operatorId, opdActive: false });

    const rev = await revision();
    expect(await save()).toEqual({ ok: false, message: READ_ONLY });
    expect(await submit()).toEqual({ ok: false, message: READ_ONLY });
    expect(await upload()).toEqual({ status: 403, body: { ok: false, message: READ_ONLY } });
    expect(await remove(attachmentId)).toEqual({ status: 403, body: { ok: false, message: READ_ONLY } });
    expect(await revision()).toBe(rev);
    expect(await db.attachment.count({ where: { innovationId } })).toBe(1);

    await setOpdActive(db, admin, { id: opdId, active: true });
    expect((await getCurrentUser())?.opdActive).toBe(true);
    expect(await save()).toMatchObject({ ok: true, data: { kind: "saved" } });
    const submitted = await submit();
    expect(submitted.ok ? "" : submitted.message).not.toBe(READ_ONLY);
    expect((await upload()).status).toBe(201);
    expect(await remove(attachmentId)).toEqual({
      status: 200,
      body: { ok: true, data: { reopened: false } },
    });
  });

  it("marking notifications read stays open to a read-only account", async () => {
    await setOpdActive(db, admin, { id: opdId, active: false });
    try {
      expect((await markAllReadAction(null, {})).ok).toBe(true);
    } finally {
      await setOpdActive(db, admin, { id: opdId, active: true });
    }
  });
});
