// The access boundary, held for every exported query and mutation of lib/: each is called as every role of
// another region (and, where the record belongs to an OPD or an assignment, as another OPD's staff or an
// unassigned evaluator of the same region) against this region's real records, and must refuse or return
// none of them. A scope deleted from any of these functions makes its row fail.
//
// The table is complete by construction: every export of a module that reads the database (it imports
// lib/db) has a row, or is exempt with the reason why it needs none. A new module or export without either
// fails the completeness test; PENDING, once the list of what still carried hand-written region clauses (lib/access,
// decision 015), is empty and stays so.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { auditExport, auditForExport, listAudit, recordTitles } from "@/lib/admin/queries/audit";
import { checkImport, checkOpds, checkUsers } from "@/lib/admin/import/queries";
import { commitImport } from "@/lib/admin/import/service";
import { readTable } from "@/lib/admin/import/rules/table";
import { findOpdForEdit, listOpds, opdOptions, parentOptions } from "@/lib/admin/queries/opds";
import { findUserForEdit, listUsers } from "@/lib/admin/queries/users";
import { auditQuerySchema } from "@/lib/admin/schemas";
import { createOpd, renameOpd, setOpdActive, updateOpd } from "@/lib/admin/service/opds";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/admin/service/users";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { listFeedback } from "@/lib/feedback/queries";
import { moderateFeedback, replyToFeedback } from "@/lib/feedback/service";
import { listAttachments, readAttachmentForDownload } from "@/lib/innovations/attachments/queries";
import { deleteAttachment, setVisibility, uploadAttachment } from "@/lib/innovations/attachments/service";
import { createInnovation, decideInnovation, saveDraft, submitInnovation } from "@/lib/innovations/service";
import {
  complianceReport,
  type ComplianceRow,
  findEditable,
  findReadable,
  getInnovation,
  getVersions,
  listInnovations,
  ownOpdCompliance,
} from "@/lib/innovations/queries";
import { assignmentBoard } from "@/lib/competitions/queries/assignments";
import {
  getCompetition,
  listCompetitions,
  opdCompetitions,
  requireWritableCompetition,
} from "@/lib/competitions/queries/competitions";
import {
  entryIssues,
  listEntries,
  refuseIneligible,
  screeningFacts,
  screeningFactsFor,
} from "@/lib/competitions/queries/entries";
import { entryLineage, nominationOptions } from "@/lib/competitions/queries/nominations";
import { loadRubric, rubricOverview } from "@/lib/competitions/queries/rubric";
import {
  assignManually,
  autoAssign,
  remindOverdue,
  removeAssignment,
} from "@/lib/competitions/service/assignments";
import {
  enterInnovation,
  resubmitEntry,
  screenEntry,
  withdrawEntry,
} from "@/lib/competitions/service/entries";
import { nominateWinner } from "@/lib/competitions/service/nominations";
import { saveStageRubric, unlockRubric } from "@/lib/competitions/service/rubric";
import { createCompetition, updateSchedule, updateSettings } from "@/lib/competitions/service/setup";
import { parseCompetitionConfig } from "@/lib/competitions/rules/config";
import { headWork, operatorWork, secretariatWork } from "@/lib/dashboard/queries";
import { getMail, listMail } from "@/lib/mail/outbox";
import { adminObjections, objectionDocument, opdClarifications } from "@/lib/objections/queries";
import { canonicalJson, sha256Hex } from "@/lib/publication/rules/canonical";
import {
  adminPublication,
  decreeOf,
  evaluatorsOf,
  listPublications,
  minutesOf,
  preparePublication,
} from "@/lib/publication/queries";
import { publish } from "@/lib/publication/service";
import { answerClarification, askClarification, decideObjection } from "@/lib/objections/service";
import type { Storage } from "@/lib/storage";
import {
  competitionForAdmin,
  lastRun,
  listOverrides,
  liveRanking,
  liveRankingJson,
  shortlistDrawn,
} from "@/lib/ranking/queries";
import { adjustShortlist, createOverride, generateShortlist, revokeOverride } from "@/lib/ranking/service";
import { saveRegionProfile, updateRegionProfile } from "@/lib/region/service";
import { latestNotifications, listNotifications, unreadCount } from "@/lib/notifications/queries";
import { markAllRead, markRead } from "@/lib/notifications/service";
import { evaluatorQueue, getAssignmentWorkspace, peerScores } from "@/lib/reviews/queries";
import {
  declareConflict,
  declareNoConflict,
  reopenReview,
  saveScores,
  submitReview,
} from "@/lib/reviews/service";
import { hubOverview, hubRegionDetail, hubRegions } from "@/lib/hub/queries";
import { addRegion, addRegionAdmin } from "@/lib/hub/service";
import { seed } from "@/prisma/seed";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const suffix = Date.now().toString(36);
/** A short name both regions use for one of their OPDs (region A's made last, so an unscoped lookup finds it). */
const TWIN = `KEMBAR-${suffix.toUpperCase()}`.slice(0, 20);

// ── The world: region A (the seeded demo region) and region B (made here, one account per role) ──

type Intruder =
  | "adminB"
  | "headB"
  | "operatorB"
  | "evaluatorB"
  /** Region A's staff of an OPD other than the record's. */
  | "otherOpdHead"
  | "otherOpdOperator"
  /** Region A's evaluator with no assignment. */
  | "unassignedEvaluator"
  /** Region A's secretariat, where the record is not the secretariat's to change (an OPD's innovation). */
  | "adminA"
  /** The hub of region A's province: it reads region A through the hub's own functions alone. */
  | "hubA"
  /** The hub of region B's province. */
  | "hubB"
  /** The secretariat of another region under region A's province (the demo's Kota Harapan Baru). */
  | "siblingAdmin";

const ANOTHER_REGION: Intruder[] = [
  "adminB",
  "headB",
  "operatorB",
  "evaluatorB",
  "hubA",
  "hubB",
  "siblingAdmin",
];
/** Everyone but the hub over region A: the hub's own functions answer it alone. */
const NOT_THE_HUB: Intruder[] = [
  "adminA",
  "adminB",
  "headB",
  "operatorB",
  "evaluatorB",
  "hubB",
  "siblingAdmin",
  "otherOpdHead",
  "otherOpdOperator",
  "unassignedEvaluator",
];
const ANOTHER_OPD: Intruder[] = [
  ...ANOTHER_REGION,
  "otherOpdHead",
  "otherOpdOperator",
  "unassignedEvaluator",
];

type World = {
  opd: string;
  user: string;
  innovation: string;
  feedback: string;
  assignment: string;
  mail: string;
  notification: string;
  /** An entry of the innovation's OPD in a running competition, with an open objection and a question on it. */
  entry: string;
  competition: string;
  category: string;
  /** Region A's running competition (registration open), with an entry and an overdue assignment in it. */
  running: string;
  runningCategory: string;
  lateAssignment: string;
  objection: string;
  clarification: string;
  /** A revoked jury decision on the entry's competition, and a stored computation of its ranking. */
  override: string;
  rankingRun: string;
  /** A publication of the entry's competition. */
  publication: string;
  /** An internal document of the innovation. */
  attachment: string;
  /** The review of the assignment. */
  review: string;
  /** A line of region A's audit log, about the OPD's operator. */
  auditLine: string;
};

