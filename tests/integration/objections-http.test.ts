// The objection routes as a browser reaches them: the public filing endpoint (JSON for the
// enhanced form, a 303 redirect for a plain form post without JavaScript, cross-site posts and
// oversized bodies refused) and the admin-only document download. Its own database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { pdfBytes } from "@/tests/support/attachment-files";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { seed } from "@/prisma/seed";
import * as download from "@/app/(site)/(dashboard)/admin/kompetisi/[id]/sanggahan/[objectionId]/dokumen/route";
import * as filing from "@/app/(site)/(public)/kompetisi/[id]/sanggahan/kirim/route";
import { createDatabase, dropDatabase } from "./db";

const session = vi.hoisted(() => ({ user: null as Actor | null, ip: "10.20.0.1" }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next/headers", () => ({
  headers: () =>
    Promise.resolve(new Headers({ "x-request-id": "route-test", "x-forwarded-for": session.ip })),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("use-intl/core");
  const core = (await import("@/messages/id.json")).default;
  const objections = (await import("@/messages/id/objections.json")).default;
  const messages = { ...core, objections };
  return {
    getTranslations: () =>
      Promise.resolve(createTranslator({ locale: "id", messages, timeZone: "Asia/Jakarta" })),
    getFormatter: () => Promise.resolve(createFormatter({ locale: "id", timeZone: "Asia/Jakarta" })),
  };
});

const REASON =
  "Data penerima manfaat pada proposal berbeda dengan data resmi yang diumumkan dinas tahun lalu.";
let dbName: string;
let db: Db;
let uploadDir: string;
let competitionId: string;
let entryIds: string[];
let admin: Actor;
let operator: Actor;

function form(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type: string }) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  if (file)
    f.set("dokumen", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type }));
  return f;
}

function post(body: FormData | Uint8Array, headers: Record<string, string> = {}) {
  const request = new Request(`http://portal.test/kompetisi/${competitionId}/sanggahan/kirim`, {
    method: "POST",
    body: body as BodyInit,
    headers: { host: "portal.test", ...headers },
  });
  return filing.POST(request, { params: Promise.resolve({ id: competitionId }) });
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_sgh_http");
  dbName = created.name;
  await migrate(created.url);
  uploadDir = mkdtempSync(path.join(tmpdir(), "inovasi-sanggahan-http-"));
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", "y".repeat(40));
  vi.stubEnv("UPLOAD_DIR", uploadDir);
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(created.url, 2);
  await seed(db);
  const c = await db.competition.findFirstOrThrow({
    where: { name: RESULTS_COMPETITION(new Date().getFullYear()) },
    include: { entries: { where: { status: "SHORTLISTED" } } },
  });
  competitionId = c.id;
  entryIds = c.entries.map((e) => e.id);
  const pick = { id: true, name: true, email: true, role: true, opdId: true, regionId: true } as const;
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" }, select: pick });
  operator = await db.user.findUniqueOrThrow({
    where: { email: "operator.dinkes@inovasi.test" },
    select: pick,
  });
});

