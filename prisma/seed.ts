// Idempotent demo seed: running it twice leaves the same data (upserts on natural keys).
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDraft } from "@/lib/innovations/rules/mapping";
import { hashPassword } from "@/lib/auth/password";
import {
  DEMO_OPDS,
  DEMO_PASSWORD,
  DEMO_REGION,
  DEMO_USERS,
  DESK_RUBRIC,
  IID_INDICATORS,
  PRESENTATION_RUBRIC,
} from "./demo-data";
import { seedResultsCompetition } from "./demo-results";
import { seedCatalogue } from "./demo-catalog";
import { seedHub } from "./demo-hub";

const DAY = 24 * 60 * 60 * 1000;

export async function seed(db: Db, now = new Date()) {
  const region = await db.region.upsert({
    where: { code: DEMO_REGION.code },
    update: {},
    create: { ...DEMO_REGION },
  });

  const opdIds = new Map<string, string>();
  for (const o of DEMO_OPDS) {
    const opd = await db.opd.upsert({
      where: { regionId_shortName: { regionId: region.id, shortName: o.shortName } },
      update: {},
      create: { ...o, regionId: region.id },
    });
    opdIds.set(o.shortName, opd.id);
  }

  // The cost every password gets: a demo account must answer a login as slowly as an unknown one.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        nip: u.nip,
        regionId: region.id,
        opdId: u.opd ? opdIds.get(u.opd) : null,
        passwordHash,
      },
    });
    userIds.set(u.email, user.id);
  }

  const year = now.getFullYear();
  for (const [number, name, weight, level1, level2, level3, mandatory] of IID_INDICATORS) {
    await db.iidIndicator.upsert({
      where: { year_number: { year, number } },
      update: {},
      create: { year, number, name, weight, level1, level2, level3, mandatory },
    });
  }

  await seedInnovations(db, region.id, opdIds, userIds, year);
  await seedCompetition(db, region.id, year, now);
  await seedResultsCompetition(db, region.id, opdIds, userIds, now);
  await seedCatalogue(db, region.id, opdIds, userIds.get("admin@inovasi.test")!, year);
  const hub = await seedHub(db, region.id, passwordHash, now);
  return { regionId: region.id, ...hub };
}

