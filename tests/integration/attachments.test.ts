// Supporting documents of an innovation, against a real PostgreSQL and a real upload directory:
// the domain functions (lib/innovations/attachments/service.ts and queries.ts) and the route handlers called as
// Next.js calls them (session, headers and translations replaced by test doubles).
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject, vi } from "vitest";
import { ActionError, type ActionContext, type Actor } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { InnovationStatus } from "@/lib/generated/prisma/enums";
import { listAttachments, readAttachmentForDownload } from "@/lib/innovations/attachments/queries";
import { deleteAttachment, setVisibility, uploadAttachment } from "@/lib/innovations/attachments/service";
import {
  docxBytes,
  exeBytes,
  htmlBytes,
  jpegBytes,
  pdfBytes,
  plainZipBytes,
  pngBytes,
  xlsxBytes,
} from "@/tests/support/attachment-files";
import type { AttachmentDto } from "@/lib/innovations/attachments/rules/dto";
import { decideInnovation, submitInnovation } from "@/lib/innovations/service";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";
import * as collection from "@/app/api/inovasi/[id]/lampiran/route";
import * as single from "@/app/api/lampiran/[attachmentId]/route";
import * as catalogDocument from "@/app/api/katalog/dokumen/[attachmentId]/route";
import { getPublicInnovation } from "@/lib/catalog/queries/innovation";

// ── Test doubles for what Next.js provides around a route handler ──
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
const revalidated = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => {
    revalidated.paths.push(path);
  },
}));
vi.mock("next/headers", () => ({
  headers: () =>
    Promise.resolve(new Headers({ "x-request-id": "route-test", "x-forwarded-for": "10.1.2.3" })),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const core = (await import("@/messages/id.json")).default;
  const attachments = (await import("@/messages/id/attachments.json")).default;
  const messages = { ...core, attachments };
  return {
    getTranslations: () =>
      Promise.resolve(createTranslator({ locale: "id", messages, timeZone: "Asia/Jakarta" })),
  };
});

// Limits small enough to test with small files: 0.05 MB per file, 0.2 MB per innovation.
const MAX_FILE = Math.floor(0.05 * 1024 * 1024); // 52 428 bytes
const MAX_TOTAL = Math.floor(0.2 * 1024 * 1024); // 209 715 bytes

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let db: Db;
let sideEffects: SideEffects | undefined;
let uploadDir: string;
let dinkes: ActionContext;
let dinkesHead: ActionContext;
let capil: ActionContext;
let admin: ActionContext;
let evaluator: ActionContext;
let draftId: string; // "Posyandu Remaja Sehat Jiwa", DRAFT, DINKES

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: `test-${email}`, ip: "127.0.0.1" };
}

let counter = 0;
const created: string[] = [];
/**
 * The operator submits the innovation as it stands (documents included) and the head of the OPD approves
 * it: the one way its documents reach the catalogue.
 */
async function approve(id: string) {
  const { revision } = await db.innovation.findUniqueOrThrow({ where: { id }, select: { revision: true } });
  const submitted = await submitInnovation(db, dinkes, { id, revision }, () => null);
  expect(submitted.ok).toBe(true);
  await decideInnovation(db, dinkesHead, { id, decision: "APPROVE", comment: null });
}

/** An approved, public innovation of DINKES with these documents, gone through submission and approval. */
async function approvedWith(
  docs: { name: string; bytes: Uint8Array; visibility: AttachmentDto["visibility"] }[],
): Promise<{ id: string; docs: AttachmentDto[] }> {
  const id = await newInnovation("DRAFT", { isPublic: true });
  const uploaded: AttachmentDto[] = [];
  for (const d of docs)
    uploaded.push(await upload(dinkes, id, d.name, d.bytes, { visibility: d.visibility }));
  await approve(id);
  return { id, docs: uploaded };
}

/** An innovation of DINKES for one scenario, in a year no other test looks at; removed afterwards. */
async function newInnovation(status: InnovationStatus, opts: { isPublic?: boolean } = {}) {
  const u = dinkes.user;
  const row = await db.innovation.create({
    data: {
      regionId: u.regionId,
      opdId: u.opdId!,
      year: 2001,
      title: `Inovasi uji lampiran ${++counter}`,
      status,
      isPublic: opts.isPublic ?? false,
      createdById: u.id,
      updatedById: u.id,
    },
    select: { id: true },
  });
  created.push(row.id);
  return row.id;
}

const storedFiles = () => {
  try {
    return readdirSync(uploadDir).sort();
  } catch {
    return [];
  }
};

/** Everything a refused call must leave untouched. */
async function snapshot() {
  return {
    files: storedFiles(),
    attachments: await db.attachment.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditLog.count(),
  };
}

const upload = (
  ctx: ActionContext,
  innovationId: string,
  fileName: string,
  bytes: Uint8Array,
  more: Partial<{ kind: AttachmentDto["kind"]; visibility: AttachmentDto["visibility"] }> = {},
) =>
  uploadAttachment(db, ctx, {
    innovationId,
    kind: more.kind ?? "LAINNYA",
    visibility: more.visibility ?? "INTERNAL",
    fileName,
    bytes,
  });

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  uploadDir = path.join(mkdtempSync(path.join(tmpdir(), "inovasi-lampiran-")), "uploads");
  // Before anything calls env(): it is parsed once per module graph.
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  vi.stubEnv("UPLOAD_DIR", uploadDir);
  vi.stubEnv("UPLOAD_MAX_FILE_MB", "0.05");
  vi.stubEnv("UPLOAD_MAX_TOTAL_MB", "0.2");
  delete (globalThis as { __db?: unknown }).__db;

  db = createPrismaClient(inject("databaseUrl"), 4);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  dinkes = await contextFor("operator.dinkes@inovasi.test");
  dinkesHead = await contextFor("kepala.dinkes@inovasi.test");
  capil = await contextFor("operator.disdukcapil@inovasi.test");
  admin = await contextFor("admin@inovasi.test");
  evaluator = await contextFor("penilai@inovasi.test");
  draftId = (await db.innovation.findFirstOrThrow({ where: { title: "Posyandu Remaja Sehat Jiwa" } })).id;
});

