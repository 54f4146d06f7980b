// Demo data for the results flow: a proposal-only competition ("Lomba Inovasi Pelayanan Publik") whose desk
// evaluation is over, every desk review submitted, the shortlist drawn from the engine's ranking, and the public
// objection window open on the day the demo is seeded. The ranking, objections and publication pages start here.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDraft } from "@/lib/innovations/rules/mapping";
import { rankExport } from "@/lib/scoring/io/rank";
import { exportCompetition } from "@/lib/scoring/io/export";
import { DESK_RUBRIC } from "./demo-data";

const DAY = 24 * 60 * 60 * 1000;

export const RESULTS_COMPETITION = (year: number) => `Lomba Inovasi Pelayanan Publik ${year}`;

/** An entry: OPD, title, summary, category, and how good the evaluators found it (0–1, drives the scores). */
export type DemoEntry = readonly [OpdCode, string, string, "UMUM" | "REPLIKASI", number];
type OpdCode = keyof typeof URUSAN_OF;

const ENTRIES: readonly DemoEntry[] = [
  [
    "DINKES",
    "Puskesmas Tanpa Antre (PUSTAKA)",
    "Pendaftaran puskesmas daring dengan nomor antrean dan estimasi jam layanan lewat WhatsApp.",
    "UMUM",
    0.92,
  ],
  [
    "DINKES",
    "Kader Jiwa Sehat Desa",
    "Kader desa terlatih mendampingi warga dengan gangguan jiwa dan keluarganya.",
    "UMUM",
    0.58,
  ],
  [
    "DISDUKCAPIL",
    "Akta Kelahiran Langsung dari Ruang Bersalin",
    "Akta kelahiran, KK, dan KIA terbit sebelum ibu dan bayi pulang dari fasilitas kesehatan.",
    "UMUM",
    0.85,
  ],
  [
    "DISDUKCAPIL",
    "Layanan Adminduk Keliling Sekolah",
    "Perekaman KTP elektronik pemilih pemula langsung di SMA dan SMK.",
    "REPLIKASI",
    0.71,
  ],
  [
    "DINSOS",
    "Bansos Tepat Sasaran Berbasis Verifikasi Warga",
    "Musyawarah desa memverifikasi data penerima bantuan sosial setiap triwulan.",
    "UMUM",
    0.78,
  ],
  [
    "DPMPTSP",
    "Izin Usaha Mikro Sehari Jadi",
    "Perizinan usaha mikro selesai dalam satu hari melalui gerai keliling di pasar.",
    "UMUM",
    0.88,
  ],
  [
    "DISHUB",
    "Angkutan Pelajar Gratis Desa Terpencil",
    "Armada angkutan pelajar gratis untuk desa yang tidak dilalui trayek umum.",
    "REPLIKASI",
    0.66,
  ],
  [
    "DISKOMINFO",
    "Satu Data Desa Terbuka",
    "Portal data desa yang diperbarui perangkat desa dan dapat diunduh warga.",
    "UMUM",
    0.74,
  ],
];

/** Each OPD's urusan (UU 23/2014), as the catalogue's facets know them. */
const URUSAN_OF = {
  DINKES: "Kesehatan",
  DISDUKCAPIL: "Administrasi Kependudukan dan Pencatatan Sipil",
  DINSOS: "Sosial",
  DPMPTSP: "Penanaman Modal",
  DISHUB: "Perhubungan",
  DISKOMINFO: "Komunikasi dan Informatika",
} as const;

const EVALUATORS = ["penilai@inovasi.test", "penilai2@inovasi.test", "penilai3@inovasi.test"];

/** Who runs a demo competition and what it holds; the demo region's "Lomba" unless told. */
export interface ResultsOptions {
  name?: string;
  entries?: readonly DemoEntry[];
  admin?: string;
  evaluators?: readonly string[];
  /** The e-mail of an OPD's operator or head in the demo ("operator.dinkes@inovasi.test" by default). */
  staff?: (kind: "operator" | "kepala", opd: string) => string;
}

/** A deterministic 1–10 score around the entry's quality, varying by evaluator and criterion. */
function scoreFor(quality: number, entry: number, evaluator: number, criterion: number): number {
  const wobble = ((entry * 7 + evaluator * 5 + criterion * 3) % 5) - 2; // −2…2
  return Math.min(10, Math.max(1, Math.round(1 + quality * 9 + wobble * 0.6)));
}

