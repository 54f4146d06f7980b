// The audit log as an inspector reads it, on a real PostgreSQL: record titles instead of ids, actions and fields in
// words, filters, the CSV and XLSX exports (parsed back), each export audited, and the region boundary. Runs on its
// own database: the exports write audit lines.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/action-types";
import { listAudit } from "@/lib/admin/queries/audit";
import { audit } from "@/lib/audit";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";
import * as exportRoute from "@/app/(site)/(dashboard)/admin/audit/ekspor/route";
import { createDatabase, dropDatabase } from "./db";

const session = vi.hoisted(() => ({
  user: null as Actor | null,
  locale: "id",
  context: { ip: null as string | null, requestId: null as string | null },
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve(session.locale) }));
vi.mock("@/lib/request-context", () => ({ requestContext: () => Promise.resolve(session.context) }));

let db: Db;
let dbName: string;
let admin: Actor;
let otherAdmin: Actor;
let operatorId: string;
let operatorName: string;
let innovation: { id: string; title: string };
let otherUserId: string;
const AT = new Date("2026-12-06T07:05:00Z"); // 14.05 WIB

const actor = (email: string) =>
  db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });

/** The export route as `user` reaches it, in `locale`, from the address and request id of `context`. */
function exportAudit(
  user: Actor | null,
  params: URLSearchParams,
  locale: "id" | "en",
  context: { ip: string | null; requestId: string | null } = { ip: null, requestId: null },
) {
  Object.assign(session, { user, locale, context });
  return exportRoute.GET(new Request(`http://portal.test/admin/audit/ekspor?${params.toString()}`));
}

