// Demo data for a province's Hub JIPP: the province (with its hub administrator, its own OPDs and evaluators), the
// demo kabupaten placed under it, and a second region under it, Kota Harapan Baru, with its own secretariat, OPDs,
// innovations and a competition whose results are published. The province runs its own competition, open for
// entry, into which Kota Harapan Baru has already sent its first winner (the entry's lineage names the winner's
// entry in the city's published result); the demo kabupaten can send its own once its results are published.
import type { Db } from "@/lib/db/client";
import { publish } from "@/lib/publication/service";
import { DESK_RUBRIC, HUB_USERS } from "./demo-data";
import { seedResultsCompetition, type DemoEntry } from "./demo-results";

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_PROVINCE = {
  code: "33",
  name: "Provinsi Jawa Tengah",
  kind: "PROVINSI",
  province: "Jawa Tengah",
  address: "Jl. Pahlawan No. 9, Semarang, Jawa Tengah 50241",
  website: "https://jatengprov.go.id",
  email: "biroorganisasi@jatengprov.go.id",
  secretariatUnit: "Biro Organisasi Sekretariat Daerah Provinsi Jawa Tengah",
  headName: "Drs. H. Suryo Wibowo, M.M.",
  headTitle: "Gubernur Jawa Tengah",
  secretaryName: "Dr. Ir. Lusiana Hapsari, M.T.",
  secretaryNip: "196905121994032004",
  secretaryTitle: "Sekretaris Daerah Provinsi Jawa Tengah",
} as const;

export const DEMO_CITY = {
  code: "3398",
  name: "Kota Harapan Baru",
  kind: "KOTA",
  province: "Jawa Tengah",
  address: "Jl. Merdeka No. 5, Harapan Baru, Jawa Tengah 59988",
  website: "https://harapanbarukota.go.id",
  email: "organisasi@harapanbarukota.go.id",
  secretariatUnit: "Bagian Organisasi Sekretariat Daerah Kota Harapan Baru",
  headName: "H. Anton Kurniawan, S.E.",
  headTitle: "Wali Kota Harapan Baru",
  secretaryName: "Drs. Wahyu Pamungkas, M.Si.",
  secretaryNip: "197201011998031005",
  secretaryTitle: "Sekretaris Daerah Kota Harapan Baru",
} as const;

export const PROVINCE_COMPETITION = (year: number) => `Kompetisi Inovasi Provinsi Jawa Tengah ${year}`;
export const CITY_COMPETITION = (year: number) => `Lomba Inovasi Kota Harapan Baru ${year}`;

const PROVINCE_OPDS = [
  { shortName: "BAPPEDA", name: "Badan Perencanaan Pembangunan Daerah Provinsi", kind: "BADAN" },
  { shortName: "DINKES", name: "Dinas Kesehatan Provinsi", kind: "DINAS" },
] as const;