let db: Db;
let sideEffects: SideEffects | undefined;
let regionB = "";
/** Region B's province, with its own hub and a competition open for entry. */
let provinceB = "";
let competitionPB = "";
let categoryPB = "";
let regionAId = "";
let regionACode = "";
/** The sibling city's published winner, and the province's competition it may be sent to. */
const hub = { cityCompetition: "", cityWinner: "", provinceCompetition: "", provinceCategory: "" };
/** An innovation of region B's OPD. */
let innovationB = "";
/** Region B's own competition, named as region A's running one. */
let competitionB = "";
/** The entry made here in region A's running competition. */
let registeredEntry = "";
const w = {} as World;
const as = {} as Record<Intruder, ActionContext>;
/** Every id of region A's records: none may reach anyone of region B. */
const regionSecrets = new Set<string>();
/** The records of one OPD (the innovation's) and one assignment: none may reach another OPD or evaluator of A. */
const opdSecrets = new Set<string>();

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  const admin = await contextOf(db, "admin@inovasi.test");
  const regionA = admin.user.regionId;

  // Records of region A that belong to one OPD (DINKES) and one evaluator's assignment.
  const dinkes = await db.opd.findFirstOrThrow({ where: { regionId: regionA, shortName: "DINKES" } });
  w.opd = dinkes.id;
  w.user = (await db.user.findUniqueOrThrow({ where: { email: "operator.dinkes@inovasi.test" } })).id;
  // A sent review, so that its peers' scores are there to be shown.
  const assignment = await db.assignment.findFirstOrThrow({
    where: {
      conflictDeclared: false,
      review: { locked: true },
      entry: { competition: { regionId: regionA } },
    },
    select: { id: true, entry: { select: { innovation: { select: { id: true, opdId: true } } } } },
  });
  w.assignment = assignment.id;
  w.innovation = assignment.entry.innovation.id;
  const innovationOpd = assignment.entry.innovation.opdId;
  // A citizen's comment on that innovation, awaiting moderation.
  const feedback = await db.feedback.create({
    data: { innovationId: w.innovation, rating: 4, comment: "Komentar warga", ipHash: `tenancy-${suffix}` },
    select: { id: true, innovation: { select: { opdId: true } } },
  });
  w.feedback = feedback.id;
  w.mail = (
    await db.mailMessage.create({
      data: {
        regionId: regionA,
        to: "rahasia@lestarijayakab.go.id",
        template: "notification",
        locale: "id",
        subject: "Surat wilayah A",
        text: "Isi surat",
        html: "<p>Isi surat</p>",
      },
      select: { id: true },
    })
  ).id;

  // The innovation's entry, an objection filed against it and the secretariat's question to the OPD.
  const entry = await db.entry.findFirstOrThrow({
    where: { innovationId: w.innovation },
    select: { id: true, competitionId: true, categoryId: true },
  });
  w.entry = entry.id;
  w.competition = entry.competitionId;
  w.category = entry.categoryId;
  w.objection = (
    await db.objection.create({
      data: {
        reference: `SGH-T${suffix.toUpperCase()}`.slice(0, 12),
        entryId: entry.id,
        submitterName: "Warga",
        submitterContact: "warga@example.id",
        reason: "Alasan sanggahan",
        ipHash: `tenancy-${suffix}`,
        documentKey: `tenancy-${suffix}`,
        documentName: "bukti.pdf",
        documentMime: "application/pdf",
        documentSize: 3,
      },
      select: { id: true },
    })
  ).id;
  w.clarification = (
    await db.objectionClarification.create({
      data: { objectionId: w.objection, question: "Mohon jelaskan.", askedById: admin.user.id },
      select: { id: true },
    })
  ).id;

  w.override = (
    await db.override.create({
      data: {
        competitionId: entry.competitionId,
        entryId: entry.id,
        kind: "MOVE",
        targetRank: 1,
        reason: `Keputusan juri ${suffix}`,
        createdById: admin.user.id,
        revokedAt: new Date(),
      },
      select: { id: true },
    })
  ).id;
  w.rankingRun = (
    await db.rankingRun.create({
      data: {
        competitionId: entry.competitionId,
        computedById: admin.user.id,
        inputHash: `tenancy-${suffix}`,
        settings: {},
      },
      select: { id: true },
    })
  ).id;

  w.attachment = (
    await db.attachment.create({
      data: {
        innovationId: w.innovation,
        kind: "LAINNYA",
        visibility: "INTERNAL",
        fileName: "internal.pdf",
        storageKey: `tenancy-${suffix}`,
        mimeType: "application/pdf",
        sizeBytes: 3,
        sha256: "0".repeat(64),
        uploadedById: w.user,
      },
      select: { id: true },
    })
  ).id;
  w.review = (await db.review.findUniqueOrThrow({ where: { assignmentId: w.assignment } })).id;
  w.auditLine = (
    await db.auditLog.create({
      data: {
        actorId: admin.user.id,
        regionId: regionA,
        action: "user.update",
        entityType: "User",
        entityId: w.user,
        requestId: `tenancy-${suffix}`,
      },
      select: { id: true },
    })
  ).id;
  const content = { tenancy: suffix, winners: [] };
  w.publication = (
    await db.publication.create({
      data: {
        competitionId: entry.competitionId,
        number: 1 + (await db.publication.count({ where: { competitionId: entry.competitionId } })),
        content,
        contentHash: sha256Hex(canonicalJson(content)),
        publishedById: admin.user.id,
      },
      select: { id: true },
    })
  ).id;

  // Work waiting on the dashboards: the innovation entered in the running competition (awaiting screening) with a
  // review overdue, and the OPD's innovations awaiting the head and returned to the operator.
  const running = await db.competition.findFirstOrThrow({
    where: { regionId: regionA, status: "ACTIVE", stages: { some: { kind: "REGISTRATION" } } },
    select: {
      id: true,
      categories: { take: 1, select: { id: true } },
      stages: { where: { kind: "DESK" }, select: { id: true } },
    },
  });
  const approved = await db.innovationVersion.findFirstOrThrow({
    where: { innovationId: w.innovation, status: "APPROVED" },
    select: { id: true },
  });
  const registered = await db.entry.create({
    data: {
      competitionId: running.id,
      innovationId: w.innovation,
      categoryId: running.categories[0]!.id,
      versionId: approved.id,
      registeredById: w.user,
    },
    select: { id: true },
  });
  registeredEntry = registered.id;
  w.running = running.id;
  w.runningCategory = running.categories[0]!.id;
  w.lateAssignment = await db.assignment
    .create({
      data: {
        entryId: registered.id,
        stageId: running.stages[0]!.id,
        evaluatorId: (await db.user.findUniqueOrThrow({ where: { email: "penilai@inovasi.test" } })).id,
        assignedById: admin.user.id,
        dueAt: new Date(Date.now() - 86_400_000),
      },
      select: { id: true },
    })
    .then((a) => a.id);
  for (const status of ["SUBMITTED", "RETURNED"] as const) {
    await db.innovation.create({
      data: {
        regionId: regionA,
        opdId: innovationOpd,
        year: new Date().getFullYear(),
        title: `Inovasi ${status} ${suffix}`,
        status,
        createdById: w.user,
        updatedById: w.user,
      },
    });
  }

  // An unread notice of the OPD's operator.
  w.notification = (
    await db.notification.create({
      data: { userId: w.user, kind: "innovation.returned", title: "Dikembalikan", link: "/opd/inovasi" },
      select: { id: true },
    })
  ).id;

  // A's staff of an OPD that owns none of these records.
  const other = await db.opd.findFirstOrThrow({
    where: {
      regionId: regionA,
      id: { notIn: [dinkes.id, innovationOpd, feedback.innovation.opdId] },
      users: { some: { role: "OPD_HEAD" } },
      AND: { users: { some: { role: "OPD_OPERATOR" } } },
    },
    select: { id: true },
  });
  const staffOf = (role: "OPD_HEAD" | "OPD_OPERATOR") =>
    db.user.findFirstOrThrow({ where: { opdId: other.id, role }, select: { email: true } });
  as.otherOpdHead = await contextOf(db, (await staffOf("OPD_HEAD")).email);
  as.otherOpdOperator = await contextOf(db, (await staffOf("OPD_OPERATOR")).email);
  as.adminA = admin;
  const unassigned = await db.user.create({
    data: {
      regionId: regionA,
      email: `penilai.${suffix}@tenancy.test`,
      name: "Penilai Lepas",
      role: "EVALUATOR",
    },
  });
  as.unassignedEvaluator = await contextOf(db, unassigned.email);

  // Region B with an OPD and one account per role.
  // Region B sits under a province of its own, with its own hub.
  const pb = await db.region.create({
    data: { code: `P${suffix}`.slice(0, 10), name: "Provinsi Tetangga", kind: "PROVINSI" },
  });
  provinceB = pb.id;
  const b = await db.region.create({
    data: { code: `T${suffix}`.slice(0, 10), name: "Kota Tetangga", kind: "KOTA", parentId: pb.id },
  });
  regionB = b.id;
  const opdB = await db.opd.create({
    data: { regionId: b.id, name: "Dinas Tetangga", shortName: `DT-${suffix}`.slice(0, 20), kind: "DINAS" },
  });
  // An OPD of B with the short name of one of A's.
  await db.opd.create({
    data: { regionId: b.id, name: "Dinas Kembar Tetangga", shortName: TWIN, kind: "DINAS" },
  });
  await db.opd.create({ data: { regionId: regionA, name: "Dinas Kembar", shortName: TWIN, kind: "DINAS" } });
  const make = async (key: Intruder, role: "ADMIN" | "OPD_HEAD" | "OPD_OPERATOR" | "EVALUATOR") => {
    const u = await db.user.create({
      data: {
        regionId: b.id,
        opdId: role.startsWith("OPD") ? opdB.id : null,
        email: `${key.toLowerCase()}.${suffix}@tenancy.test`,
        name: `Tetangga ${key}`,
        role,
      },
    });
    as[key] = await contextOf(db, u.email);
  };
  await make("adminB", "ADMIN");
  await make("headB", "OPD_HEAD");
  await make("operatorB", "OPD_OPERATOR");
  await make("evaluatorB", "EVALUATOR");
  const hubB = await db.user.create({
    data: { regionId: pb.id, email: `hubb.${suffix}@tenancy.test`, name: "Hub Tetangga", role: "HUB_ADMIN" },
  });
  as.hubB = await contextOf(db, hubB.email);
  as.hubA = await contextOf(db, "hub@inovasi.test");
  as.siblingAdmin = await contextOf(db, "admin.kota@inovasi.test");
  regionAId = regionA;
  regionACode = (await db.region.findUniqueOrThrow({ where: { id: regionA }, select: { code: true } })).code;
  // The province B's own competition, open for entry: no city of region A's province may send to it.
  const pbCompetition = await db.competition.create({
    data: {
      regionId: pb.id,
      name: `Kompetisi Provinsi Tetangga ${suffix}`,
      year: new Date().getFullYear(),
      status: "ACTIVE",
      passingGrade: 60,
      shortlistSize: 5,
      stages: {
        create: [
          {
            kind: "REGISTRATION",
            startsAt: new Date(Date.now() - 86_400_000),
            endsAt: new Date(Date.now() + 86_400_000),
          },
        ],
      },
      categories: { create: [{ code: "UMUM", name: "Umum", quota: 3 }] },
    },
    select: { id: true, categories: { select: { id: true } } },
  });
  competitionPB = pbCompetition.id;
  categoryPB = pbCompetition.categories[0]!.id;
  const city = await db.competition.findFirstOrThrow({
    where: { regionId: as.siblingAdmin.user.regionId, publications: { some: { supersededAt: null } } },
    select: { id: true, entries: { where: { status: "WINNER" }, take: 1, select: { id: true } } },
  });
  hub.cityCompetition = city.id;
  hub.cityWinner = city.entries[0]!.id;
  const province = await db.competition.findFirstOrThrow({
    where: { regionId: as.hubA.user.regionId },
    select: { id: true, categories: { take: 1, select: { id: true } } },
  });
  hub.provinceCompetition = province.id;
  hub.provinceCategory = province.categories[0]!.id;
  // A competition of B's own, named as A's running one.
  const runningA = await db.competition.findUniqueOrThrow({
    where: { id: w.running },
    select: { name: true, year: true },
  });
  competitionB = (
    await db.competition.create({
      data: {
        regionId: b.id,
        name: runningA.name,
        year: runningA.year,
        status: "ACTIVE",
        passingGrade: 70,
        shortlistSize: 10,
        stages: {
          create: [
            {
              kind: "REGISTRATION",
              startsAt: new Date(Date.now() - 86_400_000),
              endsAt: new Date(Date.now() + 86_400_000),
            },
            {
              kind: "DESK",
              startsAt: new Date(Date.now() + 2 * 86_400_000),
              endsAt: new Date(Date.now() + 9 * 86_400_000),
              weight: 100,
              criteria: {
                create: [{ code: "K1", name: "Kemanfaatan", weight: 100, scaleMin: 1, scaleMax: 10 }],
              },
            },
          ],
        },
        categories: { create: [{ code: "UMUM", name: "Umum", quota: 7 }] },
      },
      select: { id: true },
    })
  ).id;
  innovationB = (
    await db.innovation.create({
      data: {
        regionId: b.id,
        opdId: opdB.id,
        year: new Date().getFullYear(),
        title: "Inovasi Tetangga",
        createdById: as.operatorB.user.id,
        updatedById: as.operatorB.user.id,
      },
      select: { id: true },
    })
  ).id;

  const ids = await Promise.all([
    db.competition.findMany({ where: { regionId: regionA }, select: { id: true } }),
    db.competitionStage.findMany({ where: { competition: { regionId: regionA } }, select: { id: true } }),
    db.entry.findMany({ where: { competition: { regionId: regionA } }, select: { id: true } }),
    db.objection.findMany({ where: { entry: { competition: { regionId: regionA } } }, select: { id: true } }),
    db.opd.findMany({ where: { regionId: regionA }, select: { id: true } }),
    db.user.findMany({ where: { regionId: regionA }, select: { id: true } }),
    db.innovation.findMany({ where: { regionId: regionA }, select: { id: true } }),
    db.assignment.findMany({
      where: { entry: { competition: { regionId: regionA } } },
      select: { id: true },
    }),
    db.feedback.findMany({ where: { innovation: { regionId: regionA } }, select: { id: true } }),
    db.mailMessage.findMany({ where: { regionId: regionA }, select: { id: true } }),
  ]);
  for (const list of ids) for (const r of list) regionSecrets.add(r.id);
  const ofTheOpd = await db.innovation.findMany({
    where: { opdId: innovationOpd },
    select: { id: true, feedback: { select: { id: true } }, entries: { select: { id: true } } },
  });
  for (const i of ofTheOpd) {
    for (const id of [i.id, ...i.feedback.map((f) => f.id), ...i.entries.map((e) => e.id)])
      opdSecrets.add(id);
  }
  opdSecrets.add(w.assignment);
  for (const set of [regionSecrets, opdSecrets]) {
    for (const id of [
      w.notification,
      w.entry,
      w.objection,
      w.clarification,
      w.override,
      w.rankingRun,
      w.publication,
      w.attachment,
      w.review,
      w.auditLine,
    ])
      set.add(id);
  }
  regionSecrets.add(regionA);
});

