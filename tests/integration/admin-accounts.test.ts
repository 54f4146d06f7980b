import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { createOpd, renameOpd, setOpdActive } from "@/lib/admin/service/opds";
import { createUser, resetPassword, setUserActive } from "@/lib/admin/service/users";
import { verifyPassword } from "@/lib/auth/password";
import { consumeSetupToken, findUsableToken } from "@/lib/auth/setup-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let admin: ActionContext;
let otherRegionAdmin: ActionContext;
let otherRegionId = "";
const createdUsers: string[] = [];
const createdOpds: string[] = [];

async function contextFor(email: string): Promise<ActionContext> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user: u, requestId: "test-request", ip: "127.0.0.1" };
}

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  admin = await contextFor("admin@inovasi.test");
  const region = await db.region.create({ data: { code: "9999", name: "Kota Lain", kind: "KOTA" } });
  otherRegionId = region.id;
  await db.user.create({
    data: { email: "admin@kotalain.test", name: "Admin Kota Lain", role: "ADMIN", regionId: region.id },
  });
  otherRegionAdmin = await contextFor("admin@kotalain.test");
});
afterAll(async () => {
  await db.user.deleteMany({ where: { OR: [{ id: { in: createdUsers } }, { regionId: otherRegionId }] } });
  await db.opd.deleteMany({ where: { id: { in: createdOpds } } });
  await db.region.deleteMany({ where: { id: otherRegionId } });
  await sideEffects?.remove();
  await db.$disconnect();
});

const auditFor = (entityId: string) =>
  db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

describe("account management by the secretariat", () => {
  it("creates an account with a one-time setup link, audited, that sets a password once", async () => {
    const opd = await db.opd.findFirstOrThrow({
      where: { regionId: admin.user.regionId, shortName: "DINSOS" },
    });
    const { id, token } = await createUser(db, admin, {
      name: "Operator Dinsos Dua",
      email: "operator2.dinsos@inovasi.test",
      nip: null,
      role: "OPD_OPERATOR",
      opdId: opd.id,
    });
    createdUsers.push(id);
    const log = await auditFor(id);
    expect(log.map((l) => l.action)).toEqual(["user.create"]);
    expect(log[0]).toMatchObject({
      actorId: admin.user.id,
      entityType: "User",
      ip: "127.0.0.1",
      requestId: "test-request",
    });
    expect(log[0]!.after).toMatchObject({
      email: "operator2.dinsos@inovasi.test",
      role: "OPD_OPERATOR",
      opdId: opd.id,
    });

    expect(await findUsableToken(db, token)).not.toBeNull();
    expect(await consumeSetupToken(db, token, "RahasiaBaru2026")).toEqual({ userId: id });
    expect(await consumeSetupToken(db, token, "YangLainLagi2026")).toBeNull();
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword("RahasiaBaru2026", passwordHash)).toBe(true);
  });

  it("rejects a duplicate email with a clear message and writes nothing", async () => {
    const before = await db.auditLog.count();
    await expect(
      createUser(db, admin, {
        name: "Duplikat",
        email: "admin@inovasi.test",
        nip: null,
        role: "EVALUATOR",
        opdId: null,
      }),
    ).rejects.toThrow(new ActionError("admin.users.duplicateEmail"));
    expect(await db.auditLog.count()).toBe(before);
  });

  it("deactivates and reactivates an account, recording before and after", async () => {
    const target = await db.user.create({
      data: {
        email: "penilai.sementara@inovasi.test",
        name: "Penilai Sementara",
        role: "EVALUATOR",
        regionId: admin.user.regionId,
      },
    });
    createdUsers.push(target.id);
    await setUserActive(db, admin, { id: target.id, active: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    await setUserActive(db, admin, { id: target.id, active: true });
    const log = await auditFor(target.id);
    expect(log.map((l) => [l.action, l.before, l.after])).toEqual([
      ["user.deactivate", { active: true }, { active: false }],
      ["user.activate", { active: false }, { active: true }],
    ]);
  });

  it("refuses to let an admin deactivate their own account", async () => {
    await expect(setUserActive(db, admin, { id: admin.user.id, active: false })).rejects.toThrow(
      "admin.users.selfDeactivate",
    );
  });

  it("refuses an admin of another region: nothing changes and nothing is logged", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { email: "operator.dinkes@inovasi.test" } });
    const logBefore = await db.auditLog.count();
    await expect(setUserActive(db, otherRegionAdmin, { id: target.id, active: false })).rejects.toThrow(
      "errors.notFound",
    );
    await expect(resetPassword(db, otherRegionAdmin, { id: target.id })).rejects.toThrow("errors.notFound");
    const opd = await db.opd.findFirstOrThrow({
      where: { regionId: admin.user.regionId, shortName: "DINKES" },
    });
    await expect(renameOpd(db, otherRegionAdmin, { id: opd.id, name: "Diambil alih" })).rejects.toThrow(
      "errors.notFound",
    );
    await expect(
      createUser(db, otherRegionAdmin, {
        name: "Penyusup",
        email: "penyusup@x.test",
        nip: null,
        role: "OPD_OPERATOR",
        opdId: opd.id,
      }),
    ).rejects.toThrow("errors.notFound");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
    expect((await db.opd.findUniqueOrThrow({ where: { id: opd.id } })).name).toBe("Dinas Kesehatan");
    expect(await db.user.count({ where: { email: "penyusup@x.test" } })).toBe(0);
    expect(await db.auditLog.count()).toBe(logBefore);
  });
});

