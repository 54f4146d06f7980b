import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { checkImport } from "@/lib/admin/import/queries";
import { commitImport, issueSetupLinks } from "@/lib/admin/import/service";
import { readTable, type Table } from "@/lib/admin/import/rules/table";
import { updateOpd } from "@/lib/admin/service/opds";
import { updateUser } from "@/lib/admin/service/users";
import { findUsableToken } from "@/lib/auth/setup-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
let head: ActionContext;
let otherAdmin: ActionContext;
let regionId = "";
let otherRegionId = "";
const suffix = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  admin = await contextOf(db, "admin@inovasi.test");
  regionId = admin.user.regionId;
  const headUser = await db.user.findFirstOrThrow({
    where: { regionId, role: "OPD_HEAD" },
    select: { email: true },
  });
  head = await contextOf(db, headUser.email);
  const region = await db.region.create({
    data: { code: `A${suffix}`.slice(0, 10), name: "Kota Seberang", kind: "KOTA" },
  });
  otherRegionId = region.id;
  await db.user.create({
    data: {
      email: `admin.${suffix.toLowerCase()}@seberang.test`,
      name: "Admin Seberang",
      role: "ADMIN",
      regionId: region.id,
    },
  });
  otherAdmin = await contextOf(db, `admin.${suffix.toLowerCase()}@seberang.test`);
});