async function seedInnovations(
  db: Db,
  regionId: string,
  opdIds: Map<string, string>,
  userIds: Map<string, string>,
  year: number,
) {
  const operator = userIds.get("operator.dinkes@inovasi.test")!;
  const head = userIds.get("kepala.dinkes@inovasi.test")!;
  const capilOperator = userIds.get("operator.disdukcapil@inovasi.test")!;
  const demo = [
    {
      opd: "DINKES",
      by: operator,
      approvedBy: head,
      title: "SIGAP Bumil: Sistem Informasi Gawat Darurat Ibu Hamil",
      summary:
        "Layanan pemantauan ibu hamil berisiko tinggi melalui pesan singkat dan kunjungan kader, sehingga rujukan ke puskesmas dan RSUD lebih cepat.",
      urusan: "Kesehatan",
      bentuk: "PELAYANAN_PUBLIK",
      jenis: "DIGITAL",
      tahapan: "PENERAPAN",
      sdgs: [3, 5],
      status: "APPROVED",
      isPublic: true,
      beneficiariesCount: 1250,
    },
    {
      opd: "DINKES",
      by: operator,
      approvedBy: null,
      title: "Posyandu Remaja Sehat Jiwa",
      summary: "Pendampingan kesehatan jiwa remaja di posyandu oleh kader terlatih.",
      urusan: "Kesehatan",
      bentuk: "PELAYANAN_PUBLIK",
      jenis: "NON_DIGITAL",
      tahapan: "UJI_COBA",
      sdgs: [3],
      status: "DRAFT",
      isPublic: false,
      beneficiariesCount: 180,
    },
    {
      opd: "DISDUKCAPIL",
      by: capilOperator,
      approvedBy: userIds.get("kepala.disdukcapil@inovasi.test")!,
      title: "Dukcapil Jemput Bola Desa (JEBOL)",
      summary:
        "Perekaman KTP elektronik dan penerbitan akta langsung di balai desa bagi warga lansia dan disabilitas.",
      urusan: "Administrasi Kependudukan dan Pencatatan Sipil",
      bentuk: "PELAYANAN_PUBLIK",
      jenis: "NON_DIGITAL",
      tahapan: "PENERAPAN",
      sdgs: [10, 16],
      status: "APPROVED",
      isPublic: true,
      beneficiariesCount: 4300,
    },
  ] as const;

  for (const d of demo) {
    const opdId = opdIds.get(d.opd)!;
    const existing = await db.innovation.findFirst({
      where: { opdId, title: d.title },
      select: { id: true },
    });
    if (existing) continue;
    const approved = d.status === "APPROVED";
    const innovation = await db.innovation.create({
      data: {
        regionId,
        opdId,
        year,
        title: d.title,
        summary: d.summary,
        problem: "Data menunjukkan layanan sebelumnya lambat dan sulit dijangkau warga.",
        urusan: d.urusan,
        bentuk: d.bentuk,
        jenis: d.jenis,
        tahapan: d.tahapan,
        inisiator: "PERANGKAT_DAERAH",
        trialStartDate: new Date(Date.UTC(year - 2, 0, 15)),
        implementedDate: d.tahapan === "PENERAPAN" ? new Date(Date.UTC(year - 1, 2, 1)) : null,
        sdgs: [...d.sdgs],
        beneficiariesCount: d.beneficiariesCount,
        status: d.status,
        isPublic: d.isPublic,
        createdById: d.by,
        updatedById: d.by,
        submittedAt: approved ? new Date() : null,
        approvedAt: approved ? new Date() : null,
      },
    });
    if (approved && d.approvedBy) {
      await db.innovationVersion.create({
        data: {
          innovationId: innovation.id,
          versionNo: 1,
          snapshot: toDraft(innovation) as Prisma.InputJsonValue,
          status: "APPROVED",
          createdById: d.by,
          decidedById: d.approvedBy,
          decidedAt: new Date(),
        },
      });
    }
  }
}

async function seedCompetition(db: Db, regionId: string, year: number, now: Date) {
  const name = `Kompetisi Inovasi Daerah ${year}`;
  const competition = await db.competition.upsert({
    where: { regionId_year_name: { regionId, year, name } },
    update: {},
    create: {
      regionId,
      name,
      year,
      status: "ACTIVE",
      passingGrade: 70,
      shortlistSize: 10,
      tieBreakers: [
        { kind: "STAGE", stage: "PRESENTATION" },
        { kind: "CRITERION", stage: "DESK", code: "D4" },
      ],
    },
  });
  // Registration is open on the day the demo is seeded; later stages follow.
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const stages = [
    ["REGISTRATION", -20, 20, 0],
    ["SCREENING", 21, 30, 0],
    ["DESK", 31, 50, 70],
    ["OBJECTION", 51, 56, 0],
    ["PRESENTATION", 57, 64, 30],
    ["FIELD_VERIFICATION", 65, 75, 0],
    ["ANNOUNCEMENT", 76, 80, 0],
  ] as const;
  for (const [kind, from, to, weight] of stages) {
    const stage = await db.competitionStage.upsert({
      where: { competitionId_kind: { competitionId: competition.id, kind } },
      update: {},
      create: { competitionId: competition.id, kind, startsAt: at(from), endsAt: at(to), weight },
    });
    const rubric = kind === "DESK" ? DESK_RUBRIC : kind === "PRESENTATION" ? PRESENTATION_RUBRIC : [];
    for (const [position, c] of rubric.entries()) {
      await db.criterion.upsert({
        where: { stageId_code: { stageId: stage.id, code: c.code } },
        update: {},
        create: { ...c, stageId: stage.id, scaleMin: 1, scaleMax: 10, required: true, position },
      });
    }
  }
  for (const [code, name, quota] of [
    ["UMUM", "Umum", 7],
    ["REPLIKASI", "Replikasi", 3],
  ] as const) {
    await db.competitionCategory.upsert({
      where: { competitionId_code: { competitionId: competition.id, code } },
      update: {},
      create: { competitionId: competition.id, code, name, quota },
    });
  }
}