afterAll(async () => {
  await db.feedback.deleteMany({ where: { ipHash: `tenancy-${suffix}` } });
  await db.objection.deleteMany({ where: { ipHash: `tenancy-${suffix}` } });
  await db.override.deleteMany({ where: { id: w.override } });
  await db.attachment.deleteMany({ where: { storageKey: `tenancy-${suffix}` } });
  await db.rankingRun.deleteMany({ where: { inputHash: `tenancy-${suffix}` } });
  // A publication is immutable (a trigger refuses its deletion): the test's own goes with the trigger set aside.
  await db.$transaction([
    db.$executeRaw`ALTER TABLE "Publication" DISABLE TRIGGER "publication_immutable"`,
    db.publication.deleteMany({ where: { id: w.publication } }),
    db.$executeRaw`ALTER TABLE "Publication" ENABLE TRIGGER "publication_immutable"`,
  ]);
  await db.innovation.deleteMany({
    where: { OR: [{ regionId: regionB }, { title: { endsWith: ` ${suffix}` } }] },
  });
  await db.entry.deleteMany({ where: { id: registeredEntry } });
  await db.user.deleteMany({ where: { email: { endsWith: `.${suffix}@tenancy.test` } } });
  await db.competition.deleteMany({ where: { regionId: regionB } });
  await db.opd.deleteMany({ where: { OR: [{ regionId: regionB }, { shortName: TWIN }] } });
  await db.competition.deleteMany({ where: { regionId: provinceB } });
  await db.region.deleteMany({ where: { id: regionB } });
  await db.region.deleteMany({ where: { parentId: provinceB } });
  await db.region.deleteMany({ where: { id: provinceB } });
  await sideEffects?.remove();
  await db.$disconnect();
});

// ── The table ──

/**
 * A list: may answer, but with none of region A's records (and, where an answer is a figure or a change to the
 * caller's own rows, `check` says what it must be). A record (one of region A's, named by its id): refused, or null.
 * A mutation of region A's record: refused.
 */
type Row = {
  kind: "list" | "record" | "mutation";
  who: Intruder[];
  call: (ctx: ActionContext) => Promise<unknown>;
  check?: (value: unknown, ctx: ActionContext) => Promise<void>;
  /** A refusal of its own besides "not found" and "not allowed". */
  refusal?: string;
};
const list = (who: Intruder[], call: Row["call"], check?: Row["check"]): Row => ({
  kind: "list",
  who,
  call,
  check,
});
const record = (who: Intruder[], call: Row["call"]): Row => ({ kind: "record", who, call });
const mutation = (who: Intruder[], call: Row["call"]): Row => ({ kind: "mutation", who, call });

const accountsTable = (opdShortName: string) =>
  readTable(
    Buffer.from(
      `nama,email,nip,peran,opd\nOrang Baru,orang.baru.${suffix}@tenancy.test,,operator,${opdShortName}\n`,
    ),
  );

/** Region A's id named nowhere in the answer (the hub's functions answer with regions, not their records). */
const noRegionA = async (value: unknown) => {
  expect(JSON.stringify(value ?? null)).not.toContain(regionAId);
};