export async function seedResultsCompetition(
  db: Db,
  regionId: string,
  opdIds: Map<string, string>,
  userIds: Map<string, string>,
  now: Date,
  options: ResultsOptions = {},
) {
  const year = now.getFullYear();
  const name = options.name ?? RESULTS_COMPETITION(year);
  const entries = options.entries ?? ENTRIES;
  const evaluators = options.evaluators ?? EVALUATORS;
  const staff = options.staff ?? ((kind: string, opd: string) => `${kind}.${opd.toLowerCase()}@inovasi.test`);
  const existing = await db.competition.findUnique({
    where: { regionId_year_name: { regionId, year, name } },
  });
  if (existing) return existing.id;

  const admin = userIds.get(options.admin ?? "admin@inovasi.test")!;
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const competition = await db.competition.create({
    data: {
      regionId,
      name,
      year,
      status: "ACTIVE",
      passingGrade: 60,
      shortlistSize: 5,
      evaluatorsPerEntry: 3,
      tieBreakers: [{ kind: "CRITERION", stage: "DESK", code: "D4" }, { kind: "SUBMITTED_AT" }],
      rubricFrozenAt: at(-40),
    },
  });
  // Proposal-only: the desk stage carries the whole weight; the objection window is open today.
  const stages = [
    ["REGISTRATION", -70, -56, 0],
    ["SCREENING", -55, -46, 0],
    ["DESK", -45, -15, 100],
    ["OBJECTION", -3, 10, 0],
    ["PRESENTATION", 11, 15, 0],
    ["FIELD_VERIFICATION", 16, 20, 0],
    ["ANNOUNCEMENT", 21, 25, 0],
  ] as const;
  let deskStageId = "";
  const criterionIds: string[] = [];
  for (const [kind, from, to, weight] of stages) {
    const stage = await db.competitionStage.create({
      data: { competitionId: competition.id, kind, startsAt: at(from), endsAt: at(to), weight },
    });
    if (kind !== "DESK") continue;
    deskStageId = stage.id;
    for (const [position, c] of DESK_RUBRIC.entries()) {
      const criterion = await db.criterion.create({
        data: { ...c, stageId: stage.id, scaleMin: 1, scaleMax: 10, required: true, position },
      });
      criterionIds.push(criterion.id);
    }
  }
  const categoryIds = new Map<string, string>();
  for (const [code, catName, quota, awardLabels] of [
    ["UMUM", "Umum", 4, ["Juara 1", "Juara 2", "Juara 3", "Harapan 1"]],
    ["REPLIKASI", "Replikasi", 1, ["Terbaik Replikasi"]],
  ] as const) {
    const category = await db.competitionCategory.create({
      data: { competitionId: competition.id, code, name: catName, quota, awardLabels: [...awardLabels] },
    });
    categoryIds.set(code, category.id);
  }

  // Last year's innovations, approved last year: this year's compliance of their OPDs is their own story.
  const approvedAt = new Date(Date.UTC(year - 1, 10, 14, 3));
  const submittedAt = new Date(approvedAt.getTime() - DAY);
  for (const [i, [opd, title, summary, category, quality]] of entries.entries()) {
    const opdId = opdIds.get(opd)!;
    const author = userIds.get(staff("operator", opd)) ?? admin;
    const head = userIds.get(staff("kepala", opd)) ?? admin;
    const innovation = await db.innovation.create({
      data: {
        regionId,
        opdId,
        year: year - 1,
        title,
        summary,
        problem:
          "Sebelum inovasi, warga harus datang berkali-kali dan menunggu lama untuk layanan yang sama.",
        novelty: "Layanan didekatkan ke warga dan prosesnya dipangkas.",
        results: "Waktu layanan turun lebih dari separuh dan keluhan warga berkurang.",
        urusan: URUSAN_OF[opd],
        bentuk: "PELAYANAN_PUBLIK",
        jenis: i % 2 === 0 ? "DIGITAL" : "NON_DIGITAL",
        tahapan: "PENERAPAN",
        inisiator: "PERANGKAT_DAERAH",
        trialStartDate: new Date(Date.UTC(year - 3, 0, 10)),
        implementedDate: new Date(Date.UTC(year - 2, 5, 1)),
        sdgs: [16],
        beneficiariesCount: 300 + i * 150,
        status: "APPROVED",
        isPublic: true,
        createdById: author,
        updatedById: author,
        submittedAt,
        approvedAt,
      },
    });
    const version = await db.innovationVersion.create({
      data: {
        innovationId: innovation.id,
        versionNo: 1,
        snapshot: toDraft(innovation) as Prisma.InputJsonValue,
        status: "APPROVED",
        createdById: author,
        decidedById: head,
        decidedAt: approvedAt,
      },
    });
    const entry = await db.entry.create({
      data: {
        competitionId: competition.id,
        innovationId: innovation.id,
        categoryId: categoryIds.get(category)!,
        versionId: version.id,
        status: "SCREENED_PASS",
        screeningNote: "Berkas lengkap; sudah diterapkan lebih dari satu tahun.",
        registeredById: author,
        registeredAt: at(-65 + i),
      },
    });
    await db.entryStatusChange.createMany({
      data: [
        { entryId: entry.id, toStatus: "REGISTERED", actorId: author, createdAt: at(-65 + i) },
        {
          entryId: entry.id,
          fromStatus: "REGISTERED",
          toStatus: "SCREENED_PASS",
          actorId: admin,
          reason: "Berkas lengkap; sudah diterapkan lebih dari satu tahun.",
          createdAt: at(-50),
        },
      ],
    });
    for (const [e, email] of evaluators.entries()) {
      const assignment = await db.assignment.create({
        data: {
          entryId: entry.id,
          stageId: deskStageId,
          evaluatorId: userIds.get(email)!,
          assignedById: admin,
          noConflictAt: at(-44),
          dueAt: at(-15),
        },
      });
      await db.score.createMany({
        data: criterionIds.map((criterionId, c) => ({
          assignmentId: assignment.id,
          criterionId,
          value: scoreFor(quality, i, e, c),
        })),
      });
      await db.review.create({
        data: {
          assignmentId: assignment.id,
          overallComment: "Proposal dinilai sesuai rubrik.",
          submittedAt: at(-20),
          locked: true,
        },
      });
    }
  }

  // The shortlist exactly as the ranking engine draws it from the desk ranking.
  const ranking = rankExport(await exportCompetition(db, competition.id, { now }));
  for (const entryId of ranking.shortlist) {
    await db.entry.update({ where: { id: entryId }, data: { status: "SHORTLISTED" } });
    await db.entryStatusChange.create({
      data: {
        entryId,
        fromStatus: "SCREENED_PASS",
        toStatus: "SHORTLISTED",
        actorId: admin,
        reason: "Masuk daftar pendek berdasarkan peringkat penilaian proposal.",
        createdAt: at(-4),
      },
    });
  }
  return competition.id;
}
