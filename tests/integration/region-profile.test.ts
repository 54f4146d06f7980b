// The region's profile (/admin/daerah), called as Next.js calls the server action (session, headers and
// translations replaced by test doubles) against a real PostgreSQL: what the secretariat saves, how it is audited,
// what is refused (a stale form, a bad NIP, another region's admin, the other roles), the logo and its public route.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject, vi } from "vitest";
import type { ActionResult, Actor } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { LocalDiskStorage } from "@/lib/storage/local";
import { sideEffectsFrom, type SideEffects } from "./fixtures";
import { tinyPng } from "./png";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next/headers", () => ({
  headers: () =>
    Promise.resolve(new Headers({ "x-request-id": "region-test", "x-forwarded-for": "10.1.2.3" })),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("use-intl/core");
  const core = (await import("@/messages/id.json")).default;
  const region = (await import("@/messages/id/region.json")).default;
  const messages = { ...core, region };
  return {
    getTranslations: (namespace?: string) =>
      Promise.resolve(
        createTranslator({ locale: "id", messages, namespace: namespace as never, timeZone: "Asia/Jakarta" }),
      ),
    getFormatter: () => Promise.resolve(createFormatter({ locale: "id", timeZone: "Asia/Jakarta" })),
  };
});

const { updateRegionProfileAction } = await import("@/lib/region/actions");
const logoRoute = await import("@/app/api/publik/logo-daerah/[regionId]/route");

const suffix = randomBytes(3).toString("hex");
const SAVED = "Profil daerah tersimpan.";
const STALE =
  "Profil ini sudah diubah orang lain sejak formulir dibuka. Muat ulang halaman untuk melihat versi terbaru, lalu ulangi perubahan Anda.";
const FORBIDDEN = "Anda tidak berwenang melakukan tindakan ini.";
const NOT_FOUND = "Data tidak ditemukan atau di luar kewenangan Anda.";
const INVALID = "Periksa kembali isian yang ditandai.";

let db: Db;
let uploadDir: string;
let sideEffects: SideEffects;
let regionId = "";
let otherRegionId = "";
const people: Record<"admin" | "head" | "operator" | "evaluator" | "otherAdmin", Actor> = {} as never;

const ACTOR = { id: true, name: true, email: true, role: true, opdId: true, regionId: true } as const;

beforeAll(async () => {
  uploadDir = path.join(mkdtempSync(path.join(tmpdir(), "inovasi-daerah-")), "uploads");
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", "r".repeat(40));
  vi.stubEnv("UPLOAD_DIR", uploadDir);
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(inject("databaseUrl"), 2);
  sideEffects = await sideEffectsFrom(db);
  const region = await db.region.create({
    data: { code: `RP-${suffix}`, name: "Kabupaten Profil Uji", kind: "KABUPATEN", province: "Jawa Tengah" },
  });
  const other = await db.region.create({
    data: { code: `RQ-${suffix}`, name: "Kota Seberang Profil", kind: "KOTA", province: "Jawa Timur" },
  });
  regionId = region.id;
  otherRegionId = other.id;
  const opd = await db.opd.create({
    data: { regionId, name: "Dinas Uji Profil", shortName: "DUP", kind: "DINAS" },
  });
  const user = (email: string, role: Actor["role"], inRegion = regionId, opdId: string | null = null) =>
    db.user.create({
      data: { name: email, email: `${email}-${suffix}@profil.test`, role, regionId: inRegion, opdId },
      select: ACTOR,
    });
  people.admin = await user("admin", "ADMIN");
  people.head = await user("kepala", "OPD_HEAD", regionId, opd.id);
  people.operator = await user("operator", "OPD_OPERATOR", regionId, opd.id);
  people.evaluator = await user("penilai", "EVALUATOR");
  people.otherAdmin = await user("admin-seberang", "ADMIN", otherRegionId);
});

beforeEach(() => {
  session.user = null;
});

afterAll(async () => {
  await sideEffects?.remove();
  await db.user.deleteMany({ where: { email: { endsWith: `-${suffix}@profil.test` } } });
  await db.opd.deleteMany({ where: { regionId } });
  await db.region.deleteMany({ where: { id: { in: [regionId, otherRegionId] } } });
  await db.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  vi.unstubAllEnvs();
  await rm(path.dirname(uploadDir), { recursive: true, force: true });
});

const stored = () => db.region.findUniqueOrThrow({ where: { id: regionId } });