const CITY_OPDS = [
  { shortName: "DINKES", name: "Dinas Kesehatan Kota", kind: "DINAS" },
  { shortName: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil Kota", kind: "DINAS" },
  { shortName: "DPMPTSP", name: "Dinas Penanaman Modal dan PTSP Kota", kind: "DINAS" },
  { shortName: "DISHUB", name: "Dinas Perhubungan Kota", kind: "DINAS" },
] as const;

/** Kota Harapan Baru's competition, already judged: its results are published when the demo is seeded. */
const CITY_ENTRIES: readonly DemoEntry[] = [
  [
    "DINKES",
    "Klinik Malam Kota Sehat",
    "Puskesmas kota buka sampai pukul 22.00 bagi pekerja yang tidak sempat berobat di siang hari.",
    "UMUM",
    0.9,
  ],
  [
    "DISDUKCAPIL",
    "KTP Digital Satu Jam",
    "Identitas Kependudukan Digital diaktifkan di kelurahan dalam satu kunjungan.",
    "UMUM",
    0.82,
  ],
  [
    "DPMPTSP",
    "Izin Bangunan Gedung Tanpa Tatap Muka",
    "Persetujuan bangunan gedung diproses daring dengan verifikasi lapangan terjadwal.",
    "UMUM",
    0.7,
  ],
  [
    "DINKES",
    "Pojok Gizi Kelurahan",
    "Konsultasi gizi balita di kantor kelurahan setiap Sabtu pagi.",
    "UMUM",
    0.35,
  ],
  [
    "DISHUB",
    "Bus Sekolah Terjadwal Daring",
    "Jadwal dan posisi bus sekolah dapat dipantau orang tua melalui aplikasi.",
    "REPLIKASI",
    0.76,
  ],
];

export async function seedHub(
  db: Db,
  kabupatenId: string,
  passwordHash: string,
  now: Date,
): Promise<{ provinceId: string; cityId: string }> {
  const year = now.getFullYear();
  const province = await db.region.upsert({
    where: { code: DEMO_PROVINCE.code },
    update: {},
    create: { ...DEMO_PROVINCE },
  });
  const city = await db.region.upsert({
    where: { code: DEMO_CITY.code },
    update: {},
    create: { ...DEMO_CITY, parentId: province.id },
  });
  // Only once: seeding again changes nothing (integration files seed in their set-up and compare every table after).
  await db.region.updateMany({ where: { id: kabupatenId, parentId: null }, data: { parentId: province.id } });

  const opdIds = { province: new Map<string, string>(), city: new Map<string, string>() };
  for (const [side, regionId, list] of [
    ["province", province.id, PROVINCE_OPDS],
    ["city", city.id, CITY_OPDS],
  ] as const) {
    for (const o of list) {
      const opd = await db.opd.upsert({
        where: { regionId_shortName: { regionId, shortName: o.shortName } },
        update: {},
        create: { ...o, regionId },
      });
      opdIds[side].set(o.shortName, opd.id);
    }
  }
  const userIds = new Map<string, string>();
  for (const [email, name, role, side, opd] of HUB_USERS) {
    const user = await db.user.upsert({
      where: { email },
      update: {},
      create: {
        email,
        name,
        role,
        regionId: side === "province" ? province.id : city.id,
        opdId: opd ? opdIds[side].get(opd) : null,
        passwordHash,
      },
    });
    userIds.set(email, user.id);
  }

  // The city's competition, judged a month ago; its results are published "now".
  const cityCompetitionId = await seedResultsCompetition(
    db,
    city.id,
    opdIds.city,
    userIds,
    new Date(now.getTime() - 30 * DAY),
    {
      name: CITY_COMPETITION(year),
      entries: CITY_ENTRIES,
      admin: "admin.kota@inovasi.test",
      evaluators: ["penilai.kota@inovasi.test", "penilai2.kota@inovasi.test", "penilai3.kota@inovasi.test"],
      staff: (kind, opd) =>
        opd === "DINKES" ? `${kind}.dinkes.kota@inovasi.test` : "admin.kota@inovasi.test",
    },
  );
  const adminKota = await db.user.findUniqueOrThrow({
    where: { email: "admin.kota@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  if ((await db.publication.count({ where: { competitionId: cityCompetitionId } })) === 0) {
    await publish(
      db,
      { user: adminKota, requestId: "seed", ip: null },
      { competitionId: cityCompetitionId, expectedNumber: 1 },
      now,
    );
  }

  const provinceCompetitionId = await seedProvinceCompetition(db, province.id, year, now);
  // Kota Harapan Baru sends its first winner on to the province.
  const winner = await db.entry.findFirst({
    where: { competitionId: cityCompetitionId, status: "WINNER" },
    orderBy: [{ registeredAt: "asc" }],
    select: { id: true, innovationId: true, versionId: true },
  });
  const umum = await db.competitionCategory.findFirstOrThrow({
    where: { competitionId: provinceCompetitionId, code: "UMUM" },
    select: { id: true },
  });
  if (winner) {
    await db.entry.upsert({
      where: {
        competitionId_innovationId: {
          competitionId: provinceCompetitionId,
          innovationId: winner.innovationId,
        },
      },
      update: {},
      create: {
        competitionId: provinceCompetitionId,
        innovationId: winner.innovationId,
        versionId: winner.versionId,
        categoryId: umum.id,
        sourceEntryId: winner.id,
        registeredById: adminKota.id,
        statusChanges: { create: { toStatus: "REGISTERED", actorId: adminKota.id } },
      },
    });
  }
  return { provinceId: province.id, cityId: city.id };
}

/** The province's own competition, open for the regions' winners until three weeks from now. */
async function seedProvinceCompetition(db: Db, regionId: string, year: number, now: Date): Promise<string> {
  const name = PROVINCE_COMPETITION(year);
  const existing = await db.competition.findUnique({
    where: { regionId_year_name: { regionId, year, name } },
  });
  if (existing) return existing.id;
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const competition = await db.competition.create({
    data: {
      regionId,
      name,
      year,
      status: "ACTIVE",
      passingGrade: 60,
      shortlistSize: 5,
      evaluatorsPerEntry: 2,
      tieBreakers: [{ kind: "SUBMITTED_AT" }],
    },
  });
  const stages = [
    ["REGISTRATION", -5, 21, 0],
    ["SCREENING", 22, 28, 0],
    ["DESK", 29, 45, 100],
    ["OBJECTION", 46, 52, 0],
    ["ANNOUNCEMENT", 53, 60, 0],
  ] as const;
  for (const [kind, from, to, weight] of stages) {
    const stage = await db.competitionStage.create({
      data: { competitionId: competition.id, kind, startsAt: at(from), endsAt: at(to), weight },
    });
    if (kind !== "DESK") continue;
    for (const [position, c] of DESK_RUBRIC.entries()) {
      await db.criterion.create({
        data: { ...c, stageId: stage.id, scaleMin: 1, scaleMax: 10, required: true, position },
      });
    }
  }
  await db.competitionCategory.createMany({
    data: [
      {
        competitionId: competition.id,
        code: "UMUM",
        name: "Umum",
        quota: 3,
        awardLabels: ["Juara 1", "Juara 2", "Juara 3"],
      },
      {
        competitionId: competition.id,
        code: "REPLIKASI",
        name: "Replikasi",
        quota: 1,
        awardLabels: ["Terbaik Replikasi"],
      },
    ],
  });
  return competition.id;
}