afterAll(async () => {
  // Leave the shared database as the seed made it for the files that run after this one.
  await db.attachment.deleteMany({ where: { innovationId: { in: [draftId, ...created] } } });
  await db.notification.deleteMany({ where: { link: { in: created.map((id) => `/inovasi/${id}`) } } });
  await db.innovation.deleteMany({ where: { id: { in: created } } });
  await sideEffects?.remove();
  await db.$disconnect();
  const appDb = (globalThis as { __db?: Db }).__db;
  await appDb?.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  vi.unstubAllEnvs();
  rmSync(path.dirname(uploadDir), { recursive: true, force: true });
});

beforeEach(() => {
  session.user = null;
  revalidated.paths = [];
});

describe("refused uploads store nothing", () => {
  it.each([
    ["a renamed executable", "laporan.pdf", exeBytes()],
    ["an HTML page named .pdf", "surat.pdf", htmlBytes()],
    ["a plain ZIP named .docx", "sop.docx", plainZipBytes()],
    ["a plain ZIP", "arsip.zip", plainZipBytes()],
  ])("refuses %s as typeNotAllowed: no row, no file, no audit line", async (_label, name, bytes) => {
    const before = await snapshot();
    await expect(upload(dinkes, draftId, name, bytes)).rejects.toThrow(
      new ActionError("attachments.errors.typeNotAllowed"),
    );
    expect(await snapshot()).toEqual(before);
    expect(storedFiles()).toEqual([]);
  });

  it("refuses a file over UPLOAD_MAX_FILE_MB and an empty one", async () => {
    const before = await snapshot();
    await expect(upload(dinkes, draftId, "besar.pdf", pdfBytes(MAX_FILE + 1))).rejects.toThrow(
      "attachments.errors.tooLarge",
    );
    await expect(upload(dinkes, draftId, "kosong.pdf", new Uint8Array(0))).rejects.toThrow(
      "attachments.errors.empty",
    );
    expect(await snapshot()).toEqual(before);
    expect(storedFiles()).toEqual([]);
  });

  it("removes the stored file again when the database write fails", async () => {
    const ghost: ActionContext = {
      ...dinkes,
      user: { ...dinkes.user, id: "ghost-user-that-does-not-exist" },
    };
    const before = await snapshot();
    await expect(upload(ghost, draftId, "sk.pdf", pdfBytes())).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(storedFiles()).toEqual([]);
  });
});

