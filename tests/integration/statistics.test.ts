import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { getPortalRegionProfile } from "@/lib/region/queries/profile";
import { getStatistics } from "@/lib/statistics/queries";
import {
  chartSpec,
  statisticsCsv,
  statisticsTables,
  type Statistics,
  type Translate,
} from "@/lib/statistics/rules/tables";
import innovationForm from "@/messages/id/innovationForm.json";
import statistics from "@/messages/id/statistics.json";
import type { JenisInovasi, Tahapan } from "@/lib/generated/prisma/enums";
import { createDatabase, dropDatabase } from "./db";

// A small region whose figures are counted by hand below, next to a second region whose
// innovations must never leak into the first one's statistics. Its own database: the portal's
// region is the first one created, and a publication (immutable) cannot be cleaned up.
let db: Db;
let dbName: string;
let regionId: string;
let stats: Statistics;
const suffix = Math.random().toString(36).slice(2, 8);

type Inn = {
  opd: string;
  year: number;
  urusan: string;
  jenis: JenisInovasi;
  tahapan: Tahapan;
  sdgs: number[];
  status: "DRAFT" | "SUBMITTED" | "APPROVED";
  isPublic: boolean;
};

beforeAll(async () => {
  const created = await createDatabase("inovasi_stat");
  dbName = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 2);
  // Older than any other region, so it is the portal's region.
  const region = await db.region.create({
    data: {
      code: `STAT-${suffix}`,
      name: "Kabupaten Uji Statistik",
      kind: "KABUPATEN",
      createdAt: new Date("1990-01-01T00:00:00Z"),
    },
  });
  const other = await db.region.create({ data: { code: `LAIN-${suffix}`, name: "Kota Lain", kind: "KOTA" } });
  regionId = region.id;
  const mkOpd = (rid: string, shortName: string, name: string, active = true) =>
    db.opd.create({ data: { regionId: rid, shortName, name, kind: "DINAS", active } });
  const opd = {
    dinkes: await mkOpd(regionId, "DINKES", "Dinas Kesehatan"),
    disdik: await mkOpd(regionId, "DISDIK", "Dinas Pendidikan"),
    bappeda: await mkOpd(regionId, "BAPPEDA", "Badan Perencanaan"),
    lama: await mkOpd(regionId, "LAMA", "Dinas Lama (dibubarkan)", false),
    lain: await mkOpd(other.id, "DINKES", "Dinas Kesehatan Kota Lain"),
  };
  const user = await db.user.create({
    data: { regionId, name: "Operator Uji", email: `stat-${suffix}@inovasi.test`, role: "ADMIN" },
  });
  const otherUser = await db.user.create({
    data: { regionId: other.id, name: "Lain", email: `stat-lain-${suffix}@inovasi.test`, role: "ADMIN" },
  });

  const mk = async (rid: string, by: string, i: Inn) => {
    const row = await db.innovation.create({
      data: {
        regionId: rid,
        opdId: i.opd,
        year: i.year,
        title: `Inovasi ${i.urusan} ${i.year}`,
        urusan: i.urusan,
        jenis: i.jenis,
        tahapan: i.tahapan,
        sdgs: i.sdgs,
        status: i.status,
        isPublic: i.isPublic,
        // Approved in the innovation's own year: compliance counts the year of approval.
        approvedAt: i.status === "APPROVED" ? new Date(Date.UTC(i.year, 5, 1)) : null,
        createdById: by,
        updatedById: by,
      },
    });
    const version = await db.innovationVersion.create({
      data: { innovationId: row.id, versionNo: 1, snapshot: {}, status: i.status, createdById: by },
    });
    return { id: row.id, versionId: version.id };
  };
  const base = { status: "APPROVED", isPublic: true } as const;
  const inn = {
    // public
    a: await mk(regionId, user.id, {
      ...base,
      opd: opd.dinkes.id,
      year: 2024,
      urusan: "Kesehatan",
      jenis: "DIGITAL",
      tahapan: "PENERAPAN",
      sdgs: [3, 10],
    }),
    b: await mk(regionId, user.id, {
      ...base,
      opd: opd.dinkes.id,
      year: 2024,
      urusan: "Kesehatan",
      jenis: "NON_DIGITAL",
      tahapan: "UJI_COBA",
      sdgs: [3],
    }),
    c: await mk(regionId, user.id, {
      ...base,
      opd: opd.disdik.id,
      year: 2025,
      urusan: "Pendidikan",
      jenis: "DIGITAL",
      tahapan: "INISIATIF",
      sdgs: [4],
    }),
    d: await mk(regionId, user.id, {
      ...base,
      opd: opd.disdik.id,
      year: 2022,
      urusan: "Pendidikan",
      jenis: "DIGITAL",
      tahapan: "PENERAPAN",
      sdgs: [4, 3],
    }),
    // public, from an OPD since dissolved: still public, but outside today's compliance
    e: await mk(regionId, user.id, {
      ...base,
      opd: opd.lama.id,
      year: 2024,
      urusan: "Pekerjaan Umum",
      jenis: "NON_DIGITAL",
      tahapan: "PENERAPAN",
      sdgs: [6],
    }),
    // never counted in the charts
    draft: await mk(regionId, user.id, {
      opd: opd.dinkes.id,
      year: 2025,
      urusan: "Sosial",
      jenis: "DIGITAL",
      tahapan: "INISIATIF",
      sdgs: [1],
      status: "DRAFT",
      isPublic: true,
    }),
    submitted: await mk(regionId, user.id, {
      opd: opd.bappeda.id,
      year: 2025,
      urusan: "Sosial",
      jenis: "DIGITAL",
      tahapan: "INISIATIF",
      sdgs: [1],
      status: "SUBMITTED",
      isPublic: false,
    }),
    // approved but not public: counts towards compliance only
    hidden: await mk(regionId, user.id, {
      opd: opd.bappeda.id,
      year: 2024,
      urusan: "Perencanaan",
      jenis: "DIGITAL",
      tahapan: "PENERAPAN",
      sdgs: [5],
      status: "APPROVED",
      isPublic: false,
    }),
  };
  await mk(other.id, otherUser.id, {
    ...base,
    opd: opd.lain.id,
    year: 2024,
    urusan: "Kesehatan",
    jenis: "DIGITAL",
    tahapan: "PENERAPAN",
    sdgs: [3, 7],
  });

  const competition = async (
    rid: string,
    name: string,
    year: number,
    status: "DRAFT" | "ACTIVE",
    entries: [keyof typeof inn, string][],
    published = false,
  ) => {
    const c = await db.competition.create({
      data: { regionId: rid, name, year, status, passingGrade: 70, shortlistSize: 5 },
    });
    const cat = await db.competitionCategory.create({
      data: { competitionId: c.id, code: "UMUM", name: "Umum" },
    });
    for (const [key, s] of entries) {
      await db.entry.create({
        data: {
          competitionId: c.id,
          innovationId: inn[key].id,
          versionId: inn[key].versionId,
          categoryId: cat.id,
          status: s as never,
          registeredById: user.id,
        },
      });
    }
    if (published) {
      await db.publication.create({
        data: {
          competitionId: c.id,
          number: 1,
          content: {},
          contentHash: "0".repeat(64),
          publishedById: user.id,
        },
      });
    }
  };
  await competition(
    regionId,
    "Lomba Inovasi A",
    2024,
    "ACTIVE",
    [
      ["a", "WINNER"],
      ["b", "SCREENED_FAIL"],
      ["d", "REGISTERED"],
      ["e", "RETURNED"],
    ],
    true,
  );
  // Winner already marked, but no results published yet: no winners shown.
  await competition(regionId, "Lomba Inovasi B", 2025, "ACTIVE", [
    ["c", "WINNER"],
    ["a", "SHORTLISTED"],
    ["b", "DISQUALIFIED"],
  ]);
  await competition(regionId, "Lomba Konsep", 2025, "DRAFT", [["c", "REGISTERED"]]);

  stats = await getStatistics(db, regionId);
});