/** The form as the page draws it from the stored profile, with `changes` typed over it. */
async function form(changes: Record<string, string | File> = {}, id = regionId) {
  const r = await db.region.findUniqueOrThrow({ where: { id } });
  const fields: Record<string, string | File> = {
    regionId: id,
    updatedAt: r.updatedAt.toISOString(),
    name: r.name,
    kind: r.kind,
    province: r.province ?? "",
    address: r.address ?? "",
    website: r.website ?? "",
    phone: r.phone ?? "",
    fax: r.fax ?? "",
    email: r.email ?? "",
    timeZone: r.timeZone,
    secretariatUnit: r.secretariatUnit ?? "",
    headName: r.headName ?? "",
    headNip: r.headNip ?? "",
    headTitle: r.headTitle ?? "",
    secretaryName: r.secretaryName ?? "",
    secretaryNip: r.secretaryNip ?? "",
    secretaryTitle: r.secretaryTitle ?? "",
    secretaryRank: r.secretaryRank ?? "",
    ...changes,
  };
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const failed = (r: ActionResult<unknown>) => {
  expect(r.ok).toBe(false);
  return r as Extract<ActionResult, { ok: false }>;
};

const FULL = {
  name: "Kabupaten Profil Baru",
  address: "Jl. Pahlawan No. 9, Profil Baru",
  website: "https://profilbarukab.go.id",
  phone: "(0298) 765432",
  email: "Organisasi@ProfilBaruKab.go.id",
  timeZone: "wita",
  secretariatUnit: "Bagian Organisasi Sekretariat Daerah",
  headName: "H. Ahmad Sentosa, S.E.",
  headTitle: "Bupati Profil Baru",
  secretaryName: "Dra. Wulan Sari, M.Si.",
  secretaryNip: "19700315 200003 2 001",
  secretaryTitle: "Sekretaris Daerah Kabupaten Profil Baru",
  secretaryRank: "Pembina Utama Madya (IV/d)",
};

describe("the secretariat saves the region's profile", () => {
  it("saves every field, keeps the NIP as 18 digits, and audits before and after in the same transaction", async () => {
    session.user = people.admin;
    const before = await stored();
    const r = await updateRegionProfileAction(null, await form(FULL));
    expect(r).toMatchObject({ ok: true, message: SAVED });
    const after = await stored();
    expect(after).toMatchObject({
      name: "Kabupaten Profil Baru",
      phone: "(0298) 765432",
      email: "organisasi@profilbarukab.go.id",
      timeZone: "WITA",
      secretariatUnit: "Bagian Organisasi Sekretariat Daerah",
      headName: "H. Ahmad Sentosa, S.E.",
      headNip: null,
      secretaryNip: "197003152000032001",
      secretaryRank: "Pembina Utama Madya (IV/d)",
    });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const log = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Region", entityId: regionId, action: "region.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(log).toMatchObject({ actorId: people.admin.id, requestId: "region-test" });
    expect(log.before).toMatchObject({ name: "Kabupaten Profil Uji", secretaryNip: null });
    expect(log.after).toMatchObject({ name: "Kabupaten Profil Baru", secretaryNip: "197003152000032001" });
  });

  it("refuses a stale form with a clear message instead of overwriting a later save", async () => {
    session.user = people.admin;
    const stale = await form({ secretariatUnit: "Unit dari formulir lama" });
    expect((await updateRegionProfileAction(null, await form({ phone: "(0298) 111222" }))).ok).toBe(true);
    const audits = await db.auditLog.count({ where: { entityId: regionId } });
    const r = failed(await updateRegionProfileAction(null, stale));
    expect(r.message).toBe(STALE);
    expect(await stored()).toMatchObject({ phone: "(0298) 111222" });
    expect((await stored()).secretariatUnit).not.toBe("Unit dari formulir lama");
    expect(await db.auditLog.count({ where: { entityId: regionId } })).toBe(audits);
  });

  it("refuses a bad NIP with the Indonesian message, and a Sekda without a NIP", async () => {
    session.user = people.admin;
    const before = await stored();
    let r = failed(await updateRegionProfileAction(null, await form({ secretaryNip: "1970 0315 2000" })));
    expect(r.message).toBe(INVALID);
    expect(r.fieldErrors?.secretaryNip).toEqual(["NIP harus 18 digit angka."]);
    r = failed(await updateRegionProfileAction(null, await form({ headNip: "19700230 200003 2 001" })));
    expect(r.fieldErrors?.headNip?.[0]).toMatch(/^NIP tidak sesuai susunannya/);
    r = failed(await updateRegionProfileAction(null, await form({ secretaryNip: "" })));
    expect(r.fieldErrors?.secretaryNip).toEqual(["NIP Sekretaris Daerah wajib diisi bila namanya diisi."]);
    expect((await stored()).updatedAt).toEqual(before.updatedAt);
  });

  it("refuses other bad fields with their messages, control characters included", async () => {
    session.user = people.admin;
    const r = failed(
      await updateRegionProfileAction(
        null,
        await form({
          name: "",
          phone: "telepon kantor",
          email: "bukan-email",
          website: "profil.go.id",
          kind: "KECAMATAN",
          headName: "Nama\u0007Kepala",
        }),
      ),
    );
    expect(r.fieldErrors?.headName).toEqual(["Tidak boleh berisi karakter kontrol."]);
    const r2 = failed(
      await updateRegionProfileAction(
        null,
        await form({
          name: "",
          phone: "telepon kantor",
          email: "bukan-email",
          website: "profil.go.id",
          kind: "X",
        }),
      ),
    );
    expect(r2.fieldErrors).toMatchObject({
      name: ["Terlalu pendek."],
      phone: [expect.stringContaining("Nomor telepon")],
      email: ["Format email tidak valid."],
      website: ["Alamat situs web harus lengkap, diawali https://."],
      kind: ["Pilihan tidak valid."],
    });
  });

  it("another region's admin cannot edit this region, even naming it in the form", async () => {
    const before = await stored();
    session.user = people.otherAdmin;
    const r = failed(await updateRegionProfileAction(null, await form({ name: "Kabupaten Dibajak" })));
    expect(r.message).toBe(NOT_FOUND);
    expect(await stored()).toEqual(before);
    // Their own region they may edit; this one stays as it was.
    const own = await updateRegionProfileAction(
      null,
      await form({ phone: "(031) 555666", province: "Jawa Timur" }, otherRegionId),
    );
    expect(own.ok).toBe(true);
    expect(await stored()).toEqual(before);
  });

  it("OPD heads, operators and evaluators are refused, and nothing changes", async () => {
    const before = await stored();
    for (const who of [people.head, people.operator, people.evaluator]) {
      session.user = who;
      expect(
        failed(await updateRegionProfileAction(null, await form({ name: "Kabupaten Lain" }))).message,
      ).toBe(FORBIDDEN);
    }
    session.user = null;
    expect(failed(await updateRegionProfileAction(null, await form())).message).toBe(
      "Sesi Anda berakhir. Silakan masuk kembali.",
    );
    expect(await stored()).toEqual(before);
  });
});

describe("the logo", () => {
  const request = (headers: Record<string, string> = {}, query = "") =>
    new Request(`http://portal.test/api/publik/logo-daerah/${regionId}${query}`, { headers });
  const storage = () => new LocalDiskStorage(uploadDir);
  const logo = (id: string, req: Request) =>
    logoRoute.GET(req, { params: Promise.resolve({ regionId: id }) });

  it("is judged by its bytes: a text file named .png is refused with the message", async () => {
    session.user = people.admin;
    const fake = new File(["bukan gambar"], "logo.png", { type: "image/png" });
    const r = failed(await updateRegionProfileAction(null, await form({ logo: fake })));
    expect(r.fieldErrors?.logo).toEqual([
      "Logo harus berupa gambar PNG, JPEG atau WebP, paling besar 512 KB.",
    ]);
    expect((await stored()).logoKey).toBeNull();
  });

  it("is uploaded, served publicly with an ETag (304 when unchanged), replaced, then removed with its file", async () => {
    session.user = people.admin;
    const png = tinyPng();
    expect(
      (await updateRegionProfileAction(null, await form({ logo: new File([png], "logo.png") }))).ok,
    ).toBe(true);
    const first = (await stored()).logoKey!;
    expect(first).toBeTruthy();

    const res = await logo(regionId, request());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png);
    const etag = res.headers.get("etag")!;
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const again = await logo(regionId, request({ "if-none-match": etag }));
    expect(again.status).toBe(304);
    const versioned = await logo(regionId, request({}, `?v=${etag.replaceAll('"', "")}`));
    expect(versioned.headers.get("cache-control")).toContain("immutable");

    // A new logo replaces the old one and its bytes; the old ETag no longer matches.
    const other = tinyPng([200, 30, 30]);
    expect(
      (await updateRegionProfileAction(null, await form({ logo: new File([other], "baru.png") }))).ok,
    ).toBe(true);
    const second = (await stored()).logoKey!;
    expect(second).not.toBe(first);
    expect(await storage().get(first)).toBeNull();
    expect((await logo(regionId, request({ "if-none-match": etag }))).status).toBe(200);

    expect((await updateRegionProfileAction(null, await form({ removeLogo: "on" }))).ok).toBe(true);
    expect((await stored()).logoKey).toBeNull();
    expect(await storage().get(second)).toBeNull();
    expect((await logo(regionId, request())).status).toBe(404);
    expect((await logo("tidak/ada", request())).status).toBe(404);
  });
});
