// The first-run setup: setupRegion (used by `npm run setup` and the setup page), the one-time install token and the
// setup page's action and loader. Runs on its own database, empty of any ADMIN, as a fresh installation is.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ActionError } from "@/lib/action-types";
import { verifyPassword } from "@/lib/auth/password";
import { consumeSetupToken } from "@/lib/auth/setup-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { LocalDiskStorage } from "@/lib/storage/local";
import { installPageToken } from "@/lib/install/queries";
import { InstallInvalid } from "@/lib/install/schemas";
import { createInstallToken, INSTALL_TOKEN_TTL_MS, setupRegion, storeLogo } from "@/lib/install/service";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateAndSeed } from "@/scripts/lib/prepare";
import { createDatabase, dropDatabase } from "./db";

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));
vi.mock("@/lib/request-context", () => ({
  requestContext: () => Promise.resolve({ requestId: "install-test", ip: "127.0.0.1" }),
}));
vi.mock("next-intl/server", async () => {
  const { readFileSync: read } = await import("node:fs");
  const { createTranslator } = await import("use-intl/core");
  const messages = JSON.parse(read(`${process.cwd()}/messages/id.json`, "utf8")) as Record<string, unknown>;
  return {
    getTranslations: () =>
      Promise.resolve(createTranslator({ locale: "id", messages, timeZone: "Asia/Jakarta" })),
  };
});

const { installAction } = await import("@/lib/install/actions");

let db: Db;
let name = "";

beforeAll(async () => {
  const created = await createDatabase("inovasi_install");
  name = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 2);
  holder.db = db;
});
afterAll(async () => {
  await db?.$disconnect();
  if (name) await dropDatabase(name);
});
// Every test starts from a database with no region, no account and no install token.
afterEach(async () => {
  await db.setupToken.deleteMany({});
  await db.auditLog.deleteMany({});
  await db.user.deleteMany({});
  await db.region.deleteMany({});
  await db.installToken.deleteMany({});
});

const region = {
  regionName: "Kabupaten Sukamaju",
  kind: "kabupaten",
  province: "Jawa Barat",
  address: "Jl. Merdeka No. 1, Sukamaju",
  website: "https://sukamajukab.go.id",
  timeZone: "WITA",
  adminName: "Sekretariat Sukamaju",
  adminEmail: "Sekretariat@Sukamajukab.go.id",
  adminNip: "198001012005011001",
};

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const PASSWORD = "Sukamaju2026";