afterAll(async () => {
  await db?.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe("the filing endpoint", () => {
  it("answers the enhanced form with JSON: field errors all at once, then the reference", async () => {
    session.ip = "10.20.0.1";
    const bad = await post(form({ entryId: entryIds[0]!, name: "", contact: "abc", reason: "pendek" }), {
      accept: "application/json",
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { ok: boolean; fieldErrors: Record<string, string[]> };
    expect(body.ok).toBe(false);
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["contact", "name", "reason"]);
    expect(body.fieldErrors.reason![0]).toContain("minimal 30 karakter");

    const good = await post(
      form(
        { entryId: entryIds[0]!, name: "Dewi Lestari", contact: "dewi@example.id", reason: REASON },
        { name: "bukti.pdf", bytes: pdfBytes(3000), type: "application/pdf" },
      ),
      { accept: "application/json", origin: "http://portal.test" },
    );
    expect(good.status).toBe(200);
    const ok = (await good.json()) as { ok: boolean; data: { reference: string } };
    expect(ok.data.reference).toMatch(/^SGH-[A-Z0-9]{6}$/);
    const row = await db.objection.findUniqueOrThrow({ where: { reference: ok.data.reference } });
    expect(row).toMatchObject({
      submitterName: "Dewi Lestari",
      documentMime: "application/pdf",
      documentSize: 3000,
    });
  });

  it("answers a plain form post (no JavaScript) with a redirect: to the reference, or back to the form with an error code", async () => {
    session.ip = "10.20.0.2";
    const good = await post(
      form({ entryId: entryIds[1]!, name: "Dewi", contact: "0812-1111-2222", reason: REASON }),
    );
    expect(good.status).toBe(303);
    expect(good.headers.get("location")).toMatch(
      new RegExp(`^/kompetisi/${competitionId}/sanggahan/terkirim\\?ref=SGH-[A-Z0-9]{6}$`),
    );

    const bad = await post(
      form({ entryId: entryIds[2]!, name: "Dewi", contact: "0812-1111-2222", reason: "pendek" }),
    );
    expect(bad.status).toBe(303);
    expect(bad.headers.get("location")).toBe(
      `/kompetisi/${competitionId}/sanggahan/ajukan/${entryIds[2]}?galat=invalid`,
    );

    // The same entry again from the same network: refused by the limit, nothing in the URL but a code.
    const again = await post(
      form({ entryId: entryIds[1]!, name: "Dewi", contact: "0812-1111-2222", reason: REASON }),
    );
    expect(again.headers.get("location")).toBe(
      `/kompetisi/${competitionId}/sanggahan/ajukan/${entryIds[1]}?galat=rateLimited`,
    );
  });

  it("refuses a NUL or invalid UTF-8 in the reason or name with the Indonesian message, storing nothing and spending no slot", async () => {
    session.ip = "10.20.0.4";
    const before = await db.objection.count();
    const nul = await post(
      form({
        entryId: entryIds[3]!,
        name: "Dewi\u0000",
        contact: "dewi@example.id",
        reason: `${REASON}\u0000`,
      }),
      { accept: "application/json" },
    );
    expect(nul.status).toBe(400);
    const body = (await nul.json()) as { ok: boolean; fieldErrors: Record<string, string[]> };
    expect(body.fieldErrors).toEqual({
      name: ["Tidak boleh berisi karakter kontrol."],
      reason: ["Tidak boleh berisi karakter kontrol."],
    });

    // Bytes that are not UTF-8 arrive as U+FFFD: refused the same way.
    const boundary = "----batas";
    const part = (name: string, value: Uint8Array | string) => [
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`,
      value,
      "\r\n",
    ];
    const chunks = [
      ...part("entryId", entryIds[3]!),
      ...part("name", "Dewi"),
      ...part("contact", "dewi@example.id"),
      ...part("reason", new Uint8Array([...new TextEncoder().encode(REASON), 0xff, 0xfe])),
      `--${boundary}--\r\n`,
    ];
    const raw = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
    const invalid = await post(raw, {
      accept: "application/json",
      "content-type": `multipart/form-data; boundary=${boundary}`,
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors).toEqual({
      reason: ["Tidak boleh berisi karakter kontrol."],
    });
    expect(await db.objection.count()).toBe(before);

    // The entry's one objection a day from this network is still there for a valid filing.
    const good = await post(
      form({ entryId: entryIds[3]!, name: "Dewi", contact: "dewi@example.id", reason: REASON }),
      { accept: "application/json" },
    );
    expect(good.status).toBe(200);
  });

  it("refuses a post from another site and a body over the document limit, storing nothing", async () => {
    session.ip = "10.20.0.3";
    const before = await db.objection.count();
    const cross = await post(
      form({ entryId: entryIds[3]!, name: "Dewi", contact: "dewi@example.id", reason: REASON }),
      {
        accept: "application/json",
        origin: "http://evil.example",
      },
    );
    expect(cross.status).toBe(403);
    const big = await post(
      form(
        { entryId: entryIds[3]!, name: "Dewi", contact: "dewi@example.id", reason: REASON },
        { name: "besar.pdf", bytes: pdfBytes(6 * 1024 * 1024), type: "application/pdf" },
      ),
      { accept: "application/json" },
    );
    expect(big.status).toBe(413);
    expect(await db.objection.count()).toBe(before);
  });
});

describe("the document download", () => {
  it("is an attachment with nosniff for an admin of the region, and 404 for anyone else", async () => {
    const o = await db.objection.findFirstOrThrow({ where: { documentKey: { not: null } } });
    const get = () =>
      download.GET(new Request("http://portal.test/x"), {
        params: Promise.resolve({ id: competitionId, objectionId: o.id }),
      });
    session.user = admin;
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes(3000));
    for (const user of [operator, null]) {
      session.user = user;
      expect((await get()).status).toBe(404);
    }
  });
});