async function csvRows(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/csv");
  return parse((await res.text()).replace(/^\uFEFF/, ""), { relaxColumnCount: false }) as string[][];
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_audit");
  dbName = created.name;
  await migrate(created.url);
  // The route reaches the database through lib/db, which reads its address from the environment.
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", "y".repeat(40));
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(created.url, 4);
  await seed(db, new Date());
  admin = await actor("admin@inovasi.test");
  const operator = await actor("operator.dinkes@inovasi.test");
  operatorId = operator.id;
  operatorName = operator.name;
  innovation = await db.innovation.findFirstOrThrow({
    where: { regionId: admin.regionId },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
  // In WITA: its admin's export shows its lines in its own zone.
  const other = await db.region.create({
    data: { code: "OTHER-AUD", name: "Kota Seberang", kind: "KOTA", timeZone: "WITA" },
  });
  otherAdmin = await db.user.create({
    data: { regionId: other.id, name: "Admin Seberang", email: "admin@seberang.test", role: "ADMIN" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  otherUserId = (
    await db.user.create({
      data: {
        regionId: other.id,
        name: "Rahasia Seberang",
        email: "rahasia@seberang.test",
        role: "EVALUATOR",
      },
    })
  ).id;
  await db.$transaction(async (tx) => {
    await tx.auditLog.deleteMany({});
    await audit(tx, {
      actorId: admin.id,
      regionId: admin.regionId,
      action: "user.update",
      entityType: "User",
      entityId: operator.id,
      before: { name: "Operator Lama", role: "OPD_OPERATOR", active: true },
      after: { name: operator.name, role: "OPD_HEAD", active: true },
      ip: "10.0.0.7",
    });
    await audit(tx, {
      actorId: operator.id,
      regionId: admin.regionId,
      action: "innovation.submit",
      entityType: "Innovation",
      entityId: innovation.id,
      after: { status: "SUBMITTED" },
    });
    // A line of this region's admin about a record of another region: its title must not leak.
    await audit(tx, {
      actorId: admin.id,
      regionId: admin.regionId,
      action: "user.update",
      entityType: "User",
      entityId: otherUserId,
      before: { name: "x" },
      after: { name: "y" },
    });
    await audit(tx, {
      actorId: otherAdmin.id,
      regionId: otherAdmin.regionId,
      action: "opd.create",
      entityType: "Opd",
      entityId: "opd-seberang",
      after: { name: "Dinas Rahasia Seberang" },
    });
  });
  await db.auditLog.updateMany({ data: { createdAt: AT } });
});

afterAll(async () => {
  await db?.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  vi.unstubAllEnvs();
});

describe("the audit page's list", () => {
  it("names the record instead of its id, and keeps another region's lines and titles out", async () => {
    const list = await listAudit(db, admin, {}, 1);
    expect(list.total).toBe(3);
    const update = list.rows.find((r) => r.entityId === operatorId)!;
    expect(update.title).toBe(`${operatorName} (operator.dinkes@inovasi.test)`);
    expect(list.rows.find((r) => r.entityType === "Innovation")!.title).toBe(innovation.title);
    expect(list.rows.find((r) => r.entityId === otherUserId)!.title).toBeNull();
    expect(JSON.stringify(list.rows)).not.toContain("Seberang");
    const theirs = await listAudit(db, otherAdmin, {}, 1);
    expect(theirs.rows.map((r) => r.action)).toEqual(["opd.create"]);
  });

  it("shows a system line in the log of the region it names, and one of no region in nobody's", async () => {
    const lines = await db.$transaction(async (tx) => {
      await audit(tx, {
        actorId: null,
        regionId: admin.regionId,
        action: "feedback.submit",
        entityType: "Innovation",
        entityId: innovation.id,
      });
      await audit(tx, {
        actorId: null,
        regionId: null,
        action: "system.orphan",
        entityType: "X",
        entityId: "x",
      });
      return tx.auditLog.findMany({ where: { actorId: null }, select: { id: true, action: true } });
    });
    try {
      const ours = await listAudit(db, admin, {}, 1);
      expect(ours.rows.filter((r) => r.actor === null).map((r) => r.action)).toEqual(["feedback.submit"]);
      const theirs = await listAudit(db, otherAdmin, {}, 1);
      expect(theirs.rows.filter((r) => r.actor === null)).toEqual([]);
      expect(lines.map((l) => l.action).sort()).toEqual(["feedback.submit", "system.orphan"]);
    } finally {
      await db.auditLog.deleteMany({ where: { id: { in: lines.map((l) => l.id) } } });
    }
  });

  it("filters by action, record type, actor (name or e-mail) and local dates", async () => {
    const by = async (f: Parameters<typeof listAudit>[2]) =>
      (await listAudit(db, admin, f, 1)).rows.map((r) => r.action).sort();
    expect(await by({ action: "innovation.submit" })).toEqual(["innovation.submit"]);
    expect(await by({ action: "user." })).toEqual(["user.update", "user.update"]);
    expect(await by({ action: "user" })).toEqual([]);
    expect(await by({ entityType: "User" })).toEqual(["user.update", "user.update"]);
    expect(await by({ actor: "OPERATOR.DINKES" })).toEqual(["innovation.submit"]);
    expect(await by({ actor: admin.name.slice(0, 6) })).toEqual(["user.update", "user.update"]);
    expect(
      await by({ from: new Date("2026-12-06T00:00:00+07:00"), to: new Date("2026-12-07T00:00:00+07:00") }),
    ).toHaveLength(3);
    expect(await by({ from: new Date("2026-12-07T00:00:00+07:00") })).toEqual([]);
  });
});

describe("the exports", () => {
  it("CSV: words, titles, field → before → after, the region's date format; the export itself is audited", async () => {
    const rows = await csvRows(
      await exportAudit(admin, new URLSearchParams({ format: "csv", entityType: "User" }), "id", {
        ip: "10.1.1.1",
        requestId: "req-1",
      }),
    );
    expect(rows[0]).toEqual([
      "Waktu",
      "Pelaku",
      "Tindakan",
      "Jenis data",
      "Data",
      "ID data",
      "Perubahan",
      "Alamat IP",
      "ID permintaan",
    ]);
    expect(rows).toHaveLength(3);
    const line = rows.find((r) => r[5] === operatorId)!;
    expect(line[0]).toBe("6 Des 2026 14.05 WIB");
    expect(line[1]).toBe(`${admin.name} (${admin.email})`);
    expect(line[2]).toBe("Data akun diubah");
    expect(line[3]).toBe("Akun");
    expect(line[4]).toBe(`${operatorName} (operator.dinkes@inovasi.test)`);
    expect(line[6]).toBe(`Nama: Operator Lama → ${operatorName}\nPeran: Operator OPD → Kepala OPD`);
    expect(line[7]).toBe("10.0.0.7");
    expect(rows.find((r) => r[5] === otherUserId)![4]).toBe(`(tidak ada lagi: ${otherUserId})`);

    const logged = await db.auditLog.findFirstOrThrow({ where: { action: "audit.export" } });
    expect(logged).toMatchObject({
      actorId: admin.id,
      entityType: "Region",
      entityId: admin.regionId,
      ip: "10.1.1.1",
      requestId: "req-1",
      after: { format: "csv", filters: { entityType: "User" }, rows: 2 },
    });
    // …and appears in the log in words.
    const list = await listAudit(db, admin, { action: "audit.export" }, 1);
    expect(list.rows[0]!.title).toBe("Kabupaten Lestari Jaya");
  });

  it("XLSX: the same lines, parsed back, in English for an English-speaking admin", async () => {
    const res = await exportAudit(
      admin,
      new URLSearchParams({ format: "xlsx", action: "innovation.submit" }),
      "en",
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Audit log")!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => String(v ?? ""));
    expect(values(1).slice(0, 5)).toEqual(["Time", "Actor", "Action", "Record type", "Record"]);
    expect(sheet.rowCount).toBe(2);
    expect(values(2).slice(0, 5)).toEqual([
      "6 Dec 2026 14:05 WIB",
      expect.stringContaining("operator.dinkes@inovasi.test"),
      "Innovation submitted",
      "Innovation",
      innovation.title,
    ]);
    expect(values(2)[6]).toBe("Status: — → Submitted");
  });

  it("is refused to anyone but an admin, and another region's admin exports only its own lines", async () => {
    const params = new URLSearchParams({ format: "csv" });
    expect((await exportAudit(null, params, "id")).status).toBe(401);
    for (const email of [
      "operator.dinkes@inovasi.test",
      "kepala.dinkes@inovasi.test",
      "penilai@inovasi.test",
    ])
      expect((await exportAudit(await actor(email), params, "id")).status).toBe(403);
    expect((await exportAudit(admin, new URLSearchParams({ format: "pdf" }), "id")).status).toBe(400);
    const theirs = await csvRows(await exportAudit(otherAdmin, params, "id"));
    expect(theirs.slice(1).map((r) => r[2])).toEqual(["OPD dibuat"]);
    expect(theirs.slice(1).map((r) => r[0])).toEqual(["6 Des 2026 15.05 WITA"]);
    expect(JSON.stringify(theirs)).not.toContain("Lestari");
    expect(JSON.stringify(theirs)).not.toContain(operatorId);
  });
});