describe("OPD management", () => {
  it("creates, renames and deactivates an OPD with an audit line for each change", async () => {
    const opd = await createOpd(db, admin, {
      name: "UPTD Puskesmas Kota",
      shortName: "PKM-KOTA",
      kind: "UPTD",
      parentId: null,
    });
    createdOpds.push(opd.id);
    await renameOpd(db, admin, { id: opd.id, name: "UPTD Puskesmas Kota I" });
    await setOpdActive(db, admin, { id: opd.id, active: false });
    const log = await auditFor(opd.id);
    expect(log.map((l) => l.action)).toEqual(["opd.create", "opd.rename", "opd.deactivate"]);
    expect(log[1]!.before).toEqual({ id: opd.id, name: "UPTD Puskesmas Kota" });
    expect(log[1]!.after).toEqual({ id: opd.id, name: "UPTD Puskesmas Kota I" });
  });

  it("refuses a short name already used in the region", async () => {
    await expect(
      createOpd(db, admin, {
        name: "Dinas Kesehatan Baru",
        shortName: "DINKES",
        kind: "DINAS",
        parentId: null,
      }),
    ).rejects.toThrow("admin.opd.duplicateShortName");
  });
});

describe("rules the database enforces by itself", () => {
  it("refuses an OPD role without an OPD", async () => {
    await expect(
      db.user.create({
        data: {
          email: "tanpa.opd@inovasi.test",
          name: "Tanpa OPD",
          role: "OPD_OPERATOR",
          regionId: admin.user.regionId,
        },
      }),
    ).rejects.toThrow(/User_opd_role_check/);
  });

  it("refuses a score outside its criterion's scale, and accepts one inside", async () => {
    const innovation = await db.innovation.findFirstOrThrow({
      where: { title: { startsWith: "SIGAP Bumil" }, regionId: admin.user.regionId },
      include: { versions: true },
    });
    const competition = await db.competition.findFirstOrThrow({
      where: { name: { startsWith: "Kompetisi Inovasi Daerah" }, regionId: admin.user.regionId },
      include: { stages: { where: { kind: "DESK" }, include: { criteria: true } }, categories: true },
    });
    const stage = competition.stages[0]!;
    const criterion = stage.criteria[0]!;
    const evaluator = await db.user.findUniqueOrThrow({ where: { email: "penilai@inovasi.test" } });
    const entry = await db.entry.create({
      data: {
        competitionId: competition.id,
        innovationId: innovation.id,
        categoryId: competition.categories[0]!.id,
        versionId: innovation.versions[0]!.id,
        registeredById: innovation.createdById,
      },
    });
    const assignment = await db.assignment.create({
      data: { entryId: entry.id, stageId: stage.id, evaluatorId: evaluator.id, assignedById: admin.user.id },
    });
    await expect(
      db.score.create({ data: { assignmentId: assignment.id, criterionId: criterion.id, value: 11 } }),
    ).rejects.toThrow(/outside the scale/);
    const ok = await db.score.create({
      data: { assignmentId: assignment.id, criterionId: criterion.id, value: 7 },
    });
    expect(Number(ok.value)).toBe(7);
    await expect(
      db.score.create({ data: { assignmentId: assignment.id, criterionId: criterion.id, value: 8 } }),
    ).rejects.toThrow();
    await db.entry.delete({ where: { id: entry.id } });
  });
});