const CASES: Record<string, Row | Row[]> = {
  // Counts per OPD: none of region A's OPDs for another region; another OPD's staff see their own OPD only.
  "lib/innovations/queries.ts#complianceReport": [
    list(ANOTHER_REGION, (c) => complianceReport(db, c.user, new Date().getFullYear())),
    // Within the region every OPD is listed, but another OPD's staff see none of its innovations in the counts.
    list(
      ["otherOpdHead", "otherOpdOperator", "unassignedEvaluator"],
      (c) => complianceReport(db, c.user, new Date().getFullYear()),
      async (value) => {
        const counts = (r?: ComplianceRow) =>
          r ? r.draft + r.submitted + r.approved + (r.winner ? 1 : 0) : 0;
        const admin = await complianceReport(db, as.adminA.user, new Date().getFullYear());
        expect(counts(admin.rows.find((r) => r.id === w.opd))).toBeGreaterThan(0);
        const seen = (value as { rows: ComplianceRow[] }).rows.find((r) => r.id === w.opd);
        expect(counts(seen)).toBe(0);
      },
    ),
  ],
  "lib/hub/queries.ts#hubRegions": list(NOT_THE_HUB, (c) => hubRegions(db, c.user), noRegionA),
  "lib/hub/queries.ts#hubOverview": list(NOT_THE_HUB, (c) => hubOverview(db, c.user), noRegionA),
  "lib/hub/queries.ts#hubRegionDetail": record(NOT_THE_HUB, (c) => hubRegionDetail(db, c.user, regionACode)),
  "lib/hub/service.ts#addRegionAdmin": mutation(NOT_THE_HUB, (c) =>
    addRegionAdmin(db, c, {
      regionId: regionAId,
      name: "Admin Susupan",
      email: `susupan.${c.user.role.toLowerCase()}.${suffix}@tenancy.test`,
      nip: null,
    }),
  ),
  "lib/hub/service.ts#addRegion": [
    // Nobody but a hub adds a region.
    mutation(
      NOT_THE_HUB.filter((w) => w !== "hubB"),
      (c) =>
        addRegion(db, c, { name: "Kabupaten Susupan", kind: "KABUPATEN", code: "9977", timeZone: "WIB" }),
    ),
    // A hub adds it under its own province, never under region A's.
    list(
      ["hubB"],
      (c) =>
        addRegion(db, c, {
          name: "Kabupaten Baru Tetangga",
          kind: "KABUPATEN",
          code: "9976",
          timeZone: "WIB",
        }),
      async (value) => {
        const made = await db.region.findUniqueOrThrow({ where: { id: (value as { id: string }).id } });
        expect(made.parentId).toBe(provinceB);
        await db.region.delete({ where: { id: made.id } });
      },
    ),
  ],
  // The sibling city's published winner: nobody else sees it among their winners, or sends it anywhere.
  "lib/competitions/queries/nominations.ts#nominationOptions": list(
    [...ANOTHER_REGION.filter((w) => w !== "siblingAdmin"), "adminA" as const],
    (c) => nominationOptions(db, c.user, hub.cityCompetition),
    async (value) => expect((value as { winners: unknown[] }).winners).toEqual([]),
  ),
  "lib/competitions/service/nominations.ts#nominateWinner": [
    mutation([...ANOTHER_REGION.filter((w) => w !== "siblingAdmin"), "adminA" as const], (c) =>
      nominateWinner(db, c, {
        entryId: hub.cityWinner,
        competitionId: hub.provinceCompetition,
        categoryId: hub.provinceCategory,
      }),
    ),
    // The city's own winner, sent to another province's competition.
    mutation(["siblingAdmin"], (c) =>
      nominateWinner(db, c, {
        entryId: hub.cityWinner,
        competitionId: competitionPB,
        categoryId: categoryPB,
      }),
    ),
  ],
  // Where the province's entries came from: its own secretariat's to read.
  "lib/competitions/queries/nominations.ts#entryLineage": list(
    NOT_THE_HUB,
    (c) => entryLineage(db, c.user, hub.provinceCompetition),
    async (value) => expect((value as Map<string, unknown>).size).toBe(0),
  ),
  "lib/admin/queries/opds.ts#listOpds": list(ANOTHER_REGION, (c) => listOpds(db, c.user, undefined, 1)),
  "lib/admin/queries/opds.ts#opdOptions": list(ANOTHER_REGION, (c) => opdOptions(db, c.user)),
  "lib/admin/queries/opds.ts#parentOptions": list(ANOTHER_REGION, (c) => parentOptions(db, c.user)),
  "lib/admin/queries/opds.ts#findOpdForEdit": record(ANOTHER_REGION, (c) =>
    findOpdForEdit(db, c.user, w.opd),
  ),
  "lib/admin/service/opds.ts#createOpd": mutation(ANOTHER_REGION, (c) =>
    createOpd(db, c, { name: "Unit Susupan", shortName: `SUS-${suffix}`, kind: "DINAS", parentId: w.opd }),
  ),
  "lib/admin/service/opds.ts#renameOpd": mutation(ANOTHER_REGION, (c) =>
    renameOpd(db, c, { id: w.opd, name: "Diganti" }),
  ),
  "lib/admin/service/opds.ts#setOpdActive": mutation(ANOTHER_REGION, (c) =>
    setOpdActive(db, c, { id: w.opd, active: false }),
  ),
  "lib/admin/service/opds.ts#updateOpd": [
    mutation(ANOTHER_REGION, async (c) => {
      const opd = await db.opd.findUniqueOrThrow({ where: { id: w.opd } });
      return updateOpd(db, c, { ...opd, version: opd.updatedAt, name: "Diganti" });
    }),
    // Their own OPD put under region A's.
    {
      ...mutation(["adminB"], async (c) => {
        const opd = await db.opd.findFirstOrThrow({ where: { regionId: regionB, shortName: TWIN } });
        return updateOpd(db, c, { ...opd, version: opd.updatedAt, parentId: w.opd });
      }),
      refusal: "accounts.opdParentUnknown",
    },
  ],
  "lib/admin/queries/users.ts#listUsers": list(ANOTHER_REGION, (c) =>
    listUsers(db, c.user, undefined, undefined, 1),
  ),
  "lib/admin/queries/users.ts#findUserForEdit": record(ANOTHER_REGION, (c) =>
    findUserForEdit(db, c.user, w.user),
  ),
  "lib/admin/service/users.ts#createUser": mutation(ANOTHER_REGION, (c) =>
    createUser(db, c, {
      name: "Susupan",
      email: `susupan.${suffix}@tenancy.test`,
      nip: null,
      role: "OPD_OPERATOR",
      opdId: w.opd,
    }),
  ),
  "lib/admin/service/users.ts#setUserActive": mutation(ANOTHER_REGION, (c) =>
    setUserActive(db, c, { id: w.user, active: false }),
  ),
  "lib/admin/service/users.ts#resetPassword": mutation(ANOTHER_REGION, (c) =>
    resetPassword(db, c, { id: w.user }),
  ),
  "lib/admin/service/users.ts#updateUser": [
    mutation(ANOTHER_REGION, async (c) => {
      const u = await db.user.findUniqueOrThrow({ where: { id: w.user } });
      return updateUser(db, c, { ...u, version: u.updatedAt, name: "Diganti" });
    }),
    // Their own region's account moved into region A's OPD.
    {
      ...mutation(["adminB"], async (c) => {
        const u = await db.user.findUniqueOrThrow({ where: { id: as.operatorB.user.id } });
        return updateUser(db, c, { ...u, version: u.updatedAt, opdId: w.opd });
      }),
      refusal: "accounts.opdUnavailable",
    },
  ],
  // A row naming region A's OPD is a problem for region B (no such OPD there), never a match.
  "lib/admin/import/queries.ts#checkImport": [
    list(ANOTHER_REGION, async (c) => {
      const result = await checkImport(db, c, "user", await accountsTable("DLH"));
      if (result.problems.length === 0) return { leaked: w.opd };
      return result;
    }),
    // An OPD with the short name of one of region A's is new to region B, not a duplicate.
    list(
      ["adminB"],
      async (c) =>
        checkImport(
          db,
          c,
          "opd",
          await readTable(Buffer.from("nama,singkatan,jenis\nDinas Kesehatan,DINKES,DINAS\n")),
        ),
      async (value) => expect((value as { problems: unknown[] }).problems).toEqual([]),
    ),
  ],
  // The checks commitImport repeats in its transaction: region A's OPD is unknown to region B, and the OPD ids
  // a row would be given are the caller's region's only.
  "lib/admin/import/queries.ts#checkUsers": list(ANOTHER_REGION, async (c) => {
    const result = await checkUsers(db, c.user, await accountsTable("DLH"));
    if (result.problems.length === 0) return { leaked: w.opd };
    return { problems: result.problems, opdIds: [...result.opdIds.values()] };
  }),
  "lib/admin/import/queries.ts#checkOpds": list(
    ["adminB"],
    async (c) =>
      checkOpds(
        db,
        c.user,
        await readTable(Buffer.from("nama,singkatan,jenis\nDinas Kesehatan,DINKES,DINAS\n")),
      ),
    async (value) => expect((value as { problems: unknown[] }).problems).toEqual([]),
  ),
  // Refused as a file whose rows no longer check out: the OPD it names is not the caller's region's.
  "lib/admin/import/service.ts#commitImport": {
    ...mutation(ANOTHER_REGION, async (c) =>
      commitImport(db, c, "user", await accountsTable("DLH"), { issueLinks: () => Promise.resolve([]) }),
    ),
    refusal: "accounts.import.changed",
  },
  // The form names region A: the scope, not the form, decides which region is written.
  // A unit under the parent of that short name in the caller's region, never under region A's namesake.
  "lib/admin/import/service.ts#commitImport#opd": list(
    ["adminB"],
    async (c) =>
      commitImport(
        db,
        c,
        "opd",
        await readTable(
          Buffer.from(
            `nama,singkatan,jenis,induk\nSeksi Tetangga,SEKSI-${suffix.toUpperCase()},DINAS,${TWIN}\n`,
          ),
        ),
      ),
    async () => {
      const unit = await db.opd.findFirstOrThrow({
        where: { shortName: `SEKSI-${suffix.toUpperCase()}` },
        select: { regionId: true, parent: { select: { regionId: true } } },
      });
      expect(unit.parent?.regionId).toBe(regionB);
    },
  ),
  "lib/region/service.ts#updateRegionProfile": mutation(ANOTHER_REGION, async (c) => {
    const region = await db.region.findUniqueOrThrow({ where: { id: as.adminA.user.regionId } });
    return updateRegionProfile(db, c, {
      ...region,
      regionId: region.id,
      name: "Diganti",
      removeLogo: false,
      logo: undefined,
    } as unknown as Parameters<typeof updateRegionProfile>[2]);
  }),
  "lib/region/service.ts#saveRegionProfile": mutation(ANOTHER_REGION, async (c) => {
    const region = await db.region.findUniqueOrThrow({ where: { id: as.adminA.user.regionId } });
    return saveRegionProfile(
      db,
      c,
      {
        ...region,
        regionId: region.id,
        name: "Diganti",
        removeLogo: false,
        logo: undefined,
      } as unknown as Parameters<typeof saveRegionProfile>[2],
      { delete: () => Promise.resolve() } as unknown as Storage,
    );
  }),
  "lib/competitions/queries/entries.ts#entryIssues": [
    record(ANOTHER_OPD, (c) =>
      entryIssues(db, c.user, {
        competitionId: w.competition,
        innovationId: w.innovation,
        categoryId: w.category,
      }),
    ),
    // Their own innovation into region A's competition.
    record(["operatorB"], (c) =>
      entryIssues(db, c.user, {
        competitionId: w.competition,
        innovationId: innovationB,
        categoryId: w.category,
      }),
    ),
  ],
  "lib/competitions/queries/entries.ts#refuseIneligible": mutation(ANOTHER_OPD, (c) =>
    refuseIneligible(db, c.user, {
      competitionId: w.competition,
      innovationId: w.innovation,
      categoryId: w.category,
    }),
  ),
  "lib/competitions/service/entries.ts#withdrawEntry": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    withdrawEntry(db, c, { entryId: w.entry }),
  ),
  "lib/competitions/queries/competitions.ts#listCompetitions": list(ANOTHER_REGION, (c) =>
    listCompetitions(db, c.user),
  ),
  "lib/competitions/queries/competitions.ts#getCompetition": record(ANOTHER_REGION, (c) =>
    getCompetition(db, c.user, w.running),
  ),
  "lib/competitions/queries/competitions.ts#requireWritableCompetition": record(ANOTHER_OPD, (c) =>
    requireWritableCompetition(db, c.user, w.running),
  ),
  "lib/competitions/queries/competitions.ts#opdCompetitions": list(ANOTHER_OPD, (c) =>
    opdCompetitions(db, c.user),
  ),
  "lib/competitions/queries/entries.ts#listEntries": list(ANOTHER_OPD, (c) =>
    listEntries(db, c.user, w.competition),
  ),
  "lib/competitions/service/setup.ts#createCompetition": [
    // A copy of region A's competition.
    mutation(ANOTHER_REGION, (c) =>
      createCompetition(db, c, {
        name: `Salinan ${suffix}`,
        year: new Date().getFullYear() + 1,
        registrationStartsAt: new Date(),
        copyFrom: w.running,
      }),
    ),
    // Their own competition may carry the name and year of one of region A's.
    list(
      ["adminB"],
      async (c) => {
        const a = await db.competition.findFirstOrThrow({
          where: { regionId: as.adminA.user.regionId, id: { not: w.running } },
          select: { name: true, year: true },
        });
        return createCompetition(db, c, { ...a, registrationStartsAt: new Date(), copyFrom: null });
      },
      async (value) => expect(value).toMatchObject({ id: expect.any(String) }),
    ),
  ],
  "lib/competitions/service/entries.ts#enterInnovation": [
    mutation(ANOTHER_OPD, (c) =>
      enterInnovation(db, c, {
        competitionId: w.running,
        innovationId: w.innovation,
        categoryId: w.runningCategory,
      }),
    ),
    // Their own innovation into region A's competition.
    mutation(["operatorB", "headB"], (c) =>
      enterInnovation(db, c, {
        competitionId: w.running,
        innovationId: innovationB,
        categoryId: w.runningCategory,
      }),
    ),
  ],
  "lib/competitions/service/entries.ts#resubmitEntry": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    resubmitEntry(db, c, { entryId: w.entry }),
  ),
  "lib/competitions/queries/entries.ts#screeningFacts": record(ANOTHER_OPD, (c) =>
    screeningFacts(db, c.user, w.entry),
  ),
  "lib/competitions/queries/entries.ts#screeningFactsFor": list(ANOTHER_OPD, async (c) => [
    ...(await screeningFactsFor(db, c.user, [w.entry, registeredEntry])).keys(),
  ]),
  "lib/competitions/service/entries.ts#screenEntry": mutation(ANOTHER_OPD, (c) =>
    screenEntry(db, c, {
      entryId: registeredEntry,
      decision: "PASS",
      reason: "",
      checklist: { complete: true, implementedOneYear: true, oneTitle: true, documents: true },
    }),
  ),
  "lib/objections/service.ts#decideObjection": mutation(ANOTHER_OPD, (c) =>
    decideObjection(db, c, {
      objectionId: w.objection,
      outcome: "DISMISS",
      reason: "Alasan susupan dari luar wilayah",
      confirmDisqualify: false,
    }),
  ),
  // The counts by status are of the same objections as the list.
  "lib/objections/queries.ts#adminObjections": list(
    ANOTHER_OPD,
    (c) => adminObjections(db, c.user, w.competition, null),
    async (value) => {
      const { byStatus, total } = value as { byStatus: Record<string, number>; total: number };
      expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(total);
    },
  ),
  // The document is there (a storage that has every key): only the scope refuses it.
  "lib/objections/queries.ts#objectionDocument": record(ANOTHER_OPD, (c) =>
    objectionDocument(db, c.user, w.competition, w.objection, {
      stream: () => Promise.resolve(new Blob(["pdf"]).stream()),
    } as unknown as Storage),
  ),
  "lib/ranking/queries.ts#competitionForAdmin": record(ANOTHER_OPD, (c) =>
    competitionForAdmin(db, c.user, w.competition),
  ),
  "lib/ranking/queries.ts#liveRanking": record(ANOTHER_OPD, (c) => liveRanking(db, c.user, w.competition)),
  "lib/ranking/queries.ts#liveRankingJson": record(ANOTHER_OPD, (c) =>
    liveRankingJson(db, c.user, w.competition),
  ),
  "lib/ranking/queries.ts#listOverrides": list(ANOTHER_OPD, (c) => listOverrides(db, c.user, w.competition)),
  "lib/ranking/queries.ts#lastRun": record(ANOTHER_OPD, (c) => lastRun(db, c.user, w.competition)),
  "lib/ranking/queries.ts#shortlistDrawn": list(
    ANOTHER_REGION,
    (c) => shortlistDrawn(db, c.user, w.competition),
    async (drawn) => expect(drawn).toBe(false),
  ),
  "lib/ranking/service.ts#generateShortlist": mutation(ANOTHER_OPD, (c) =>
    generateShortlist(db, c, { competitionId: w.competition }),
  ),
  "lib/ranking/service.ts#adjustShortlist": mutation(ANOTHER_OPD, (c) =>
    adjustShortlist(db, c, {
      competitionId: w.competition,
      entryId: w.entry,
      kind: "SHORTLIST_REMOVE",
      reason: "Alasan susupan",
    }),
  ),
  "lib/ranking/service.ts#createOverride": mutation(ANOTHER_OPD, (c) =>
    createOverride(db, c, {
      competitionId: w.competition,
      entryId: w.entry,
      kind: "DISQUALIFY",
      reason: "Alasan susupan",
    }),
  ),
  // Already revoked: only the scope refuses before the revocation is looked at.
  "lib/ranking/service.ts#revokeOverride": mutation(ANOTHER_OPD, (c) =>
    revokeOverride(db, c, { overrideId: w.override, reason: "Alasan susupan" }),
  ),
  "lib/publication/queries.ts#preparePublication": record(ANOTHER_OPD, (c) =>
    preparePublication(db, c.user, w.competition),
  ),
  "lib/publication/service.ts#publish": mutation(ANOTHER_OPD, (c) =>
    publish(db, c, {
      competitionId: w.competition,
      expectedNumber: 2,
      reason: "Alasan susupan",
      closeObjections: true,
    }),
  ),
  "lib/publication/queries.ts#listPublications": list(ANOTHER_OPD, (c) =>
    listPublications(db, c.user, w.competition),
  ),
  // The evaluators' names and NIP carry no ids: none at all may be listed.
  "lib/publication/queries.ts#evaluatorsOf": list(
    ANOTHER_OPD,
    (c) => evaluatorsOf(db, c.user, w.competition),
    async (value) => expect(value).toEqual([]),
  ),
  // The secretariat's documents: a refusal (the plain-text answer of its route) is read here as null.
  "lib/publication/queries.ts#adminPublication": record(ANOTHER_OPD, async (c) => {
    const found = await adminPublication(db, c.user, w.competition, null);
    return found.ok ? found.publication : null;
  }),
  "lib/publication/queries.ts#minutesOf": record(ANOTHER_OPD, async (c) => {
    const found = await minutesOf(db, c.user, w.competition, null);
    return found.ok ? found.input : null;
  }),
  "lib/publication/queries.ts#decreeOf": record(ANOTHER_OPD, async (c) => {
    const found = await decreeOf(db, c.user, w.competition, null);
    return found.ok ? found : null;
  }),
  // Their own OPD's innovation, never another's.
  "lib/innovations/service.ts#createInnovation": list(
    ANOTHER_OPD,
    (c) => createInnovation(db, c, { title: `Inovasi baru ${suffix}` }),
    async (value, c) => {
      const row = await db.innovation.findUniqueOrThrow({
        where: { id: (value as { id: string }).id },
        select: { regionId: true, opdId: true },
      });
      expect(row).toEqual({ regionId: c.user.regionId, opdId: c.user.opdId });
    },
  ),
  "lib/innovations/service.ts#saveDraft": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    saveDraft(db, c, { id: w.innovation, revision: 1, patch: { title: "Diganti dari luar" } }),
  ),
  "lib/innovations/service.ts#submitInnovation": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    submitInnovation(db, c, { id: w.innovation, revision: 1 }, () => null),
  ),
  "lib/innovations/service.ts#decideInnovation": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    decideInnovation(db, c, { id: w.innovation, decision: "RETURN", comment: "Susupan" }),
  ),
  "lib/innovations/attachments/service.ts#uploadAttachment": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    uploadAttachment(
      db,
      c,
      {
        innovationId: w.innovation,
        kind: "LAINNYA",
        visibility: "INTERNAL",
        fileName: "susupan.pdf",
        bytes: new Uint8Array([37, 80, 68, 70]),
      },
      {
        storage: { put: () => Promise.resolve(), delete: () => Promise.resolve() } as unknown as Storage,
        limits: { maxFileBytes: 1_000_000, maxTotalBytes: 10_000_000 },
      },
    ),
  ),
  "lib/innovations/attachments/queries.ts#listAttachments": list(ANOTHER_OPD, (c) =>
    listAttachments(db, c.user, w.innovation),
  ),
  "lib/innovations/attachments/service.ts#deleteAttachment": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    deleteAttachment(db, c, w.attachment, {
      storage: { delete: () => Promise.resolve() } as unknown as Storage,
    }),
  ),
  "lib/innovations/attachments/service.ts#setVisibility": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    setVisibility(db, c, w.attachment, "PUBLIC"),
  ),
  // The file is there (a storage that has every key): only the scope refuses it.
  "lib/innovations/attachments/queries.ts#readAttachmentForDownload": record(ANOTHER_OPD, (c) =>
    readAttachmentForDownload(db, c.user, w.attachment, {
      storage: { stream: () => Promise.resolve(new Blob(["pdf"]).stream()) } as unknown as Storage,
    }),
  ),
  "lib/admin/queries/audit.ts#listAudit": list(ANOTHER_OPD, (c) => listAudit(db, c.user, {}, 1)),
  "lib/admin/queries/audit.ts#auditForExport": list(ANOTHER_OPD, (c) => auditForExport(db, c.user, {})),
  // The records a line may be about, each of region A: none is named for another region's secretariat.
  "lib/admin/queries/audit.ts#recordTitles": list(ANOTHER_REGION, async (c) => {
    const about = {
      User: w.user,
      Opd: w.opd,
      Innovation: w.innovation,
      Competition: w.competition,
      Region: as.adminA.user.regionId,
      Entry: w.entry,
      Assignment: w.assignment,
      Review: w.review,
      Attachment: w.attachment,
      Feedback: w.feedback,
      Objection: w.objection,
      Override: w.override,
      Publication: w.publication,
    };
    const rows = Object.entries(about).map(([entityType, entityId]) => ({ entityType, entityId }));
    return [...(await recordTitles(db, c.user, rows)).keys()];
  }),
  // The export's lines hold the ids of the records they are about.
  "lib/admin/queries/audit.ts#auditExport": list(ANOTHER_OPD, (c) =>
    auditExport(db, c.user, auditQuerySchema.parse({})),
  ),
  "lib/objections/service.ts#askClarification": mutation(ANOTHER_OPD, (c) =>
    askClarification(db, c, { objectionId: w.objection, question: "Pertanyaan susupan dari luar" }),
  ),
  "lib/objections/service.ts#answerClarification": mutation([...ANOTHER_OPD, "adminA"], (c) =>
    answerClarification(db, c, { clarificationId: w.clarification, answer: "Jawaban susupan dari luar" }),
  ),
  "lib/objections/queries.ts#opdClarifications": list(ANOTHER_OPD, (c) => opdClarifications(db, c.user)),
  "lib/dashboard/queries.ts#secretariatWork": list(ANOTHER_OPD, (c) => secretariatWork(db, c.user)),
  "lib/dashboard/queries.ts#headWork": list(ANOTHER_OPD, (c) => headWork(db, c.user)),
  "lib/dashboard/queries.ts#operatorWork": list(ANOTHER_OPD, (c) => operatorWork(db, c.user)),
  "lib/innovations/queries.ts#ownOpdCompliance": list(ANOTHER_OPD, (c) => ownOpdCompliance(db, c.user)),
  "lib/competitions/service/setup.ts#updateSettings": [
    mutation(ANOTHER_OPD, (c) => updateSettings(db, c, w.running, settings("Diganti"))),
    // Their own competition may carry the name another region uses.
    list(
      ["adminB"],
      async (c) => {
        const a = await db.competition.findUniqueOrThrow({
          where: { id: w.running },
          select: { name: true },
        });
        return updateSettings(db, c, competitionB, settings(a.name, ["DESK"]));
      },
      async (value) => expect(value).toEqual({ ok: true }),
    ),
  ],
  "lib/competitions/service/setup.ts#updateSchedule": mutation(ANOTHER_OPD, async (c) => {
    const stages = await db.competitionStage.findMany({
      where: { competitionId: w.running },
      select: { kind: true, startsAt: true, endsAt: true },
    });
    return updateSchedule(db, c, { competitionId: w.running, stages });
  }),
  "lib/competitions/queries/rubric.ts#rubricOverview": record(ANOTHER_OPD, (c) =>
    rubricOverview(db, c.user, w.running),
  ),
  "lib/competitions/queries/rubric.ts#loadRubric": record(ANOTHER_OPD, (c) =>
    loadRubric(db, c.user, w.running),
  ),
  "lib/competitions/service/rubric.ts#saveStageRubric": mutation(ANOTHER_OPD, async (c) => {
    const criteria = await db.criterion.findMany({
      where: { stage: { competitionId: w.running, kind: "DESK" } },
      orderBy: { position: "asc" },
      select: { code: true, name: true, weight: true, scaleMin: true, scaleMax: true, required: true },
    });
    return saveStageRubric(db, c, {
      competitionId: w.running,
      stage: "DESK",
      criteria: criteria.map((k) => ({ ...k, weight: Number(k.weight), guidance: "" })),
    });
  }),
  "lib/competitions/service/rubric.ts#unlockRubric": mutation(ANOTHER_OPD, (c) =>
    unlockRubric(db, c, { competitionId: w.running, reason: "Alasan susupan" }),
  ),
  "lib/competitions/queries/assignments.ts#assignmentBoard": [
    record(ANOTHER_OPD, (c) => assignmentBoard(db, c.user, w.running, "DESK")),
    // Their own competition's board offers their own evaluators only.
    list(["adminB"], (c) => assignmentBoard(db, c.user, competitionB, "DESK")),
  ],
  "lib/competitions/service/assignments.ts#autoAssign": mutation(ANOTHER_OPD, (c) =>
    autoAssign(db, c, { competitionId: w.running, stage: "DESK" }),
  ),
  "lib/competitions/service/assignments.ts#assignManually": mutation(ANOTHER_OPD, async (c) =>
    assignManually(db, c, {
      competitionId: w.running,
      stage: "DESK",
      entryIds: [registeredEntry],
      evaluatorIds: [(await db.user.findUniqueOrThrow({ where: { email: "penilai2@inovasi.test" } })).id],
    }),
  ),
  "lib/competitions/service/assignments.ts#removeAssignment": mutation(ANOTHER_OPD, (c) =>
    removeAssignment(db, c, { assignmentId: w.lateAssignment }),
  ),
  "lib/competitions/service/assignments.ts#remindOverdue": mutation(ANOTHER_OPD, (c) =>
    remindOverdue(db, c, { competitionId: w.running, stage: "DESK" }),
  ),
  "lib/mail/outbox.ts#listMail": list(ANOTHER_REGION, (c) => listMail(db, c.user, 1)),
  "lib/mail/outbox.ts#getMail": record(ANOTHER_REGION, (c) => getMail(db, c.user, w.mail)),
  "lib/notifications/queries.ts#listNotifications": list(ANOTHER_OPD, (c) => listNotifications(db, c.user)),
  "lib/notifications/queries.ts#latestNotifications": list(ANOTHER_OPD, (c) =>
    latestNotifications(db, c.user),
  ),
  "lib/notifications/queries.ts#unreadCount": list(
    ANOTHER_OPD,
    (c) => unreadCount(db, c.user),
    async (count, c) => {
      expect(count).toBe(await db.notification.count({ where: { userId: c.user.id, readAt: null } }));
    },
  ),
  "lib/notifications/service.ts#markRead": mutation(ANOTHER_OPD, (c) =>
    markRead(db, c.user, { id: w.notification }),
  ),
  // Marks the caller's own notices: region A's operator's stays unread.
  "lib/notifications/service.ts#markAllRead": list(
    ANOTHER_OPD,
    (c) => markAllRead(db, c.user),
    async () => {
      const notice = await db.notification.findUniqueOrThrow({ where: { id: w.notification } });
      expect(notice.readAt).toBeNull();
    },
  ),
  "lib/innovations/queries.ts#findReadable": record(ANOTHER_OPD, (c) =>
    findReadable(db, c.user, w.innovation, { id: true }),
  ),
  "lib/innovations/queries.ts#findEditable": record([...ANOTHER_OPD, "adminA"], (c) =>
    findEditable(db, c.user, w.innovation, { id: true }),
  ),
  "lib/innovations/queries.ts#listInnovations": list(ANOTHER_OPD, (c) =>
    listInnovations(db, c.user, { page: 1 }),
  ),
  "lib/innovations/queries.ts#getInnovation": record(ANOTHER_OPD, (c) =>
    getInnovation(db, c.user, w.innovation),
  ),
  "lib/innovations/queries.ts#getVersions": record(ANOTHER_OPD, (c) => getVersions(db, c.user, w.innovation)),
  "lib/feedback/queries.ts#listFeedback": list(
    ANOTHER_OPD,
    (c) => listFeedback(db, c.user, {}),
    async (value, c) => {
      const counts = (value as { counts: Record<string, number> }).counts;
      const own = c.user.opdId
        ? await db.feedback.count({ where: { innovation: { opdId: c.user.opdId } } })
        : c.user.role === "ADMIN"
          ? await db.feedback.count({ where: { innovation: { regionId: c.user.regionId } } })
          : 0;
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(own);
    },
  ),
  "lib/feedback/service.ts#moderateFeedback": mutation(ANOTHER_OPD, (c) =>
    moderateFeedback(db, c, { feedbackId: w.feedback, decision: "REJECTED" }),
  ),
  "lib/feedback/service.ts#replyToFeedback": mutation(ANOTHER_OPD, (c) =>
    replyToFeedback(db, c, { feedbackId: w.feedback, reply: "Balasan susupan" }),
  ),
  "lib/reviews/queries.ts#evaluatorQueue": list(ANOTHER_OPD, (c) =>
    evaluatorQueue(db, c.user, { filter: "all" }),
  ),
  "lib/reviews/queries.ts#getAssignmentWorkspace": record(ANOTHER_OPD, (c) =>
    getAssignmentWorkspace(db, c.user, w.assignment),
  ),
  "lib/reviews/queries.ts#peerScores": record(ANOTHER_OPD, (c) => peerScores(db, c.user, w.assignment)),
  "lib/reviews/service.ts#declareNoConflict": mutation(ANOTHER_OPD, (c) =>
    declareNoConflict(db, c, { assignmentId: w.assignment }),
  ),
  "lib/reviews/service.ts#declareConflict": mutation(ANOTHER_OPD, (c) =>
    declareConflict(db, c, { assignmentId: w.assignment, note: "Susupan" }),
  ),
  "lib/reviews/service.ts#saveScores": mutation(ANOTHER_OPD, (c) =>
    saveScores(db, c, { assignmentId: w.assignment, revision: 1, values: {}, comments: {} }),
  ),
  "lib/reviews/service.ts#submitReview": mutation(ANOTHER_OPD, (c) =>
    submitReview(db, c, { assignmentId: w.assignment, revision: 1 }),
  ),
  "lib/reviews/service.ts#reopenReview": mutation(ANOTHER_OPD, (c) =>
    reopenReview(db, c, { assignmentId: w.assignment, reason: "Susupan" }),
  ),
};

