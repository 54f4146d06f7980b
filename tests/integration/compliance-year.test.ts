// Satu OPD Satu Inovasi by the year of approval, on a database of its own (a published result can never be
// deleted, so the winner fixture cannot live in the shared one). Every row is built by hand and the expected
// table is worked out by hand; the region keeps WITA (UTC+8), so the year turns at 16:00 UTC on 31 December.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { InnovationStatus } from "@/lib/generated/prisma/client";
import { homePage } from "@/lib/home/queries";
import type { Caller } from "@/lib/access/scopes";
import { complianceReport } from "@/lib/innovations/queries";
import { getStatistics } from "@/lib/statistics/queries";
import { createDatabase, dropDatabase } from "./db";

let db: Db;
let dbName = "";
let regionId = "";
let otherRegionId = "";
const opd: Record<string, string> = {};
let userId = "";

type Approval = { decidedAt: Date | null; status?: InnovationStatus };

async function innovation(
  opdKey: string,
  o: {
    status: InnovationStatus;
    approvedAt?: Date | null;
    implementedDate?: Date;
    versions?: Approval[];
    region?: string;
  },
) {
  return db.innovation.create({
    data: {
      regionId: o.region ?? regionId,
      opdId: opd[opdKey]!,
      // The year field says nothing about approval: every fixture claims a year that would mislead.
      year: 2019,
      title: `Inovasi ${opdKey}`,
      status: o.status,
      approvedAt: o.approvedAt ?? null,
      implementedDate: o.implementedDate ?? null,
      createdById: userId,
      updatedById: userId,
      versions: {
        create: (o.versions ?? []).map((v, i) => ({
          versionNo: i + 1,
          snapshot: {},
          status: v.status ?? "APPROVED",
          createdById: userId,
          decidedById: v.decidedAt ? userId : null,
          decidedAt: v.decidedAt,
        })),
      },
    },
    include: { versions: true },
  });
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_kepatuhan");
  dbName = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 2);
  // The WIB region first, so that a report reading any region's zone but the caller's would get WIB.
  otherRegionId = (await db.region.create({ data: { code: "99.82", name: "Kota Lain", kind: "KOTA" } })).id;
  regionId = (
    await db.region.create({
      data: { code: "99.81", name: "Kota Kepatuhan", kind: "KOTA", timeZone: "WITA" },
    })
  ).id;
  for (const key of ["DESLALU", "JANAWAL", "JUARA", "DRAF", "ULANG", "LAMA", "TUTUP"]) {
    opd[key] = (
      await db.opd.create({ data: { regionId, name: `Dinas ${key}`, shortName: key, kind: "DINAS" } })
    ).id;
  }
  await db.opd.update({ where: { id: opd.TUTUP! }, data: { active: false } });
  opd.LUAR = (
    await db.opd.create({
      data: { regionId: otherRegionId, name: "Dinas Luar", shortName: "LUAR", kind: "DINAS" },
    })
  ).id;
  userId = (
    await db.user.create({
      data: { regionId, role: "ADMIN", name: "Sekretariat", email: "admin@kepatuhan.test" },
    })
  ).id;

  // 23:00 WITA on 31 December 2024: still 2024.
  const lateDec = new Date("2024-12-31T15:00:00Z");
  await innovation("DESLALU", {
    status: "APPROVED",
    approvedAt: lateDec,
    versions: [{ decidedAt: lateDec }],
  });
  // 00:30 WITA on 1 January 2025, although UTC still says 31 December 2024.
  const earlyJan = new Date("2024-12-31T16:30:00Z");
  await innovation("JANAWAL", {
    status: "APPROVED",
    approvedAt: earlyJan,
    versions: [{ decidedAt: earlyJan }],
  });
  // Approved back in 2023, but won the 2025 competition whose results are published.
  const old = new Date("2023-05-02T03:00:00Z");
  const winner = await innovation("JUARA", {
    status: "APPROVED",
    approvedAt: old,
    versions: [{ decidedAt: old }],
  });
  // A draft written and submitted in 2025 but never approved; also a returned one.
  await innovation("DRAF", { status: "DRAFT" });
  await innovation("DRAF", {
    status: "RETURNED",
    versions: [{ decidedAt: new Date("2025-04-01T02:00:00Z"), status: "RETURNED" }],
  });
  // First approved in March 2025, re-approved in February 2026: the history keeps 2025.
  await innovation("ULANG", {
    status: "APPROVED",
    approvedAt: new Date("2026-02-10T02:00:00Z"),
    versions: [
      { decidedAt: new Date("2025-03-03T02:00:00Z") },
      { decidedAt: new Date("2026-02-10T02:00:00Z") },
    ],
  });
  // Older than the workflow: approved without any approval time, implemented in June 2025.
  await innovation("LAMA", { status: "APPROVED", implementedDate: new Date(Date.UTC(2025, 5, 1)) });
  // An inactive OPD and another region's OPD never appear.
  await innovation("TUTUP", {
    status: "APPROVED",
    approvedAt: earlyJan,
    versions: [{ decidedAt: earlyJan }],
  });
  await innovation("LUAR", {
    region: otherRegionId,
    status: "APPROVED",
    approvedAt: earlyJan,
    versions: [{ decidedAt: earlyJan }],
  });

  const competition = async (year: number, published: boolean) => {
    const c = await db.competition.create({
      data: {
        regionId,
        name: `Kompetisi ${year} ${published ? "terbit" : "belum"}`,
        year,
        status: "ACTIVE",
        passingGrade: 60,
        shortlistSize: 3,
        categories: { create: [{ code: "A", name: "Umum" }] },
      },
      include: { categories: true },
    });
    await db.entry.create({
      data: {
        competitionId: c.id,
        innovationId: winner.id,
        categoryId: c.categories[0]!.id,
        versionId: winner.versions[0]!.id,
        status: "WINNER",
        registeredById: userId,
      },
    });
    if (published)
      await db.publication.create({
        data: {
          competitionId: c.id,
          number: 1,
          content: {},
          contentHash: "0".repeat(64),
          publishedById: userId,
        },
      });
  };
  await competition(2025, true);
  // A winner of 2024 whose results were never published does not make JUARA compliant for 2024.
  await competition(2024, false);
});