describe("uploading real documents", () => {
  it.each([
    ["SK Bupati 2026.pdf", pdfBytes(), "application/pdf", "SK Bupati 2026.pdf", "SK"],
    ["foto-kegiatan.png", pngBytes(), "image/png", "foto-kegiatan.png", "FOTO"],
    ["Foto Posyandu.JPEG", jpegBytes(), "image/jpeg", "Foto Posyandu.jpeg", "FOTO"],
    ["SOP Pelayanan.docx", docxBytes({ deflate: true }), DOCX, "SOP Pelayanan.docx", "SOP"],
    ["rekap", xlsxBytes(), XLSX, "rekap.xlsx", "LAINNYA"],
    ["C:\\fakepath\\laporan.bin", pdfBytes(), "application/pdf", "laporan.bin.pdf", "LAINNYA"],
  ] as const)(
    "accepts %j, stored with its sniffed type, its hash and an audit line",
    async (name, bytes, mime, stored, kind) => {
      const filesBefore = storedFiles().length;
      const dto = await upload(dinkes, draftId, name, bytes, { kind });
      expect(dto).toMatchObject({
        fileName: stored,
        mimeType: mime,
        sizeBytes: bytes.length,
        kind,
        visibility: "INTERNAL",
      });

      const row = await db.attachment.findUniqueOrThrow({ where: { id: dto.id } });
      expect(row.uploadedById).toBe(dinkes.user.id);
      expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(row.storageKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(storedFiles()).toHaveLength(filesBefore + 1);
      expect(new Uint8Array(readFileSync(path.join(uploadDir, row.storageKey)))).toEqual(bytes);

      const log = await db.auditLog.findMany({ where: { entityId: dto.id } });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({
        action: "attachment.upload",
        entityType: "Attachment",
        actorId: dinkes.user.id,
        ip: "127.0.0.1",
        requestId: dinkes.requestId,
      });
      expect(log[0]!.after).toMatchObject({
        innovationId: draftId,
        fileName: stored,
        mimeType: mime,
        sha256: row.sha256,
      });
    },
  );

  it("lets the head of the OPD upload too, and lists the documents oldest first", async () => {
    await upload(dinkesHead, draftId, "surat pernyataan.pdf", pdfBytes(), { kind: "SURAT_PERNYATAAN" });
    const list = await listAttachments(db, dinkes.user, draftId);
    expect(list.map((a) => a.fileName)).toEqual([
      "SK Bupati 2026.pdf",
      "foto-kegiatan.png",
      "Foto Posyandu.jpeg",
      "SOP Pelayanan.docx",
      "rekap.xlsx",
      "laporan.bin.pdf",
      "surat pernyataan.pdf",
    ]);
    expect(await listAttachments(db, admin.user, draftId)).toEqual(list);
  });
});

describe("the total per innovation", () => {
  it("refuses the upload that would pass UPLOAD_MAX_TOTAL_MB, storing nothing", async () => {
    const id = await newInnovation("DRAFT");
    const chunk = 50_000;
    for (let i = 0; i < Math.floor(MAX_TOTAL / chunk); i++)
      await upload(dinkes, id, `bagian-${i}.pdf`, pdfBytes(chunk));
    const before = await snapshot();
    await expect(upload(dinkes, id, "terakhir.pdf", pdfBytes(chunk))).rejects.toThrow(
      "attachments.errors.totalTooLarge",
    );
    expect(await snapshot()).toEqual(before);
    // What still fits is accepted.
    const room = MAX_TOTAL - Math.floor(MAX_TOTAL / chunk) * chunk;
    await expect(upload(dinkes, id, "sisa.pdf", pdfBytes(room))).resolves.toMatchObject({ sizeBytes: room });
  });

  it("holds under parallel uploads: of two that fit only one at a time, one is refused", async () => {
    const id = await newInnovation("DRAFT");
    await upload(dinkes, id, "awal.pdf", pdfBytes(50_000));
    await upload(dinkes, id, "awal-2.pdf", pdfBytes(50_000));
    await upload(dinkes, id, "awal-3.pdf", pdfBytes(50_000));
    const filesBefore = storedFiles().length;
    const results = await Promise.allSettled([
      upload(dinkes, id, "paralel-a.pdf", pdfBytes(40_000)),
      upload(dinkes, id, "paralel-b.pdf", pdfBytes(40_000)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toEqual(new ActionError("attachments.errors.totalTooLarge"));
    expect(storedFiles()).toHaveLength(filesBefore + 1);
    const total = await db.attachment.aggregate({ where: { innovationId: id }, _sum: { sizeBytes: true } });
    expect(total._sum.sizeBytes).toBeLessThanOrEqual(MAX_TOTAL);
  });
});

describe("another OPD, the secretariat and evaluators", () => {
  it("an operator of another OPD cannot upload, list, download, delete or change visibility: not found, nothing changes", async () => {
    const [target] = await listAttachments(db, dinkes.user, draftId);
    const before = await snapshot();
    const notFound = new ActionError("errors.notFound");
    await expect(upload(capil, draftId, "susupan.pdf", pdfBytes())).rejects.toThrow(notFound);
    await expect(upload(capil, draftId, "besar.pdf", pdfBytes(MAX_FILE + 1))).rejects.toThrow(notFound);
    await expect(listAttachments(db, capil.user, draftId)).rejects.toThrow(notFound);
    await expect(readAttachmentForDownload(db, capil.user, target!.id)).rejects.toThrow(notFound);
    await expect(deleteAttachment(db, capil, target!.id)).rejects.toThrow(notFound);
    await expect(setVisibility(db, capil, target!.id, "PUBLIC")).rejects.toThrow(notFound);
    expect(await snapshot()).toEqual(before);
  });

  it("the secretariat reads and downloads but cannot change; an evaluator sees nothing", async () => {
    const [target] = await listAttachments(db, dinkes.user, draftId);
    const before = await snapshot();
    const file = await readAttachmentForDownload(db, admin.user, target!.id);
    expect(await readAll(file.body)).toEqual(pdfBytes());
    await expect(upload(admin, draftId, "admin.pdf", pdfBytes())).rejects.toThrow("errors.notFound");
    await expect(deleteAttachment(db, admin, target!.id)).rejects.toThrow("errors.notFound");
    await expect(setVisibility(db, admin, target!.id, "PUBLIC")).rejects.toThrow("errors.notFound");
    await expect(listAttachments(db, evaluator.user, draftId)).rejects.toThrow("errors.notFound");
    await expect(readAttachmentForDownload(db, evaluator.user, target!.id)).rejects.toThrow(
      "errors.notFound",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("unknown or malformed ids are simply not found", async () => {
    await expect(readAttachmentForDownload(db, dinkes.user, "tidakada")).rejects.toThrow("errors.notFound");
    await expect(readAttachmentForDownload(db, dinkes.user, "../../etc/passwd")).rejects.toThrow(
      "errors.notFound",
    );
    await expect(listAttachments(db, dinkes.user, "x'; DROP TABLE")).rejects.toThrow("errors.notFound");
    await expect(upload(dinkes, "../etc", "a.pdf", pdfBytes())).rejects.toThrow("errors.notFound");
  });
});

describe("visitors and public documents", () => {
  let publicId: string;
  let publicDoc: AttachmentDto;
  let internalDoc: AttachmentDto;
  let publicOnDraft: AttachmentDto;

  beforeAll(async () => {
    const approved = await approvedWith([
      { name: "Profil SIGAP Bumil.pdf", bytes: pdfBytes(), visibility: "PUBLIC" },
      { name: "Anggaran internal.xlsx", bytes: xlsxBytes(), visibility: "INTERNAL" },
    ]);
    publicId = approved.id;
    [publicDoc, internalDoc] = approved.docs as [AttachmentDto, AttachmentDto];
    publicOnDraft = await upload(dinkes, draftId, "Draf publik.pdf", pdfBytes(), { visibility: "PUBLIC" });
  });

  it("a visitor downloads a PUBLIC document of an approved, public innovation", async () => {
    const file = await readAttachmentForDownload(db, null, publicDoc.id);
    expect(file).toMatchObject({
      fileName: "Profil SIGAP Bumil.pdf",
      mimeType: "application/pdf",
      disposition: "inline",
      isPublic: true,
    });
    expect(await readAll(file.body)).toEqual(pdfBytes());
  });

  it("but not an INTERNAL one, nor a PUBLIC one of an innovation that is not approved and public", async () => {
    await expect(readAttachmentForDownload(db, null, internalDoc.id)).rejects.toThrow("errors.notFound");
    await expect(readAttachmentForDownload(db, null, publicOnDraft.id)).rejects.toThrow("errors.notFound");
    const hidden = await newInnovation("DRAFT", { isPublic: false });
    const doc = await upload(dinkes, hidden, "tersembunyi.pdf", pdfBytes(), { visibility: "PUBLIC" });
    await approve(hidden);
    await expect(readAttachmentForDownload(db, null, doc.id)).rejects.toThrow("errors.notFound");
  });

  it("a signed-in user of another OPD gets what any visitor gets, and no more", async () => {
    await expect(readAttachmentForDownload(db, capil.user, publicDoc.id)).resolves.toMatchObject({
      isPublic: true,
    });
    await expect(readAttachmentForDownload(db, capil.user, internalDoc.id)).rejects.toThrow(
      "errors.notFound",
    );
  });

  it("the owner's OPD downloads its internal documents, never cached publicly", async () => {
    const file = await readAttachmentForDownload(db, dinkes.user, internalDoc.id);
    expect(file).toMatchObject({ mimeType: XLSX, disposition: "attachment", isPublic: false });
    expect(await readAll(file.body)).toEqual(xlsxBytes());
  });

  it("switching a document to INTERNAL hides it from visitors at once, audited with before and after", async () => {
    const updated = await setVisibility(db, dinkes, publicDoc.id, "INTERNAL");
    expect(updated).toMatchObject({ visibility: "INTERNAL", reopened: true });
    await expect(readAttachmentForDownload(db, null, publicDoc.id)).rejects.toThrow("errors.notFound");
    await setVisibility(db, dinkes, publicDoc.id, "INTERNAL"); // unchanged: no new audit line
    await setVisibility(db, dinkes, publicDoc.id, "PUBLIC");
    // Public again only once the head approves it.
    await expect(readAttachmentForDownload(db, null, publicDoc.id)).rejects.toThrow("errors.notFound");
    await approve(publicId);
    const log = await db.auditLog.findMany({
      where: { entityId: publicDoc.id },
      orderBy: { createdAt: "asc" },
    });
    expect(log.map((l) => [l.action, l.before, l.after])).toEqual([
      ["attachment.upload", null, expect.objectContaining({ visibility: "PUBLIC" })],
      [
        "attachment.visibility",
        { innovationId: publicId, visibility: "PUBLIC" },
        { innovationId: publicId, visibility: "INTERNAL" },
      ],
      [
        "attachment.visibility",
        { innovationId: publicId, visibility: "INTERNAL" },
        { innovationId: publicId, visibility: "PUBLIC" },
      ],
    ]);
    await expect(readAttachmentForDownload(db, null, publicDoc.id)).resolves.toMatchObject({
      isPublic: true,
    });
  });
});

describe("while the innovation awaits approval (SUBMITTED)", () => {
  it("refuses upload, delete and visibility changes, but documents stay readable", async () => {
    const id = await newInnovation("DRAFT");
    const doc = await upload(dinkes, id, "sk.pdf", pdfBytes());
    await db.innovation.update({ where: { id }, data: { status: "SUBMITTED" } });
    const before = await snapshot();
    await expect(upload(dinkes, id, "lagi.pdf", pdfBytes())).rejects.toThrow(
      new ActionError("attachments.errors.readOnly"),
    );
    await expect(deleteAttachment(db, dinkes, doc.id)).rejects.toThrow("attachments.errors.readOnly");
    await expect(setVisibility(db, dinkes, doc.id, "PUBLIC")).rejects.toThrow("attachments.errors.readOnly");
    expect(await snapshot()).toEqual(before);
    expect(await listAttachments(db, dinkes.user, id)).toHaveLength(1);
    await expect(readAttachmentForDownload(db, dinkes.user, doc.id)).resolves.toMatchObject({
      fileName: "sk.pdf",
    });
  });
});

describe("deleting", () => {
  it("removes the row and the file, with an audit line that keeps what was deleted", async () => {
    const id = await newInnovation("RETURNED");
    const doc = await upload(dinkes, id, "hapus saya.docx", docxBytes());
    const { storageKey, sha256 } = await db.attachment.findUniqueOrThrow({ where: { id: doc.id } });
    expect(storedFiles()).toContain(storageKey);
    await deleteAttachment(db, dinkes, doc.id);
    expect(await db.attachment.count({ where: { id: doc.id } })).toBe(0);
    expect(storedFiles()).not.toContain(storageKey);
    const log = await db.auditLog.findMany({ where: { entityId: doc.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["attachment.upload", "attachment.delete"]);
    expect(log[1]!.before).toMatchObject({
      innovationId: id,
      fileName: "hapus saya.docx",
      mimeType: DOCX,
      sha256,
    });
    await expect(deleteAttachment(db, dinkes, doc.id)).rejects.toThrow("errors.notFound");
  });
});

// ── Route handlers ──

const BASE = "http://localhost";

function multipart(fields: Record<string, string | File>, init: { headers?: Record<string, string> } = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return { method: "POST", body: form, headers: init.headers };
}

const file = (bytes: Uint8Array, name: string, type = "application/octet-stream") =>
  new File([new Uint8Array(bytes)], name, { type });

type Json = { ok: boolean; message?: string; data?: unknown; fieldErrors?: Record<string, string[]> };

async function post(innovationId: string, init: RequestInit) {
  const res = await collection.POST(new Request(`${BASE}/api/inovasi/${innovationId}/lampiran`, init), {
    params: Promise.resolve({ id: innovationId }),
  });
  return { res, body: (await res.json()) as Json };
}

const attachmentParams = (attachmentId: string) => ({ params: Promise.resolve({ attachmentId }) });

describe("POST/GET /api/inovasi/[id]/lampiran", () => {
  it("answers 401 to a visitor", async () => {
    const { res, body } = await post(
      draftId,
      multipart({ file: file(pdfBytes(), "a.pdf"), kind: "SK", visibility: "PUBLIC" }),
    );
    expect(res.status).toBe(401);
    expect(body).toEqual({ ok: false, message: "Sesi Anda berakhir. Silakan masuk kembali." });
    const list = await collection.GET(new Request(`${BASE}/api/inovasi/${draftId}/lampiran`), {
      params: Promise.resolve({ id: draftId }),
    });
    expect(list.status).toBe(401);
  });

  it("uploads a PDF: 201 with the document, the browser's MIME type ignored", async () => {
    session.user = dinkes.user;
    const { res, body } = await post(
      draftId,
      multipart({
        file: file(pdfBytes(), "Laporan Triwulan.pdf", "text/html"),
        kind: "SK",
        visibility: "PUBLIC",
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toMatchObject({
      ok: true,
      data: {
        fileName: "Laporan Triwulan.pdf",
        mimeType: "application/pdf",
        kind: "SK",
        visibility: "PUBLIC",
        sizeBytes: pdfBytes().length,
      },
    });
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: (body.data as AttachmentDto).id } });
    expect(log).toMatchObject({ action: "attachment.upload", ip: "10.1.2.3", requestId: "route-test" });
  });

  it("refuses a disguised executable with 415 and a message in Bahasa Indonesia", async () => {
    session.user = dinkes.user;
    const before = await snapshot();
    const { res, body } = await post(
      draftId,
      multipart({
        file: file(exeBytes(), "laporan.pdf", "application/pdf"),
        kind: "SK",
        visibility: "INTERNAL",
      }),
    );
    expect(res.status).toBe(415);
    expect(body.message).toMatch(/^Jenis berkas tidak diizinkan/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an oversize file with 413, naming the limit", async () => {
    session.user = dinkes.user;
    const { res, body } = await post(
      draftId,
      multipart({ file: file(pdfBytes(MAX_FILE + 10), "besar.pdf"), kind: "SK", visibility: "INTERNAL" }),
    );
    expect(res.status).toBe(413);
    expect(body.message).toBe(
      "Ukuran berkas melebihi batas 0,05 MB. Kecilkan atau pisahkan berkas lalu coba lagi.",
    );
  });

  it("refuses a request whose Content-Length is over the limit + 1 MB before reading it", async () => {
    session.user = dinkes.user;
    const body = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error("the body must not be read");
      },
    });
    const res = await collection.POST(
      new Request(`${BASE}/api/inovasi/${draftId}/lampiran`, {
        method: "POST",
        body,
        duplex: "half",
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(MAX_FILE + 1024 * 1024 + 1),
        },
      } as RequestInit),
      { params: Promise.resolve({ id: draftId }) },
    );
    expect(res.status).toBe(413);
  });

  it("refuses a body that turns out larger than the cap while it is read", async () => {
    session.user = dinkes.user;
    const chunk = new Uint8Array(256 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 4 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await collection.POST(
      new Request(`${BASE}/api/inovasi/${draftId}/lampiran`, {
        method: "POST",
        body,
        duplex: "half",
        headers: { "content-type": "multipart/form-data; boundary=x" },
      } as RequestInit),
      { params: Promise.resolve({ id: draftId }) },
    );
    expect(res.status).toBe(413);
    // Stopped soon after the cap (a stream may pull a chunk or two ahead), not after 4 MB.
    expect(sent).toBeLessThanOrEqual(MAX_FILE + 1024 * 1024 + 2 * chunk.length);
  });

  it("answers 400 with field errors for a missing file or an unknown kind", async () => {
    session.user = dinkes.user;
    const { res, body } = await post(draftId, multipart({ kind: "RAHASIA", visibility: "PUBLIC" }));
    expect(res.status).toBe(400);
    expect(body.message).toBe("Periksa kembali isian yang ditandai.");
    expect(Object.keys(body.fieldErrors ?? {}).sort()).toEqual(["file", "kind"]);
  });

  it("answers 404 to another OPD and 409 while SUBMITTED", async () => {
    session.user = capil.user;
    const other = await post(
      draftId,
      multipart({ file: file(pdfBytes(), "a.pdf"), kind: "SK", visibility: "PUBLIC" }),
    );
    expect(other.res.status).toBe(404);
    expect(other.body.message).toBe("Data tidak ditemukan atau di luar kewenangan Anda.");

    const submitted = await newInnovation("SUBMITTED");
    session.user = dinkes.user;
    const frozen = await post(
      submitted,
      multipart({ file: file(pdfBytes(), "a.pdf"), kind: "SK", visibility: "PUBLIC" }),
    );
    expect(frozen.res.status).toBe(409);
    expect(frozen.body.message).toMatch(/menunggu persetujuan/);
  });

  it("refuses a cross-site POST (Origin of another host) with 403", async () => {
    session.user = dinkes.user;
    const { res } = await post(
      draftId,
      multipart(
        { file: file(pdfBytes(), "a.pdf"), kind: "SK", visibility: "PUBLIC" },
        { headers: { origin: "https://jahat.example", host: "localhost" } },
      ),
    );
    expect(res.status).toBe(403);
  });

  it("lists for readers; 404 for another OPD", async () => {
    session.user = dinkes.user;
    const res = await collection.GET(new Request(`${BASE}/api/inovasi/${draftId}/lampiran`), {
      params: Promise.resolve({ id: draftId }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: true; data: AttachmentDto[] };
    expect(body.data.map((a) => a.fileName)).toContain("Laporan Triwulan.pdf");
    session.user = capil.user;
    const other = await collection.GET(new Request(`${BASE}/api/inovasi/${draftId}/lampiran`), {
      params: Promise.resolve({ id: draftId }),
    });
    expect(other.status).toBe(404);
  });
});

describe("GET/PATCH/DELETE /api/lampiran/[attachmentId]", () => {
  let pub: AttachmentDto;
  let internal: AttachmentDto;

  beforeAll(async () => {
    const approved = await approvedWith([
      { name: "Brosur Layanan Ñandú.pdf", bytes: pdfBytes(), visibility: "PUBLIC" },
      { name: "Rincian.docx", bytes: docxBytes(), visibility: "INTERNAL" },
    ]);
    [pub, internal] = approved.docs as [AttachmentDto, AttachmentDto];
  });

  it("streams a public document to a visitor with safe headers", async () => {
    const res = await single.GET(new Request(`${BASE}/api/lampiran/${pub.id}`), attachmentParams(pub.id));
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(pdfBytes().length),
      "content-disposition": `inline; filename="Brosur Layanan Nandu.pdf"; filename*=UTF-8''Brosur%20Layanan%20%C3%91and%C3%BA.pdf`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox",
      "cache-control": "no-cache",
      etag: `"${createHash("sha256").update(pdfBytes()).digest("hex")}"`,
    });
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes());
  });

  it("serves an internal DOCX to its OPD as an attachment, never cached; 404 to a visitor and another OPD", async () => {
    session.user = dinkes.user;
    const res = await single.GET(
      new Request(`${BASE}/api/lampiran/${internal.id}`),
      attachmentParams(internal.id),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Rincian.docx"; filename\*=UTF-8''Rincian.docx$/,
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(docxBytes());

    for (const user of [null, capil.user]) {
      session.user = user;
      const hidden = await single.GET(
        new Request(`${BASE}/api/lampiran/${internal.id}`),
        attachmentParams(internal.id),
      );
      expect(hidden.status).toBe(404);
      expect(hidden.headers.get("cache-control")).toBe("private, no-store");
    }
    session.user = null;
    const missing = await single.GET(
      new Request(`${BASE}/api/lampiran/tidakada`),
      attachmentParams("tidakada"),
    );
    expect(missing.status).toBe(404);
  });

  it("PATCH changes the visibility for the OPD; 404 for another OPD, 400 for a bad value, 401 for a visitor", async () => {
    const patch = (id: string, body: unknown) =>
      single.PATCH(
        new Request(`${BASE}/api/lampiran/${id}`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        attachmentParams(id),
      );
    expect((await patch(internal.id, { visibility: "PUBLIC" })).status).toBe(401);
    session.user = capil.user;
    expect((await patch(internal.id, { visibility: "PUBLIC" })).status).toBe(404);
    session.user = dinkes.user;
    expect((await patch(internal.id, { visibility: "RAHASIA" })).status).toBe(400);
    expect((await db.attachment.findUniqueOrThrow({ where: { id: internal.id } })).visibility).toBe(
      "INTERNAL",
    );
    const ok = await patch(internal.id, { visibility: "PUBLIC" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, data: { id: internal.id, visibility: "PUBLIC" } });
  });

  it("DELETE removes it for the OPD; 404 for another OPD", async () => {
    const del = (id: string) =>
      single.DELETE(new Request(`${BASE}/api/lampiran/${id}`, { method: "DELETE" }), attachmentParams(id));
    session.user = capil.user;
    expect((await del(internal.id)).status).toBe(404);
    expect(await db.attachment.count({ where: { id: internal.id } })).toBe(1);
    session.user = dinkes.user;
    const res = await del(internal.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: { reopened: false } });
    expect(await db.attachment.count({ where: { id: internal.id } })).toBe(0);
  });
});

// ── The documents of an approved innovation change only with the head's approval ──

/** What a visitor gets for a document: both public download addresses, and the catalogue page's list. */
async function visitorSees(innovationId: string, attachmentId: string) {
  session.user = null;
  const params = attachmentParams(attachmentId);
  const [internalRoute, publicRoute, page] = await Promise.all([
    single.GET(new Request(`${BASE}/api/lampiran/${attachmentId}`), params),
    catalogDocument.GET(new Request(`${BASE}/api/katalog/dokumen/${attachmentId}`), params),
    getPublicInnovation(db, innovationId),
  ]);
  return {
    download: [internalRoute.status, publicRoute.status],
    listed: !!page?.attachments.some((a) => a.id === attachmentId),
  };
}

const statusOf = async (id: string) =>
  (await db.innovation.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("an approved innovation's documents change only with the head's approval", () => {
  it("a PUBLIC upload is neither listed nor downloadable until the head approves the next version", async () => {
    const { id, docs } = await approvedWith([
      { name: "SK lama.pdf", bytes: pdfBytes(), visibility: "PUBLIC" },
    ]);
    const approvedDoc = docs[0]!;
    expect(await visitorSees(id, approvedDoc.id)).toEqual({ download: [200, 200], listed: true });

    const added = await upload(dinkes, id, "Foto baru.png", pngBytes(), { visibility: "PUBLIC" });
    expect(added).toMatchObject({ visibility: "PUBLIC", approvedPublic: false, reopened: true });
    expect(await statusOf(id)).toBe("DRAFT");
    expect(await visitorSees(id, added.id)).toEqual({ download: [404, 404], listed: false });
    const reopen = await db.auditLog.findFirst({ where: { entityId: id, action: "innovation.reopen" } });
    expect(reopen).toMatchObject({
      actorId: dinkes.user.id,
      before: { status: "APPROVED" },
      after: { status: "DRAFT", documents: "upload" },
    });
    // The owner's OPD still reads it.
    await expect(readAttachmentForDownload(db, dinkes.user, added.id)).resolves.toMatchObject({
      isPublic: false,
    });

    // Returned by the head: still not public.
    const { revision } = await db.innovation.findUniqueOrThrow({ where: { id }, select: { revision: true } });
    await submitInnovation(db, dinkes, { id, revision }, () => null);
    expect(await visitorSees(id, added.id)).toEqual({ download: [404, 404], listed: false });
    await decideInnovation(db, dinkesHead, { id, decision: "RETURN", comment: "Foto kurang jelas" });
    expect(await visitorSees(id, added.id)).toEqual({ download: [404, 404], listed: false });

    await approve(id);
    expect(await visitorSees(id, added.id)).toEqual({ download: [200, 200], listed: true });
    expect(await visitorSees(id, approvedDoc.id)).toEqual({ download: [200, 200], listed: true });
    // The panel tells the OPD which documents the catalogue may serve.
    const listed = await listAttachments(db, dinkes.user, id);
    expect(listed.map((a) => [a.fileName, a.approvedPublic])).toEqual([
      ["SK lama.pdf", true],
      ["Foto baru.png", true],
    ]);
  });

  it("switching an INTERNAL document to PUBLIC publishes it only with the next approval", async () => {
    const { id, docs } = await approvedWith([
      { name: "Anggaran.xlsx", bytes: xlsxBytes(), visibility: "INTERNAL" },
    ]);
    const doc = docs[0]!;
    expect(await visitorSees(id, doc.id)).toEqual({ download: [404, 404], listed: false });
    await expect(setVisibility(db, dinkes, doc.id, "PUBLIC")).resolves.toMatchObject({ reopened: true });
    expect(await visitorSees(id, doc.id)).toEqual({ download: [404, 404], listed: false });
    await approve(id);
    expect(await visitorSees(id, doc.id)).toEqual({ download: [200, 200], listed: true });
  });

  it("a document made INTERNAL or deleted is withdrawn from visitors at once, with its innovation", async () => {
    const { id, docs } = await approvedWith([
      { name: "SOP publik.pdf", bytes: pdfBytes(), visibility: "PUBLIC" },
      { name: "Foto publik.jpg", bytes: jpegBytes(), visibility: "PUBLIC" },
      { name: "Surat tetap.pdf", bytes: pdfBytes(), visibility: "PUBLIC" },
    ]);
    const [sop, photo, kept] = docs as [AttachmentDto, AttachmentDto, AttachmentDto];
    expect(await visitorSees(id, sop.id)).toEqual({ download: [200, 200], listed: true });

    await setVisibility(db, dinkes, sop.id, "INTERNAL");
    expect(await visitorSees(id, sop.id)).toEqual({ download: [404, 404], listed: false });
    await expect(deleteAttachment(db, dinkes, photo.id)).resolves.toEqual({ reopened: false });
    expect(await visitorSees(id, photo.id)).toEqual({ download: [404, 404], listed: false });
    // The innovation left the catalogue with its changes; the unchanged document waits for it.
    expect(await visitorSees(id, kept.id)).toEqual({ download: [404, 404], listed: false });

    await approve(id);
    expect(await visitorSees(id, sop.id)).toEqual({ download: [404, 404], listed: false });
    expect(await visitorSees(id, kept.id)).toEqual({ download: [200, 200], listed: true });
    const page = await getPublicInnovation(db, id);
    expect(page!.attachments.map((a) => a.fileName)).toEqual(["Surat tetap.pdf"]);
  });

  it("a deletion on an approved innovation reopens it", async () => {
    const { id, docs } = await approvedWith([{ name: "Hapus.pdf", bytes: pdfBytes(), visibility: "PUBLIC" }]);
    await expect(deleteAttachment(db, dinkes, docs[0]!.id)).resolves.toEqual({ reopened: true });
    expect(await statusOf(id)).toBe("DRAFT");
    expect(await visitorSees(id, docs[0]!.id)).toEqual({ download: [404, 404], listed: false });
  });

  it("serves what the approved version holds, not a visibility written without approval", async () => {
    const { id, docs } = await approvedWith([
      { name: "Internal.pdf", bytes: pdfBytes(), visibility: "INTERNAL" },
    ]);
    await db.attachment.update({ where: { id: docs[0]!.id }, data: { visibility: "PUBLIC" } });
    expect(await statusOf(id)).toBe("APPROVED");
    expect(await visitorSees(id, docs[0]!.id)).toEqual({ download: [404, 404], listed: false });
  });

  it("another OPD's operator and another region's users change nothing and learn nothing", async () => {
    const { id, docs } = await approvedWith([
      { name: "Milik Dinkes.pdf", bytes: pdfBytes(), visibility: "PUBLIC" },
    ]);
    const doc = docs[0]!;
    const region = await db.region.create({
      data: { code: "9901", name: "Kabupaten Uji Lampiran", kind: "KABUPATEN" },
    });
    try {
      const opd = await db.opd.create({
        data: { regionId: region.id, name: "Dinas Kesehatan Uji", shortName: "DINKES", kind: "DINAS" },
      });
      const outsider = (role: Actor["role"], opdId: string | null): ActionContext => ({
        user: {
          id: `luar-${role}`,
          name: "Luar",
          email: `${role}@luar.test`,
          role,
          opdId,
          regionId: region.id,
        },
        requestId: "test-outsider",
        ip: null,
      });
      // Another region's operator, head and secretariat, and even one holding this OPD's id by mistake.
      const strangers = [
        capil,
        outsider("OPD_OPERATOR", opd.id),
        outsider("OPD_HEAD", opd.id),
        outsider("ADMIN", null),
        outsider("OPD_OPERATOR", dinkes.user.opdId),
      ];
      const before = await snapshot();
      for (const ctx of strangers) {
        await expect(upload(ctx, id, "susupan.pdf", pdfBytes(), { visibility: "PUBLIC" })).rejects.toThrow(
          "errors.notFound",
        );
        await expect(setVisibility(db, ctx, doc.id, "INTERNAL")).rejects.toThrow("errors.notFound");
        await expect(deleteAttachment(db, ctx, doc.id)).rejects.toThrow("errors.notFound");
        await expect(decideInnovation(db, ctx, { id, decision: "APPROVE", comment: null })).rejects.toThrow(
          /errors\.(notFound|forbidden)/,
        );
        session.user = ctx.user;
        const res = await collection.POST(
          new Request(
            `${BASE}/api/inovasi/${id}/lampiran`,
            multipart({ file: file(pdfBytes(), "x.pdf"), kind: "SK", visibility: "PUBLIC" }),
          ),
          { params: Promise.resolve({ id }) },
        );
        expect(res.status).toBe(404);
      }
      expect(await snapshot()).toEqual(before);
      expect(await statusOf(id)).toBe("APPROVED");
      expect(await visitorSees(id, doc.id)).toEqual({ download: [200, 200], listed: true });
    } finally {
      await db.opd.deleteMany({ where: { regionId: region.id } });
      await db.region.delete({ where: { id: region.id } });
    }
  });
});

describe("the routes of an approved innovation's documents", () => {
  it("an upload through the API reopens the innovation and refreshes the catalogue; approval publishes it", async () => {
    const { id } = await approvedWith([]);
    session.user = dinkes.user;
    const { res, body } = await post(
      id,
      multipart({ file: file(pdfBytes(), "Brosur.pdf"), kind: "LAINNYA", visibility: "PUBLIC" }),
    );
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ ok: true, data: { visibility: "PUBLIC", reopened: true } });
    expect(revalidated.paths.length).toBeGreaterThan(0);
    const docId = (body.data as AttachmentDto).id;
    expect(await visitorSees(id, docId)).toEqual({ download: [404, 404], listed: false });
    await approve(id);
    expect(await visitorSees(id, docId)).toEqual({ download: [200, 200], listed: true });
  });

  it("public downloads are revalidated on every use (no-cache with an ETag, 304 when unchanged), never public max-age", async () => {
    const { docs } = await approvedWith([{ name: "Cache.pdf", bytes: pdfBytes(), visibility: "PUBLIC" }]);
    const doc = docs[0]!;
    const etag = `"${createHash("sha256").update(pdfBytes()).digest("hex")}"`;
    for (const route of [single, catalogDocument]) {
      const res = await route.GET(new Request(`${BASE}/x/${doc.id}`), attachmentParams(doc.id));
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("cache-control")).not.toMatch(/public|max-age/);
      expect(res.headers.get("etag")).toBe(etag);
      await res.arrayBuffer();
      const again = await route.GET(
        new Request(`${BASE}/x/${doc.id}`, { headers: { "if-none-match": `W/${etag}` } }),
        attachmentParams(doc.id),
      );
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
  });

  it("a document made INTERNAL through the API answers 404 to visitors at once, even with its old ETag", async () => {
    const { docs } = await approvedWith([{ name: "Tarik.pdf", bytes: pdfBytes(), visibility: "PUBLIC" }]);
    const doc = docs[0]!;
    const etag = `"${createHash("sha256").update(pdfBytes()).digest("hex")}"`;
    session.user = dinkes.user;
    const patched = await single.PATCH(
      new Request(`${BASE}/api/lampiran/${doc.id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ visibility: "INTERNAL" }),
      }),
      attachmentParams(doc.id),
    );
    expect(await patched.json()).toMatchObject({
      ok: true,
      data: { visibility: "INTERNAL", reopened: true },
    });
    session.user = null;
    for (const route of [single, catalogDocument]) {
      const res = await route.GET(
        new Request(`${BASE}/x/${doc.id}`, { headers: { "if-none-match": etag } }),
        attachmentParams(doc.id),
      );
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
    }
  });
});