afterAll(async () => {
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
});

describe("public statistics of a region", () => {
  it("the portal's region is the first one created", async () => {
    expect(await getPortalRegionProfile(db)).toMatchObject({ id: regionId, name: "Kabupaten Uji Statistik" });
  });

  it("counts only approved public innovations of the region, per year, urusan, OPD, jenis and tahapan", () => {
    expect(stats.total).toBe(5);
    expect(stats.perYear).toEqual([
      { year: 2022, count: 1 },
      { year: 2024, count: 3 },
      { year: 2025, count: 1 },
    ]);
    expect(stats.perUrusan).toEqual([
      { urusan: "Kesehatan", count: 2 },
      { urusan: "Pendidikan", count: 2 },
      { urusan: "Pekerjaan Umum", count: 1 },
    ]);
    expect(stats.perOpd).toEqual([
      { shortName: "DINKES", name: "Dinas Kesehatan", count: 2 },
      { shortName: "DISDIK", name: "Dinas Pendidikan", count: 2 },
      { shortName: "LAMA", name: "Dinas Lama (dibubarkan)", count: 1 },
    ]);
    expect(stats.perJenis).toEqual([
      { jenis: "DIGITAL", count: 3 },
      { jenis: "NON_DIGITAL", count: 2 },
    ]);
    expect(stats.perTahapan).toEqual([
      { tahapan: "INISIATIF", count: 1 },
      { tahapan: "UJI_COBA", count: 1 },
      { tahapan: "PENERAPAN", count: 3 },
    ]);
  });

  it("counts every SDG an innovation names, all 17 goals listed, drafts and hidden ones left out", () => {
    expect(stats.perSdg).toHaveLength(17);
    const nonZero = Object.fromEntries(stats.perSdg.filter((s) => s.count > 0).map((s) => [s.sdg, s.count]));
    // 1 (draft, submitted), 5 (not public) and 7 (other region) are absent.
    expect(nonZero).toEqual({ 3: 3, 4: 2, 6: 1, 10: 1 });
  });

  it("compliance: share of today's active OPDs with an approved innovation of the year, gaps as 0 %", () => {
    expect(stats.compliance).toEqual([
      { year: 2022, met: 1, total: 3, rate: 1 / 3 },
      { year: 2023, met: 0, total: 3, rate: 0 },
      // DINKES (public) and BAPPEDA (approved, not public); the dissolved OPD does not count.
      { year: 2024, met: 2, total: 3, rate: 2 / 3 },
      { year: 2025, met: 1, total: 3, rate: 1 / 3 },
    ]);
  });

  it("competitions: screened entries are participants, winners only once results are published, drafts left out", () => {
    expect(stats.competitions).toEqual([
      { name: "Lomba Inovasi A", year: 2024, participants: 2, winners: 1, published: true },
      { name: "Lomba Inovasi B", year: 2025, participants: 3, winners: 0, published: false },
    ]);
  });

  it("another region's statistics hold only its own innovation", async () => {
    const other = await db.region.findFirstOrThrow({ where: { code: `LAIN-${suffix}` } });
    const s = await getStatistics(db, other.id);
    expect(s.total).toBe(1);
    expect(s.perOpd).toEqual([{ shortName: "DINKES", name: "Dinas Kesehatan Kota Lain", count: 1 }]);
    expect(s.competitions).toEqual([]);
  });

  it("an empty region has empty series (the page shows empty states)", async () => {
    const empty = await db.region.create({
      data: { code: `KOSONG-${suffix}`, name: "Kosong", kind: "KOTA" },
    });
    const s = await getStatistics(db, empty.id);
    expect(s.total).toBe(0);
    const tables = statisticsTables(s, translator());
    expect(tables.every((t) => t.rows.length === 0)).toBe(true);
  });
});