/** A valid configuration of a competition, with its name and scored stages. */
function settings(name: string, stages: string[] = ["DESK", "PRESENTATION"]) {
  const parsed = parseCompetitionConfig({
    name,
    year: String(new Date().getFullYear()),
    passingGrade: "70",
    shortlistSize: "10",
    evaluatorsPerEntry: "3",
    aggregation: "MEAN",
    categories: [
      { code: "UMUM", name: "Umum", quota: "7" },
      { code: "REPLIKASI", name: "Replikasi", quota: "3" },
    ],
    stageWeights:
      stages.length === 1
        ? { DESK: { weight: "100" } }
        : { DESK: { weight: "70" }, PRESENTATION: { weight: "30" }, FIELD_VERIFICATION: { weight: "0" } },
    tieBreakers: [],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** An action whose records are reached only through the services of the table (lib/action checks its permission). */
const THIN_ACTION = "a thin action: reaches records only through the scoped services in the table";
const thinActions = (file: string, names: string[]) =>
  Object.fromEntries(names.map((name) => [`${file}#${name}`, THIN_ACTION]));

/** Exports that need no row, and why. */
const EXEMPT: Record<string, string> = {
  ...thinActions("lib/competitions/actions/entries.ts", [
    "enterInnovationAction",
    "withdrawEntryAction",
    "resubmitEntryAction",
    "screenEntryAction",
  ]),
  ...thinActions("lib/competitions/actions/setup.ts", [
    "createCompetitionAction",
    "updateScheduleAction",
    "updateSettingsAction",
  ]),
  ...thinActions("lib/competitions/actions/assignments.ts", [
    "autoAssignAction",
    "assignManuallyAction",
    "removeAssignmentAction",
    "remindAction",
  ]),
  ...thinActions("lib/competitions/actions/rubric.ts", ["saveRubricAction", "unlockRubricAction"]),
  ...thinActions("lib/objections/actions.ts", [
    "decideObjectionAction",
    "askClarificationAction",
    "answerClarificationAction",
  ]),
  "lib/objections/service.ts#hashIp": "pure: hashes an address",
  ...thinActions("lib/admin/actions/opds.ts", ["createOpdAction", "setOpdActiveAction", "updateOpdAction"]),
  ...thinActions("lib/admin/actions/users.ts", [
    "createUserAction",
    "setUserActiveAction",
    "resetPasswordAction",
    "updateUserAction",
  ]),
  ...thinActions("lib/admin/import/actions.ts", ["importAction"]),
  ...thinActions("lib/reviews/actions.ts", [
    "declareNoConflictAction",
    "declareConflictAction",
    "saveScoresAction",
    "submitReviewAction",
    "reopenReviewAction",
  ]),
  ...thinActions("lib/feedback/actions.ts", ["moderateFeedbackAction", "replyFeedbackAction"]),
  ...thinActions("lib/notifications/actions.ts", ["markReadAction", "markAllReadAction"]),
  ...thinActions("lib/notifications/actions.ts", ["saveMailPreferencesAction"]),
  ...thinActions("lib/region/actions.ts", ["updateRegionProfileAction"]),
  "lib/admin/service/audit.ts#recordAuditExport":
    "writes one line to the log of the caller's own region (its regionId) about that region, naming no record",
  "lib/region/queries/letterhead.ts#letterheadOf":
    "public: a region's name, officials and logo, as printed on its public certificates",
  "lib/region/queries/logo.ts#regionLogoKey": "public: a region's logo, shown on its public pages",
  "lib/region/queries/logo.ts#readLogo": "public: a region's logo, shown on its public pages",
  "lib/notifications/queries.ts#dueReminders":
    "the reminder job, a system process with no caller: each reminder goes to the competition's own region",
  "lib/notifications/service.ts#sendStageReminders":
    "the reminder job, a system process with no caller: each reminder goes to the competition's own region",
  ...thinActions("lib/innovations/actions.ts", [
    "createInnovationAction",
    "saveDraftAction",
    "submitInnovationAction",
    "decideInnovationAction",
  ]),
  "lib/innovations/attachments/service.ts#uploadLimits":
    "configuration: the upload limits from the environment",
  "lib/innovations/attachments/service.ts#publishApprovedDocuments":
    "called by decideInnovation, inside its transaction, for the innovation it loaded through its scope",
  ...thinActions("lib/publication/actions.ts", ["publishAction"]),
  "lib/publication/queries.ts#listPublicCompetitions":
    "public: the competitions open to the public, any region's",
  "lib/publication/queries.ts#getPublicCompetition": "public: a competition open to the public",
  "lib/publication/queries.ts#getPublication": "public: published results are public information",
  "lib/publication/queries.ts#certificateOf": "public: a winner's certificate of published results",
  ...thinActions("lib/ranking/actions.ts", [
    "generateShortlistAction",
    "adjustShortlistAction",
    "createOverrideAction",
    "revokeOverrideAction",
  ]),
  "lib/ranking/service.ts#lockRanking":
    "a row lock on a competition its caller has already read through its scope; reads nothing back",
  "lib/ranking/service.ts#underRankingLock":
    "a row lock on a competition its caller has already read through its scope; reads nothing back",
  "lib/ranking/service.ts#isUniqueViolation": "pure: classifies an error",
  "lib/scoring/io/export.ts#exportCompetition":
    "the ranking engine's input by competition id: for the installation's command line (npm run ranking), and " +
    "for liveRanking and publication once they have read the competition through its scope",
  "lib/scoring/io/export.ts#evaluatorLabels": "pure: labels evaluators by position",
  "lib/objections/service.ts#fileObjection":
    "public: anyone may object to a shortlisted entry while the window is open (objections.test.ts)",
  "lib/objections/queries.ts#publicSummary": "public: the published summary of a competition's objections",
  "lib/objections/queries.ts#publicObjectionPage": "public: a competition's objection window and shortlist",
  "lib/objections/queries.ts#shortlistedEntry": "public: a shortlisted entry, for the filing form",
  "lib/innovations/queries.ts#readScope": "a scope builder (lib/access); its users are in the table",
  "lib/reviews/queries.ts#ownAssignments": "a scope builder (lib/access); its users are in the table",
  "lib/innovations/queries.ts#editScope": "a scope builder (lib/access); its users are in the table",
  "lib/feedback/queries.ts#feedbackScope": "a scope builder (lib/access); its users are in the table",
  "lib/feedback/service.ts#feedbackIpHash": "pure: hashes an address",
  "lib/feedback/service.ts#submitFeedback": "public: anyone may rate a public innovation (feedback.test.ts)",
  "lib/feedback/queries.ts#listPublicComments": "public: the approved comments of a public innovation",
  "lib/admin/import/service.ts#issueSetupLinks": "called by commitImport with the accounts it just created",
  "lib/auth/login.ts#attemptLogin": "before sign-in: the e-mail and password are the credential",
  "lib/auth/actions.ts#loginAction": "before sign-in: the e-mail and password are the credential",
  "lib/auth/password-reset.ts#requestPasswordReset":
    "before sign-in: answers alike whether or not the account exists",
  "lib/auth/actions.ts#forgotPasswordAction":
    "before sign-in: answers alike whether or not the account exists",
  "lib/auth/setup-token.ts#issueToken": "the bearer of a one-time link: the token is the credential",
  "lib/auth/setup-token.ts#createSetupToken": "the bearer of a one-time link: the token is the credential",
  "lib/auth/setup-token.ts#findUsableToken": "the bearer of a one-time link: the token is the credential",
  "lib/auth/setup-token.ts#consumeSetupToken": "the bearer of a one-time link: the token is the credential",
  "lib/accounts/actions.ts#setPasswordAction": "the bearer of a one-time link: the token is the credential",
  "lib/accounts/service.ts#setPassword": "the bearer of a one-time link: the token is the credential",
  "lib/auth/setup-token.ts#hashToken": "pure",
  "lib/auth/setup-token.ts#newToken": "pure",
  "lib/auth/setup-token.ts#isUsable": "pure",
  "lib/auth/login.ts#slowdownMs": "pure",
  "lib/auth/session.ts#homeFor": "pure",
  "lib/auth/options.ts#loginLimits": "configuration of the sign-in library",
  "lib/auth/options.ts#authOptions": "configuration of the sign-in library",
  "lib/auth/rate-limit.ts#hit": "counters keyed by account or hashed address; hold no region's records",
  "lib/auth/rate-limit.ts#reset": "counters keyed by account or hashed address; hold no region's records",
  "lib/auth/rate-limit.ts#peek": "counters keyed by account or hashed address; hold no region's records",
  "lib/auth/rate-limit.ts#refund": "counters keyed by account or hashed address; hold no region's records",
  "lib/abuse/slots.ts#giveBack": "counters keyed by account or hashed address; hold no region's records",
  "lib/abuse/slots.ts#spendOnlyIfSaved":
    "counters keyed by account or hashed address; hold no region's records",
  "lib/auth/session.ts#currentSessionId": "the signed-in account itself, from its verified session",
  "lib/auth/session.ts#getCurrentUser": "the signed-in account itself, from its verified session",
  "lib/auth/session.ts#requireUser": "the signed-in account itself, from its verified session",
  "lib/auth/sessions.ts#openSession": "the signed-in account itself, from its verified session",
  "lib/auth/sessions.ts#endSession": "the signed-in account itself, from its verified session",
  "lib/auth/sessions.ts#liveSessions": "the signed-in account itself, from its verified session",
  "lib/auth/sessions.ts#endAllSessions": "the signed-in account itself, from its verified session",
  "lib/auth/sessions.ts#sessionUser": "the signed-in account itself, from its verified session",
  "lib/auth/actions.ts#signOutEverywhereAction": "the signed-in account itself, from its verified session",
  "lib/i18n/actions.ts#setLocale": "the signed-in account itself, from its verified session",
  "lib/install/queries.ts#hasAdmin":
    "the first run of an installation without an admin (the token printed at start is the credential)",
  "lib/install/service.ts#createInstallToken":
    "the first run of an installation without an admin (the token printed at start is the credential)",
  "lib/install/queries.ts#isInstallTokenUsable":
    "the first run of an installation without an admin (the token printed at start is the credential)",
  "lib/install/queries.ts#installPageToken":
    "the first run of an installation without an admin (the token printed at start is the credential)",
  "lib/install/service.ts#setupRegion":
    "the first run of an installation without an admin (the token printed at start is the credential)",
  "lib/install/service.ts#storeLogo": "stores a file under a new key; reads and writes no record",
  "lib/install/actions.ts#installAction":
    "the first run of an installation without an admin (the token printed at start is the credential)",
  "lib/mail/deliver.ts#deliverMail": "the mail queue's worker, a system process with no caller",
  "lib/mail/server-worker.ts#startServerMailWorker":
    "the mail queue's worker, a system process with no caller",
  "lib/mail/worker.ts#startMailWorker": "the mail queue's worker, a system process with no caller",
  "lib/innovations/queries.ts#approvedInYear":
    "pure: the approval-year rule as a filter; its users are in the table",
  "lib/home/queries.ts#homePage": "public: a region's published innovations, winners and figures",
  "lib/home/queries.ts#currentCompetitionTimeline":
    "public: the stage dates of a region's running competition",
  "lib/competitions/service/rubric.ts#freezeRubric":
    "called inside the transaction that loaded the competition through its scope (the first saved score)",
  "lib/notifications/service.ts#notify":
    "called by domain code, inside its transaction, with the recipients it chose",
  "lib/notifications/queries.ts#mailOptOutOf": "personal: the signed-in account's own preferences",
  "lib/notifications/service.ts#setMailPreferences":
    "personal: writes the caller's own account (ctx.user.id)",
  "lib/region/queries/public.ts#listRegionDirectory": "public page: published records only",
  "lib/region/queries/public.ts#listRegionOptions": "public page: published records only",
  "lib/region/queries/public.ts#getPublicRegion": "public page: published records only",
  "lib/region/queries/public.ts#chooseRegion": "public page: published records only",
  "lib/region/queries/public.ts#listRegionCompetitions": "public page: published records only",
  "lib/region/queries/public.ts#listRegionWinners": "public page: published records only",
  "lib/region/queries/public.ts#getRegionFigures": "public page: published records only",
  "lib/region/queries/public.ts#getOpdPage": "public page: published records only",
  "lib/catalog/queries/documents.ts#readPublicDocument":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/innovation.ts#listPublicInnovationsForSitemap":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/innovation.ts#countPublicInnovations":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/innovation.ts#getPublicInnovation":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/search.ts#baseCte": "the catalogue search's SQL, of published records only",
  "lib/catalog/queries/search.ts#shownJoins": "the catalogue search's SQL, of published records only",
  "lib/catalog/queries/search.ts#where": "the catalogue search's SQL, of published records only",
  "lib/catalog/queries/search.ts#searchCatalog":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/search.ts#suggestSpelling": "public: words of published titles",
  "lib/catalog/queries/sitemap.ts#sitemapFileCount":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/sitemap.ts#sitemapIndexXml":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/sitemap.ts#sitemapFileXml":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/catalog/queries/sitemap.ts#publicRegionPaths":
    "public: the addresses of every region's public page and of the OPDs with a published innovation",
  "lib/http/opendata.ts#problem": "pure",
  "lib/admin/service/users.ts#refuseDuplicateAccount": "pure: turns a unique-index error into its refusal",
  "lib/http/opendata.ts#clientIp": "pure: the caller's address",
  "lib/http/opendata.ts#rateLimit": "the caller's own rate-limit budget",
  "lib/http/opendata.ts#weakEtag": "pure",
  "lib/http/opendata.ts#jsonResponse": "pure",
  "lib/http/opendata.ts#isNotModified": "pure",
  "lib/http/opendata.ts#preflight": "pure",
  "lib/http/opendata.ts#maxDate": "pure",
  "lib/opendata/queries.ts#listInnovations":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/opendata/queries.ts#getInnovation":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/opendata/queries.ts#listPublishedCompetitions":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/opendata/queries.ts#catalogueRows":
    "public: published records only (the catalogue's one rule), of every region or of the region asked for",
  "lib/region/queries/current.ts#portalRegion":
    "the frame of every page: the portal's region profile (public)",
  "lib/region/queries/current.ts#currentRegion":
    "the frame of every page: the signed-in account's own region, or the portal's",
  "lib/region/queries/profile.ts#getRegionProfile":
    "the profile a page frame, a letterhead or a mail prints: the caller's own region or a public page's",
  "lib/region/queries/profile.ts#getPortalRegionProfile":
    "the frame of every page: the portal's region profile (public)",
  "lib/region/queries/profile.ts#regionYear": "the calendar year in a region's zone",
  "lib/statistics/queries.ts#getStatistics": "public figures of published records of the region asked for",
  "lib/statistics/queries.ts#complianceByRegion":
    "counts over the region ids its caller's scope returned (lib/hub/queries.ts, through scopes.hubRegion)",
  "lib/statistics/queries.ts#complianceOf": "public figures of the region asked for",
  "lib/statistics/queries.ts#opdMetYears": "public figures of the region asked for",
  "lib/auth/session.ts#requirePermission": "the signed-in account itself, from its verified session",
  "lib/hub/actions.ts#addRegionAction": THIN_ACTION,
  "lib/hub/actions.ts#addRegionAdminAction": THIN_ACTION,
  "lib/competitions/actions/nominations.ts#nominateWinnerAction": THIN_ACTION,
};

/**
 * Modules (or single exports) that still write their own region clauses. Empty: every module reads and changes
 * through lib/access or is exempt above with its reason; nothing may be added here.
 */
const PENDING = new Set<string>([]);

// ── The exports the table must cover ──

function libFiles(dir = "lib"): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((f) => !f.startsWith("lib/generated/"));
}

/** A module that reads or writes the database: it imports the client (or its type) from lib/db. */
const touchesDatabase = (source: string) => /from\s+["']@\/lib\/db(?:\/client)?["']/.test(source);

/** The functions a module exports: `export function f`, `export async function f`, `export const f = (…) =>`. */
function exportedFunctions(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*(\w+)/gm)) names.add(m[1]!);
  for (const m of source.matchAll(
    /^export\s+const\s+(\w+)\s*(?::[^=]+)?=\s*(?:async\s*)?(?:\(|\w+\s*=>|action[<(]|cache\()/gm,
  ))
    names.add(m[1]!);
  return [...names];
}

const DATA_EXPORTS = libFiles()
  .map((file) => ({ file, source: readFileSync(path.join(ROOT, file), "utf8") }))
  .filter((m) => touchesDatabase(m.source))
  .flatMap((m) => exportedFunctions(m.source).map((name) => `${m.file}#${name}`))
  .sort();

describe("the tenancy table", () => {
  it("has a row, an exemption or a pending entry for every exported query and mutation of lib/", () => {
    const uncovered = DATA_EXPORTS.filter(
      (key) => !(key in CASES) && !(key in EXEMPT) && !PENDING.has(key) && !PENDING.has(key.split("#")[0]!),
    );
    expect(uncovered).toEqual([]);
  });

  it("leaves nothing pending", () => {
    expect([...PENDING]).toEqual([]);
  });

  it("names only exports that exist, and leaves nothing pending that the table covers", () => {
    const exported = new Set(DATA_EXPORTS);
    const modules = new Set(DATA_EXPORTS.map((k) => k.split("#")[0]!));
    const named = [...Object.keys(CASES), ...Object.keys(EXEMPT)].map((k) =>
      k.split("#").slice(0, 2).join("#"),
    );
    expect(named.filter((k) => !exported.has(k))).toEqual([]);
    expect([...PENDING].filter((k) => !(k.includes("#") ? exported.has(k) : modules.has(k)))).toEqual([]);
    const covered = new Set(Object.keys(CASES).map((k) => k.split("#")[0]!));
    expect([...PENDING].filter((k) => !k.includes("#") && covered.has(k))).toEqual([]);
  });
});

/** The refusals of a caller outside the record's scope. */
const REFUSALS = ["errors.notFound", "errors.forbidden", "feedback.errors.notFound"];

/** The ids a value carries that the intruder may not see. */
function leaked(who: Intruder, value: unknown): string[] {
  const text = JSON.stringify(value ?? null);
  const secrets = ANOTHER_REGION.includes(who) ? regionSecrets : opdSecrets;
  return [...secrets].filter((id) => text.includes(id));
}

const ROWS = Object.entries(CASES).flatMap(([key, rows]) =>
  (Array.isArray(rows) ? rows : [rows]).map((row, i) => [i ? `${key} (${i + 1})` : key, row] as const),
);
const EXPECTED = {
  list: "returns none of the region's records",
  record: "is refused",
  mutation: "is refused",
};

describe.each(ROWS)("%s", (_key, row) => {
  it.each(row.who)(`as %s: ${EXPECTED[row.kind]}`, async (who) => {
    let outcome: { threw: unknown } | { value: unknown };
    try {
      outcome = { value: await row.call(as[who]) };
    } catch (err) {
      outcome = { threw: err };
    }
    if ("threw" in outcome) {
      // A refusal for being out of scope: "not found" or "not allowed", never another error (a stale form, a
      // closed stage) that would mean the call reached the record, and never a crash.
      expect(outcome.threw).toBeInstanceOf(ActionError);
      expect([...REFUSALS, row.refusal]).toContain((outcome.threw as ActionError).message);
      return;
    }
    expect(row.kind, "a mutation went through").not.toBe("mutation");
    if (row.kind === "record") expect(outcome.value ?? null, "another's record was read").toBeNull();
    expect(leaked(who, outcome.value)).toEqual([]);
    await row.check?.(outcome.value, as[who]);
  });
});