afterAll(async () => {
  const mine = { OR: [{ email: { contains: suffix.toLowerCase() } }, { regionId: otherRegionId }] };
  await db.innovation.deleteMany({ where: { createdBy: mine } });
  await db.user.deleteMany({ where: mine });
  // Units before their parents.
  for (let i = 0; i < 3; i++) {
    await db.opd.deleteMany({ where: { shortName: { contains: suffix }, units: { none: {} } } });
  }
  await db.region.deleteMany({ where: { id: otherRegionId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

const email = (name: string) => `${name}.${suffix.toLowerCase()}@contoh.go.id`;
const sn = (name: string) => `${name}-${suffix}`.slice(0, 20);

async function makeOpd(name: string, parentId: string | null = null) {
  return db.opd.create({
    data: { regionId, name: `OPD ${name}`, shortName: sn(name), kind: "DINAS", parentId },
  });
}

async function makeUser(name: string, role: "OPD_OPERATOR" | "ADMIN" | "EVALUATOR", opdId: string | null) {
  return db.user.create({ data: { regionId, name: `Orang ${name}`, email: email(name), role, opdId } });
}

function editOf(u: {
  id: string;
  name: string;
  email: string;
  nip: string | null;
  role: string;
  opdId: string | null;
  active: boolean;
  updatedAt: Date;
}) {
  return {
    id: u.id,
    version: u.updatedAt,
    name: u.name,
    email: u.email,
    nip: u.nip,
    role: u.role as "OPD_OPERATOR",
    opdId: u.opdId,
    active: u.active,
  };
}

const refusedWith = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: unknown) => (e instanceof ActionError ? e.message : String(e)),
  );

describe("editing an account", () => {
  it("moves an operator to another OPD (mutasi): audited field diff, authorship kept, sessions ended", async () => {
    const from = await makeOpd("ASAL");
    const to = await makeOpd("TUJUAN");
    const u = await makeUser("mutasi", "OPD_OPERATOR", from.id);
    const innovation = await db.innovation.create({
      data: {
        regionId,
        opdId: from.id,
        year: 2026,
        title: "Inovasi Lama",
        createdById: u.id,
        updatedById: u.id,
      },
    });
    await db.userSession.create({
      data: { id: `s-${suffix}-1`, userId: u.id, expiresAt: new Date(Date.now() + 3600_000) },
    });

    expect(
      await updateUser(db, admin, {
        ...editOf(u),
        opdId: to.id,
        nip: "19850101 201001 1 005".replace(/ /g, ""),
      }),
    ).toMatchObject({
      changed: true,
    });

    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.opdId).toBe(to.id);
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
    const kept = await db.innovation.findUniqueOrThrow({ where: { id: innovation.id } });
    expect([kept.createdById, kept.opdId]).toEqual([u.id, from.id]);
    const log = await db.auditLog.findMany({ where: { entityId: u.id } });
    expect(log.map((l) => [l.action, l.before, l.after, l.actorId])).toEqual([
      [
        "user.update",
        { opdId: from.id, nip: null },
        { opdId: to.id, nip: "198501012010011005" },
        admin.user.id,
      ],
    ]);
  });

  it("a role change ends the account's sessions; a name change does not", async () => {
    const u = await makeUser("peran", "EVALUATOR", null);
    await db.userSession.create({
      data: { id: `s-${suffix}-2`, userId: u.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    await updateUser(db, admin, { ...editOf(u), name: "Orang Peran Baru" });
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(1);
    const renamed = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    await updateUser(db, admin, { ...editOf(renamed), role: "ADMIN" });
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
  });

  it("refuses a stale form, a duplicate e-mail, another region's admin and an OPD head, changing nothing", async () => {
    const u = await makeUser("tolak", "EVALUATOR", null);
    const input = editOf(u);
    await updateUser(db, admin, { ...input, name: "Orang Tolak Dua" });
    expect(await refusedWith(updateUser(db, admin, { ...input, name: "Orang Tolak Tiga" }))).toBe(
      "accounts.stale",
    );

    const fresh = editOf(await db.user.findUniqueOrThrow({ where: { id: u.id } }));
    expect(await refusedWith(updateUser(db, admin, { ...fresh, email: "admin@inovasi.test" }))).toBe(
      "admin.users.duplicateEmail",
    );
    expect(await refusedWith(updateUser(db, otherAdmin, { ...fresh, role: "ADMIN" }))).toBe(
      "errors.notFound",
    );
    expect(await refusedWith(updateUser(db, head, { ...fresh, role: "ADMIN" }))).toBe("errors.forbidden");
    expect(
      await refusedWith(updateUser(db, admin, { ...fresh, role: "OPD_OPERATOR", opdId: "tidak-ada" })),
    ).toBe("accounts.opdUnavailable");
    const now = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect([now.name, now.email, now.role]).toEqual(["Orang Tolak Dua", u.email, "EVALUATOR"]);
    expect(await db.auditLog.count({ where: { entityId: u.id } })).toBe(1);
  });

  it("keeps the last active admin of a region: no demotion, no deactivation", async () => {
    const lone = await db.user.findFirstOrThrow({ where: { regionId: otherRegionId, role: "ADMIN" } });
    expect(await refusedWith(updateUser(db, otherAdmin, { ...editOf(lone), role: "EVALUATOR" }))).toBe(
      "accounts.lastAdmin",
    );
    const second = await db.user.create({
      data: { regionId: otherRegionId, name: "Admin Kedua", email: email("admin2"), role: "ADMIN" },
    });
    expect(await refusedWith(updateUser(db, otherAdmin, { ...editOf(lone), role: "EVALUATOR" }))).toBe(
      "accepted",
    );
    const demoted = await contextOf(db, lone.email);
    expect(await refusedWith(updateUser(db, demoted, { ...editOf(second), active: false }))).toBe(
      "errors.forbidden",
    );
    const secondCtx = await contextOf(db, second.email);
    expect(await refusedWith(updateUser(db, secondCtx, { ...editOf(second), role: "EVALUATOR" }))).toBe(
      "accounts.lastAdmin",
    );
  });
});

describe("editing an OPD", () => {
  it("saves name, kind and parent with an audited diff, and refuses itself, a cycle and a stale form", async () => {
    const top = await makeOpd("ATAS");
    const mid = await makeOpd("TENGAH", top.id);
    const low = await makeOpd("BAWAH", mid.id);
    const edit = (o: typeof top) => ({
      id: o.id,
      version: o.updatedAt,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      parentId: o.parentId,
      active: o.active,
    });
    expect(await refusedWith(updateOpd(db, admin, { ...edit(top), parentId: top.id }))).toBe(
      "accounts.opdParentSelf",
    );
    expect(await refusedWith(updateOpd(db, admin, { ...edit(top), parentId: low.id }))).toBe(
      "accounts.opdParentCycle",
    );
    expect(await refusedWith(updateOpd(db, otherAdmin, { ...edit(low), name: "Diambil" }))).toBe(
      "errors.notFound",
    );
    expect(await refusedWith(updateOpd(db, head, { ...edit(low), name: "Diambil" }))).toBe(
      "errors.forbidden",
    );

    expect(
      await updateOpd(db, admin, { ...edit(low), name: "UPTD Bawah Baru", kind: "UPTD", parentId: top.id }),
    ).toMatchObject({
      changed: true,
      renamed: true,
    });
    expect(await refusedWith(updateOpd(db, admin, { ...edit(low), name: "Lagi" }))).toBe("accounts.stale");
    const log = await db.auditLog.findMany({ where: { entityId: low.id } });
    expect(log.map((l) => [l.action, l.before, l.after])).toEqual([
      [
        "opd.update",
        { name: low.name, kind: "DINAS", parentId: mid.id },
        { name: "UPTD Bawah Baru", kind: "UPTD", parentId: top.id },
      ],
    ]);
  });
});

async function xlsxTable(rows: string[][]): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Data");
  for (const r of rows) sheet.addRow(r);
  return readTable(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const OPD_HEADER = ["Nama OPD", "Singkatan", "Jenis", "Singkatan Induk"];
const USER_HEADER = ["Nama Lengkap", "Email", "NIP", "Peran", "Singkatan OPD"];

describe("bulk import", () => {
  it("a dry run of a broken file lists every problem and writes nothing", async () => {
    const counts = async () => [
      await db.user.count(),
      await db.opd.count(),
      await db.auditLog.count(),
      await db.setupToken.count(),
    ];
    const before = await counts();
    const users = await xlsxTable([
      USER_HEADER,
      ["Orang Satu", email("satu"), "123", "Operator OPD", "DINSOS"],
      ["Orang Dua", "admin@inovasi.test", "", "Raja", ""],
      ["Orang Tiga", email("satu"), "", "Kepala OPD", `X${suffix}`],
      ["", "", "", "Operator OPD", ""],
    ]);
    const checked = await checkImport(db, admin, "user", users);
    expect(checked.rows).toBe(4);
    expect(checked.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, "NIP", "validation.nip"],
      [3, "Email", "admin.users.duplicateEmail"],
      [3, "Peran", "accounts.import.problem.unknownRole"],
      [4, "Email", "accounts.import.problem.duplicateInFile"],
      [4, "Singkatan OPD", "accounts.import.problem.unknownOpd"],
      [5, "Nama Lengkap", "validation.required"],
      [5, "Email", "validation.required"],
      [5, "Singkatan OPD", "accounts.import.problem.opdRequired"],
    ]);
    const opds = await xlsxTable([OPD_HEADER, ["Dinas Sosial Kedua", "DINSOS", "Dinas", "TIDAKADA"]]);
    expect((await checkImport(db, admin, "opd", opds)).problems.map((p) => p.message)).toEqual([
      "accounts.import.problem.shortNameTaken",
      "accounts.import.problem.unknownParent",
    ]);
    expect(await refusedWith(commitImport(db, admin, "user", users))).toBe("accounts.import.changed");
    expect(await counts()).toEqual(before);
  });

  it("a clean import creates OPDs (parents from the same file) then accounts with setup links, audited", async () => {
    const opds = await xlsxTable([
      OPD_HEADER,
      ["UPTD Puskesmas Impor", sn("PKM"), "UPTD", sn("DINIMP")],
      ["Dinas Impor", sn("DINIMP"), "Dinas", ""],
      ["Badan Impor", sn("BADIMP"), "badan", ""],
    ]);
    expect((await checkImport(db, admin, "opd", opds)).problems).toEqual([]);
    expect(await commitImport(db, admin, "opd", opds)).toEqual({ created: 3, links: [] });
    const created = await db.opd.findMany({
      where: { shortName: { in: [sn("PKM"), sn("DINIMP"), sn("BADIMP")] } },
      include: { parent: true },
    });
    expect(created.find((o) => o.shortName === sn("PKM"))?.parent?.shortName).toBe(sn("DINIMP"));
    expect(created.every((o) => o.regionId === regionId)).toBe(true);
    expect(
      await db.auditLog.count({
        where: { action: "opd.import", entityId: { in: created.map((o) => o.id) } },
      }),
    ).toBe(3);

    const users = await xlsxTable([
      USER_HEADER,
      ["Kepala Impor", email("kepala"), "19800101 200501 1 002", "Kepala OPD", sn("DINIMP")],
      ["Operator Impor", email("operator"), "", "OPD_OPERATOR", sn("pkm")],
      ["Penilai Impor", email("penilai"), "", "Penilai", ""],
    ]);
    const result = await commitImport(db, admin, "user", users);
    expect(result.created).toBe(3);
    const accounts = await db.user.findMany({
      where: { email: { in: [email("kepala"), email("operator"), email("penilai")] } },
      select: {
        id: true,
        email: true,
        role: true,
        nip: true,
        regionId: true,
        opd: { select: { shortName: true } },
      },
      orderBy: { email: "asc" },
    });
    expect(accounts.map((a) => [a.email, a.role, a.nip, a.opd?.shortName ?? null, a.regionId])).toEqual([
      [email("kepala"), "OPD_HEAD", "198001012005011002", sn("DINIMP"), regionId],
      [email("operator"), "OPD_OPERATOR", null, sn("PKM"), regionId],
      [email("penilai"), "EVALUATOR", null, null, regionId],
    ]);
    expect(result.links.map((l) => l.email).sort()).toEqual(accounts.map((a) => a.email));
    for (const link of result.links) {
      expect((await findUsableToken(db, link.token))?.userId).toBe(link.userId);
      // Each new account is e-mailed its own link, queued with the import.
      const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: link.userId } });
      expect(mail).toMatchObject({ to: link.email, template: "account.setup", locale: "id", regionId });
      expect(mail.text).toContain(`/setel-sandi/${link.token}`);
    }
    expect(
      await db.auditLog.count({
        where: { action: "user.import", entityId: { in: accounts.map((a) => a.id) } },
      }),
    ).toBe(3);
  });

  it("a failure in the middle of an import leaves nothing behind", async () => {
    const users = await xlsxTable([
      USER_HEADER,
      ["Gagal Satu", email("gagal1"), "", "Penilai", ""],
      ["Gagal Dua", email("gagal2"), "", "Penilai", ""],
    ]);
    const auditBefore = await db.auditLog.count();
    const mailBefore = await db.mailMessage.count();
    await expect(
      commitImport(db, admin, "user", users, {
        issueLinks: async (tx, created) => {
          await issueSetupLinks(tx, created);
          throw new Error("the import failed after the links were issued");
        },
      }),
    ).rejects.toThrow("the import failed after the links were issued");
    expect(await db.user.count({ where: { email: { in: [email("gagal1"), email("gagal2")] } } })).toBe(0);
    expect(await db.auditLog.count()).toBe(auditBefore);
    expect(await db.mailMessage.count()).toBe(mailBefore);
  });

  it("refuses an OPD head, and imports into the caller's own region only", async () => {
    const users = await xlsxTable([
      USER_HEADER,
      ["Orang Seberang", email("seberang"), "", "Operator OPD", "DINSOS"],
    ]);
    expect(await refusedWith(commitImport(db, head, "user", users))).toBe("errors.forbidden");
    expect(await refusedWith(checkImport(db, head, "user", users))).toBe("errors.forbidden");
    // DINSOS is an OPD of the seeded region, unknown to the other region's admin.
    const seen = await checkImport(db, otherAdmin, "user", users);
    expect(seen.problems.map((p) => p.message)).toEqual(["accounts.import.problem.unknownOpd"]);
    expect(await db.user.count({ where: { email: email("seberang") } })).toBe(0);
  });
});