describe("setupRegion", () => {
  it("creates the region and its first ADMIN, with a one-time password-setup link", async () => {
    const done = await setupRegion(db, region);
    const r = await db.region.findUniqueOrThrow({ where: { id: done.regionId } });
    expect(r).toMatchObject({
      name: "Kabupaten Sukamaju",
      kind: "KABUPATEN",
      province: "Jawa Barat",
      address: "Jl. Merdeka No. 1, Sukamaju",
      website: "https://sukamajukab.go.id",
      timeZone: "WITA",
      logoKey: null,
    });
    const admin = await db.user.findUniqueOrThrow({ where: { id: done.adminId } });
    expect(admin).toMatchObject({
      regionId: r.id,
      role: "ADMIN",
      email: "sekretariat@sukamajukab.go.id",
      nip: "198001012005011001",
      opdId: null,
    });
    expect(done.setupToken).toBeTruthy();
    expect(await consumeSetupToken(db, done.setupToken!, PASSWORD)).toEqual({ userId: admin.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: r.id } });
    expect(audit).toMatchObject({ action: "region.install", actorId: admin.id });
  });

  it("refuses once an ADMIN exists, and creates nothing", async () => {
    await setupRegion(db, region);
    const again = setupRegion(db, { ...region, regionName: "Kota Lain", adminEmail: "lain@kotalain.go.id" });
    await expect(again).rejects.toThrow(new ActionError("install.adminExists"));
    expect(await db.region.count()).toBe(1);
    expect(await db.user.count()).toBe(1);
  });

  it("answers broken input with a message per field, and creates nothing", async () => {
    const err = await setupRegion(db, {
      regionName: "X",
      kind: "desa",
      province: "",
      website: "javascript:alert(1)",
      timeZone: "GMT",
      code: "ABC",
      adminName: "Sekretariat",
      adminEmail: "bukan-email",
      adminNip: "123",
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InstallInvalid);
    expect((err as InstallInvalid).fieldErrors).toEqual({
      regionName: ["validation.tooShort"],
      kind: ["validation.invalidChoice"],
      website: ["install.websiteInvalid"],
      timeZone: ["validation.invalidChoice"],
      code: ["install.codeInvalid"],
      adminEmail: ["validation.email"],
      adminNip: ["validation.nip"],
    });
    const noProvince = await setupRegion(db, { ...region, province: " " }).catch((e: unknown) => e);
    expect((noProvince as InstallInvalid).fieldErrors).toEqual({ province: ["install.provinceRequired"] });
    expect(await db.region.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
  });

  it("a province needs no province of its own, and WIB is the default time zone", async () => {
    const done = await setupRegion(db, {
      regionName: "Provinsi Nusa Contoh",
      kind: "PROVINSI",
      adminName: "Sekretariat Provinsi",
      adminEmail: "sekretariat@nusacontoh.go.id",
    });
    const r = await db.region.findUniqueOrThrow({ where: { id: done.regionId } });
    expect(r).toMatchObject({ kind: "PROVINSI", province: "Provinsi Nusa Contoh", timeZone: "WIB" });
  });
});

describe("the setup page and its one-time token", () => {
  it("shows the page only with a known, unused, unexpired token", async () => {
    const token = (await createInstallToken(db))!;
    expect(await installPageToken(db, token)).toBe(token);
    expect(await installPageToken(db, undefined)).toBeNull();
    expect(await installPageToken(db, [token, token])).toBeNull();
    expect(
      await installPageToken(
        db,
        token.replace(/^./, (c) => (c === "A" ? "B" : "A")),
      ),
    ).toBeNull();
    // A later start's link replaces the earlier one.
    const next = (await createInstallToken(db))!;
    expect(await installPageToken(db, token)).toBeNull();
    expect(await installPageToken(db, next)).toBe(next);
  });

  it("refuses an expired token", async () => {
    const token = (await createInstallToken(db, new Date(Date.now() - INSTALL_TOKEN_TTL_MS - 1000)))!;
    expect(await installPageToken(db, token)).toBeNull();
    const refused = await installAction(
      null,
      form({ ...region, token, password: PASSWORD, confirm: PASSWORD }),
    );
    expect(refused).toEqual({
      ok: false,
      message: expect.stringContaining("Tautan pemasangan tidak berlaku"),
    });
    await expect(setupRegion(db, region, { installToken: token, password: PASSWORD })).rejects.toThrow(
      new ActionError("install.invalidLink"),
    );
    expect(await db.region.count()).toBe(0);
  });

  it("refuses a wrong token", async () => {
    await createInstallToken(db);
    const token = "x".repeat(43);
    const refused = await installAction(
      null,
      form({ ...region, token, password: PASSWORD, confirm: PASSWORD }),
    );
    expect(refused).toEqual({
      ok: false,
      message: expect.stringContaining("Tautan pemasangan tidak berlaku"),
    });
    expect(await db.user.count()).toBe(0);
  });

  it("answers the form's mistakes in Bahasa Indonesia and keeps the token", async () => {
    const token = (await createInstallToken(db))!;
    const result = await installAction(
      null,
      form({ ...region, website: "sukamaju", token, password: "pendek", confirm: "lain" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        website: ["Alamat situs web harus lengkap, diawali https://."],
        password: expect.arrayContaining(["Kata sandi minimal 10 karakter."]),
        confirm: ["Kedua kata sandi tidak sama."],
      },
    });
    expect(await installPageToken(db, token)).toBe(token);
  });

  it("creates region and admin with the password given; then the token is dead and the page is not found", async () => {
    const token = (await createInstallToken(db))!;
    const done = installAction(null, form({ ...region, token, password: PASSWORD, confirm: PASSWORD }));
    await expect(done).rejects.toMatchObject({ digest: expect.stringContaining("/masuk?done=pasang") });
    const admin = await db.user.findUniqueOrThrow({
      where: { email: "sekretariat@sukamajukab.go.id" },
      select: { id: true, role: true, regionId: true, passwordHash: true },
    });
    expect(admin.role).toBe("ADMIN");
    expect(await verifyPassword(PASSWORD, admin.passwordHash)).toBe(true);
    expect((await db.region.findUniqueOrThrow({ where: { id: admin.regionId } })).name).toBe(
      "Kabupaten Sukamaju",
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "region.install" } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: "127.0.0.1", requestId: "install-test" });

    // Used: the page is a 404 and the action refuses a second setup.
    expect(await installPageToken(db, token)).toBeNull();
    const again = await installAction(
      null,
      form({
        ...region,
        adminEmail: "kedua@sukamajukab.go.id",
        token,
        password: PASSWORD,
        confirm: PASSWORD,
      }),
    );
    expect(again).toEqual({ ok: false, message: expect.stringContaining("Tautan pemasangan tidak berlaku") });
    expect(await db.user.count()).toBe(1);
  });

  it("is unreachable once an ADMIN exists, even with a token made before", async () => {
    const token = (await createInstallToken(db))!;
    await setupRegion(db, region);
    expect(await installPageToken(db, token)).toBeNull();
    expect(await createInstallToken(db)).toBeNull();
    await expect(setupRegion(db, region, { installToken: token, password: PASSWORD })).rejects.toThrow(
      ActionError,
    );
  });

  it("a token is spent only once when two setups race with it", async () => {
    const token = (await createInstallToken(db))!;
    const results = await Promise.allSettled([
      setupRegion(db, region, { installToken: token, password: PASSWORD }),
      setupRegion(
        db,
        { ...region, adminEmail: "dua@sukamajukab.go.id" },
        { installToken: token, password: PASSWORD },
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("the region's logo", () => {
  // The smallest PNG: its signature and an IHDR chunk are what the type check reads.
  const PNG = Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
      "base64",
    ),
  );

  it("stores an image under a server-made key and refuses anything else or anything too big", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "logo-"));
    try {
      const storage = new LocalDiskStorage(root);
      const key = await storeLogo(storage, new File([PNG], "../../logo.png"));
      expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(await storage.get(key!)).toEqual(PNG);
      expect(await storeLogo(storage, new File([], "kosong.png"))).toBeNull();
      await expect(storeLogo(storage, new File(["<svg onload=alert(1)>"], "logo.png"))).rejects.toThrow(
        InstallInvalid,
      );
      const big = new Uint8Array(600 * 1024);
      big.set(PNG);
      await expect(storeLogo(storage, new File([big], "besar.png"))).rejects.toThrow(InstallInvalid);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("a setup keeps the logo's key", async () => {
    const done = await setupRegion(db, region, { logoKey: "k".repeat(32) });
    expect((await db.region.findUniqueOrThrow({ where: { id: done.regionId } })).logoKey).toBe(
      "k".repeat(32),
    );
  });
});

describe("a start on an empty database", () => {
  it("seeds no demo unless asked, and reports that the setup is still to be done", async () => {
    const fresh = await createDatabase("inovasi_install_start");
    const quiet = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(await migrateAndSeed(fresh.url)).toMatchObject({
        seeded: false,
        hasAdmin: false,
        demoPresent: false,
      });
      const check = createPrismaClient(fresh.url, 1);
      try {
        expect(await check.region.count()).toBe(0);
        expect(await check.user.count()).toBe(0);
      } finally {
        await check.$disconnect();
      }
      expect(await migrateAndSeed(fresh.url, { demo: "if-empty" })).toMatchObject({
        seeded: true,
        hasAdmin: true,
        demoPresent: true,
      });
    } finally {
      quiet.mockRestore();
      await dropDatabase(fresh.name);
    }
  });
});