afterAll(async () => {
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
});

/** The region's secretariat, as the compliance report's caller. */
const secretariat = () => ({ id: "secretariat", role: "ADMIN" as const, regionId, opdId: null });

const table = async (year: number, opdId?: string, caller: Caller = secretariat()) =>
  (await complianceReport(db, caller, year, opdId)).rows.map((r) => ({
    opd: r.shortName,
    draft: r.draft,
    submitted: r.submitted,
    approved: r.approved,
    winner: r.winner,
    met: r.met,
  }));

describe("Satu OPD Satu Inovasi by the year of approval", () => {
  it("counts approvals in the region's own year, winners of the published competition, not drafts", async () => {
    expect(await table(2025)).toEqual([
      { opd: "DESLALU", draft: 0, submitted: 0, approved: 0, winner: false, met: false },
      { opd: "DRAF", draft: 2, submitted: 0, approved: 0, winner: false, met: false },
      { opd: "JANAWAL", draft: 0, submitted: 0, approved: 1, winner: false, met: true },
      { opd: "JUARA", draft: 0, submitted: 0, approved: 0, winner: true, met: true },
      { opd: "LAMA", draft: 0, submitted: 0, approved: 1, winner: false, met: true },
      { opd: "ULANG", draft: 0, submitted: 0, approved: 1, winner: false, met: true },
    ]);
    const report = await complianceReport(db, secretariat(), 2025);
    expect([report.metCount, report.total, report.rate]).toEqual([4, 6, 4 / 6]);
    // The home page's figure of that year is the same rate, by the statistics' own query.
    const home = await homePage(db, { id: regionId, timeZone: "WITA" }, new Date("2025-07-01T00:00:00Z"));
    expect(home.figures.complianceRate).toBe(4 / 6);
  });

  it("puts the late-December approval in the year before, and the re-approval in its own year", async () => {
    const met = async (year: number) => (await table(year)).filter((r) => r.met).map((r) => r.opd);
    expect(await met(2024)).toEqual(["DESLALU"]);
    expect(await met(2026)).toEqual(["ULANG"]);
    expect(await met(2023)).toEqual(["JUARA"]);
  });

  it("reports one OPD alone for its own dashboard", async () => {
    expect(await table(2025, opd.JUARA)).toEqual([
      { opd: "JUARA", draft: 0, submitted: 0, approved: 0, winner: true, met: true },
    ]);
    // Another region's OPD named through the first region's report is not there.
    expect(await table(2025, opd.LUAR)).toEqual([]);
  });

  it("shows another OPD's staff every OPD, but counts none of another OPD's innovations, approvals or wins", async () => {
    const operator: Caller = { id: "operator-draf", role: "OPD_OPERATOR", regionId, opdId: opd.DRAF! };
    const rows = await table(2025, undefined, operator);
    expect(rows.map((r) => r.opd)).toEqual(["DESLALU", "DRAF", "JANAWAL", "JUARA", "LAMA", "ULANG"]);
    for (const r of rows.filter((r) => r.opd !== "DRAF"))
      expect(r, r.opd).toEqual({
        opd: r.opd,
        draft: 0,
        submitted: 0,
        approved: 0,
        winner: false,
        met: false,
      });
    expect(rows.find((r) => r.opd === "DRAF")).toMatchObject({ draft: 2 });
  });

  it("the public statistics chart counts the same OPDs per year", async () => {
    expect((await getStatistics(db, regionId)).compliance).toEqual([
      { year: 2023, met: 1, total: 6, rate: 1 / 6 },
      { year: 2024, met: 1, total: 6, rate: 1 / 6 },
      { year: 2025, met: 4, total: 6, rate: 4 / 6 },
      { year: 2026, met: 1, total: 6, rate: 1 / 6 },
    ]);
  });
});