function translator(): Translate {
  const t = createTranslator({ locale: "id", messages: { statistics, innovationForm } });
  return t as unknown as Translate;
}

describe("the tables, charts and CSV of each chart", () => {
  it("the CSV has a BOM, the Indonesian header row and the table's rows; the filename names chart and date", () => {
    const tables = statisticsTables(stats, translator());
    const now = new Date("2026-03-04T20:00:00Z"); // already 5 March in WIB
    const urusan = statisticsCsv(tables, "urusan", now);
    expect(urusan.filename).toBe("statistik-urusan-2026-03-05.csv");
    // 16:30 UTC is still 4 March in WIB, already 5 March in WITA: the region's zone names the day.
    const evening = new Date("2026-03-04T16:30:00Z");
    expect(statisticsCsv(tables, "urusan", evening, "WIB").filename).toBe("statistik-urusan-2026-03-04.csv");
    expect(statisticsCsv(tables, "urusan", evening, "WITA").filename).toBe("statistik-urusan-2026-03-05.csv");
    expect(urusan.body).toBe(
      "\uFEFFUrusan pemerintahan,Jumlah inovasi\r\nKesehatan,2\r\nPendidikan,2\r\nPekerjaan Umum,1\r\n",
    );

    const jenis = statisticsCsv(tables, "jenis", now).body.split("\r\n");
    expect(jenis.slice(0, 3)).toEqual(["\uFEFFJenis inovasi,Jumlah inovasi", "Digital,3", "Non-digital,2"]);

    const sdg = statisticsCsv(tables, "sdg", now).body.split("\r\n");
    expect(sdg[0]).toBe("\uFEFFTujuan SDG,Nama tujuan,Jumlah inovasi");
    expect(sdg[3]).toBe("3,Kehidupan Sehat dan Sejahtera,3");
    expect(sdg).toHaveLength(1 + 17 + 1);

    expect(statisticsCsv(tables, "kepatuhan", now).body.split("\r\n").slice(0, 4)).toEqual([
      "\uFEFFTahun,OPD memenuhi,OPD aktif,Tingkat kepatuhan (%)",
      "2022,1,3,33.3",
      "2023,0,3,0",
      "2024,2,3,66.7",
    ]);
    expect(statisticsCsv(tables, "kompetisi", now).body.split("\r\n").slice(0, 3)).toEqual([
      "\uFEFFKompetisi,Tahun,Peserta,Pemenang",
      "Lomba Inovasi A,2024,2,1",
      "Lomba Inovasi B,2025,3,Belum diumumkan",
    ]);
  });

  it("the chart draws the table's figures (unpublished winners as 0)", () => {
    const tables = statisticsTables(stats, translator());
    const kompetisi = chartSpec(tables.find((t) => t.id === "kompetisi")!);
    expect(kompetisi.series.map((s) => s.name)).toEqual(["Peserta", "Pemenang"]);
    expect(kompetisi.data).toEqual([
      { label: "Lomba Inovasi A 2024", s0: 2, s1: 1 },
      { label: "Lomba Inovasi B 2025", s0: 3, s1: 0 },
    ]);
    const kepatuhan = chartSpec(tables.find((t) => t.id === "kepatuhan")!);
    expect(kepatuhan.percent).toBe(true);
    expect(kepatuhan.data.map((d) => d.s0)).toEqual([33.3, 0, 66.7, 33.3]);
  });
});
