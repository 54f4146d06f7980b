// The public scoring-input export, read from a real database: valid, anonymised, deterministic, and the command
// line gives byte for byte the ranking the portal computes in process.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { computeRanking } from "@/lib/scoring";
import { exportCompetition } from "@/lib/scoring/io/export";
import { rankingJson } from "@/lib/scoring/io/format";
import { parseRankingExport, toEngineInput, type RankingExport } from "@/lib/scoring/io/schema";
import { seed } from "@/prisma/seed";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const NOW = new Date("2026-09-01T03:00:00.000Z");
const EVALUATOR_EMAILS = ["penilai@inovasi.test", "penilai2@inovasi.test", "penilai3@inovasi.test"];

let db: Db;
let tmp: string;
let competitionId: string;
const innovationIds: string[] = [];
/** Entry key → entry id. */
const entryId: Record<string, string> = {};
let evaluators: { id: string; email: string; name: string }[] = [];
let people: string[] = [];

/** The label the export must give an evaluator: position among the evaluators sorted by id. */
const labelOf = (id: string) =>
  `E0${
    [...evaluators]
      .map((e) => e.id)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .indexOf(id) + 1
  }`;

/** DESK values D1..D10 of one evaluator for one entry, all within the seeded 1..10 scale. */
const deskValues = (base: number, evaluator: number): (number | null)[] =>
  Array.from({ length: 10 }, (_, i) => Math.min(10, Math.max(1, base + ((i + evaluator) % 3) - 1)));

interface Plan {
  key: string;
  opd: string;
  category: "UMUM" | "REPLIKASI";
  status: "SCREENED_PASS" | "SHORTLISTED" | "FINALIST" | "SCREENED_FAIL";
  registeredAt: string;
  desk: (number | null)[][];
  presentation?: number[][];
}

const PLANS: Plan[] = [
  {
    key: "A",
    opd: "DINKES",
    category: "UMUM",
    status: "SCREENED_PASS",
    registeredAt: "2026-04-02T01:15:00Z",
    desk: [0, 1, 2].map((e) => deskValues(9, e)),
    presentation: [
      [8, 9, 8],
      [9, 8, 9],
    ],
  },
  {
    key: "B",
    opd: "DISDUKCAPIL",
    category: "REPLIKASI",
    status: "SHORTLISTED",
    registeredAt: "2026-04-03T02:00:00Z",
    desk: [0, 1, 2].map((e) => deskValues(8, e)),
    presentation: [
      [7, 8, 7],
      [8, 7, 8],
    ],
  },
  // One review with a half point, one submitted without D10 (incomplete, reported, never counted as zero).
  {
    key: "C",
    opd: "DINSOS",
    category: "UMUM",
    status: "SCREENED_PASS",
    registeredAt: "2026-04-04T03:30:00Z",
    desk: [[7.5, 8, 8, 8, 8, 8, 8, 8, 8, 8], deskValues(8, 1), [...deskValues(8, 2).slice(0, 9), null]],
  },
  {
    key: "D",
    opd: "DLH",
    category: "UMUM",
    status: "FINALIST",
    registeredAt: "2026-04-01T07:30:00Z",
    desk: [0, 1, 2].map((e) => deskValues(9, e)),
  },
  // Failed screening: reviewed by mistake, but never part of the ranking.
  {
    key: "E",
    opd: "DINKES",
    category: "UMUM",
    status: "SCREENED_FAIL",
    registeredAt: "2026-04-05T04:45:00Z",
    desk: [0, 1, 2].map((e) => deskValues(10, e)),
  },
];

async function buildCompetition() {
  const year = new Date().getFullYear();
  const source = await db.competition.findFirstOrThrow({
    where: { name: `Kompetisi Inovasi Daerah ${year}` },
    include: { stages: { include: { criteria: true } }, categories: true },
  });
  const users = await db.user.findMany({ select: { id: true, email: true, name: true, nip: true } });
  const user = (email: string) => users.find((u) => u.email === email)!;
  evaluators = EVALUATOR_EMAILS.map((email) => user(email));
  people = users.flatMap((u) => [u.id, u.email, u.name, ...(u.nip ? [u.nip] : [])]);
  const admin = user("admin@inovasi.test");
  const operator = user("operator.dinkes@inovasi.test");

  const competition = await db.competition.create({
    data: {
      regionId: source.regionId,
      name: `Uji Ekspor Peringkat ${path.basename(tmp)}`,
      year,
      status: "ACTIVE",
      passingGrade: source.passingGrade,
      shortlistSize: source.shortlistSize,
      hideEvaluatorNames: true,
      tieBreakers: source.tieBreakers ?? [],
      stages: {
        create: source.stages.map((s) => ({
          kind: s.kind,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          weight: s.weight,
          passFail: s.passFail,
          criteria: {
            create: s.criteria.map(
              ({ code, name, guidance, weight, scaleMin, scaleMax, required, position }) => ({
                code,
                name,
                guidance,
                weight,
                scaleMin,
                scaleMax,
                required,
                position,
              }),
            ),
          },
        })),
      },
      categories: { create: source.categories.map(({ code, name, quota }) => ({ code, name, quota })) },
    },
    include: { stages: { include: { criteria: true } }, categories: true },
  });
  competitionId = competition.id;
  const stage = (kind: string) => competition.stages.find((s) => s.kind === kind)!;
  const criteria = (kind: string) => [...stage(kind).criteria].sort((a, b) => a.position - b.position);
  const opds = await db.opd.findMany({
    where: { regionId: source.regionId },
    select: { id: true, shortName: true },
  });

  const review = async (
    entry: string,
    kind: string,
    evaluator: number,
    values: (number | null)[],
    state: "submitted" | "draft" | "reopened",
  ) => {
    const assignment = await db.assignment.create({
      data: {
        entryId: entry,
        stageId: stage(kind).id,
        evaluatorId: evaluators[evaluator]!.id,
        assignedById: admin.id,
      },
    });
    await db.review.create({
      data: {
        assignmentId: assignment.id,
        submittedAt: state === "draft" ? null : new Date("2026-05-10T02:00:00Z"),
        locked: state === "submitted",
        reopenedAt: state === "reopened" ? new Date("2026-05-11T02:00:00Z") : null,
        reopenReason: state === "reopened" ? "Koreksi nilai" : null,
      },
    });
    // A criterion left empty has no Score row at all (D10 of entry C).
    await db.score.createMany({
      data: criteria(kind).flatMap((c, i) =>
        values[i] === null || values[i] === undefined
          ? []
          : [{ assignmentId: assignment.id, criterionId: c.id, value: values[i] }],
      ),
    });
  };

  for (const plan of PLANS) {
    const title = `Uji Ekspor ${plan.key}: Inovasi ${plan.opd}`;
    const innovation = await db.innovation.create({
      data: {
        regionId: source.regionId,
        opdId: opds.find((o) => o.shortName === plan.opd)!.id,
        year,
        title: `${title} (judul terbaru)`,
        status: "APPROVED",
        createdById: operator.id,
        updatedById: operator.id,
        versions: {
          create: {
            versionNo: 1,
            snapshot: { title },
            status: "APPROVED",
            createdById: operator.id,
            decidedById: admin.id,
          },
        },
      },
      include: { versions: true },
    });
    innovationIds.push(innovation.id);
    const entry = await db.entry.create({
      data: {
        competitionId,
        innovationId: innovation.id,
        versionId: innovation.versions[0]!.id,
        categoryId: competition.categories.find((c) => c.code === plan.category)!.id,
        status: plan.status,
        registeredById: admin.id,
        registeredAt: new Date(plan.registeredAt),
      },
    });
    entryId[plan.key] = entry.id;

    for (const [e, values] of plan.desk.entries()) await review(entry.id, "DESK", e, values, "submitted");
    for (const [e, values] of (plan.presentation ?? []).entries())
      await review(entry.id, "PRESENTATION", e, values, "submitted");
  }
  // Not exported, by the third evaluator: a draft (A), and a review reopened by the secretariat (B). The review
  // workflow clears submittedAt on reopening; here it is kept, to show that an unlocked review is out regardless.
  await review(entryId.A!, "PRESENTATION", 2, [1, 1, 1], "draft");
  await review(entryId.B!, "PRESENTATION", 2, [1, 1, 1], "reopened");

  await db.objection.createMany({
    data: [
      {
        entryId: entryId.C!,
        submitterName: "Warga",
        submitterContact: "warga@contoh.test",
        ipHash: "0".repeat(64),
        reference: "SGH-EXP001",
        reason: "Data ganda",
        status: "UPHELD",
        decision: "Terbukti",
        decidedAt: new Date(),
      },
      {
        entryId: entryId.C!,
        submitterName: "Warga",
        submitterContact: "warga@contoh.test",
        ipHash: "0".repeat(64),
        reference: "SGH-EXP002",
        reason: "Foto lama",
        status: "REJECTED",
        decision: "Tidak terbukti",
        decidedAt: new Date(),
      },
      {
        entryId: entryId.A!,
        submitterName: "Warga",
        submitterContact: "warga@contoh.test",
        ipHash: "0".repeat(64),
        reference: "SGH-EXP003",
        reason: "Belum diputus",
      },
    ],
  });
  await db.override.createMany({
    data: [
      {
        competitionId,
        entryId: entryId.B!,
        kind: "MOVE",
        targetRank: 1,
        reason: "Keputusan dewan juri",
        createdById: admin.id,
      },
      {
        competitionId,
        entryId: entryId.C!,
        kind: "DISQUALIFY",
        reason: "Dicabut",
        createdById: admin.id,
        revokedAt: new Date("2026-06-01T00:00:00Z"),
      },
      {
        competitionId,
        entryId: entryId.E!,
        kind: "DISQUALIFY",
        reason: "Tidak lolos seleksi",
        createdById: admin.id,
      },
    ],
  });
}

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  tmp = await mkdtemp(path.join(tmpdir(), "ranking-export-"));
  await buildCompetition();
});

afterAll(async () => {
  // Entries first: their assignments, scores, reviews, objections and overrides go with them (cascade), and
  // scores must be gone before the criteria (Score → Criterion is RESTRICT).
  if (competitionId) {
    await db.entry.deleteMany({ where: { competitionId } });
    await db.competition.delete({ where: { id: competitionId } });
  }
  if (innovationIds.length > 0) await db.innovation.deleteMany({ where: { id: { in: innovationIds } } });
  await db.$disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Runs the ranking command as a citizen would, from the repository root. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ["--import", "tsx", "scripts/ranking.ts", ...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    if (typeof err.code !== "number") throw e;
    return { code: err.code, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

describe("exportCompetition", () => {
  let exported: RankingExport;
  beforeAll(async () => {
    exported = await exportCompetition(db, competitionId, { now: NOW });
  });

  it("writes a file that validates against the schema", () => {
    const r = parseRankingExport(JSON.parse(JSON.stringify(exported)));
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.value).toEqual(exported);
  });

  it("holds the competition's configuration, evaluation stages and categories", async () => {
    const seeded = await db.competition.findUniqueOrThrow({
      where: { id: competitionId },
      include: { region: true },
    });
    expect(exported.format).toBe("inovasi-daerah/ranking-input");
    expect(exported.competition).toEqual({
      id: competitionId,
      name: seeded.name,
      year: seeded.year,
      region: seeded.region.name,
      passingGrade: 70,
      shortlistSize: 10,
      aggregation: "MEAN",
      zNormalize: false,
      anonymize: true,
      deskStage: "DESK",
      tieBreakers: [
        { kind: "STAGE", stage: "PRESENTATION" },
        { kind: "CRITERION", stage: "DESK", code: "D4" },
      ],
      exportedAt: "2026-09-01T03:00:00.000Z",
    });
    // REGISTRATION, SCREENING, … have no rubric and no weight: not part of the ranking.
    expect(exported.stages.map((s) => [s.kind, s.weight, s.passFail, s.criteria.length])).toEqual([
      ["DESK", 70, false, 10],
      ["PRESENTATION", 30, false, 3],
    ]);
    expect(exported.stages[0]!.criteria.map((c) => c.code)).toEqual([
      "D1",
      "D2",
      "D3",
      "D4",
      "D5",
      "D6",
      "D7",
      "D8",
      "D9",
      "D10",
    ]);
    expect(exported.stages[0]!.criteria[3]).toEqual({
      code: "D4",
      name: "Kebaruan (inovatif)",
      weight: 20,
      scaleMin: 1,
      scaleMax: 10,
      required: true,
    });
    expect(exported.categories).toEqual([
      { code: "REPLIKASI", name: "Replikasi", quota: 3 },
      { code: "UMUM", name: "Umum", quota: 7 },
    ]);
  });

  it("exports the screened entries with their frozen title, OPD, category, registration time and upheld objections", () => {
    const ids = ["A", "B", "C", "D"].map((k) => entryId[k]!);
    expect(exported.entries.map((e) => e.id)).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    const byKey = (k: string) => exported.entries.find((e) => e.id === entryId[k]);
    expect(byKey("C")).toEqual({
      id: entryId.C,
      title: "Uji Ekspor C: Inovasi DINSOS",
      opd: "DINSOS",
      category: "UMUM",
      submittedAt: "2026-04-04T03:30:00.000Z",
      objectionsUpheld: 1,
    });
    expect(byKey("B")).toMatchObject({ opd: "DISDUKCAPIL", category: "REPLIKASI", objectionsUpheld: 0 });
    expect(byKey("A")?.objectionsUpheld).toBe(0);
    expect(byKey("E")).toBeUndefined();
  });

  it("reads inside the caller's transaction when told so, under its lock, seeing what it wrote and has not committed", async () => {
    // Shortlist generation and publication lock the competition, then export inside that transaction. A read in a
    // transaction of its own (Prisma's transaction client has a $transaction too)
    // would not see this uncommitted change, and with the pool's connections all in transactions it would wait.
    const rollback = new Error("rollback");
    let ids: string[] = [];
    await expect(
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "Competition" WHERE "id" = ${competitionId} FOR UPDATE`;
        await tx.entry.update({ where: { id: entryId.A! }, data: { status: "SCREENED_FAIL" } });
        ids = (await exportCompetition(tx, competitionId, { now: NOW, inTransaction: true })).entries.map(
          (e) => e.id,
        );
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(ids).toEqual(["B", "C", "D"].map((k) => entryId[k]!).sort((a, b) => (a < b ? -1 : 1)));
    expect((await exportCompetition(db, competitionId, { now: NOW })).entries.map((e) => e.id)).toContain(
      entryId.A,
    );
  });

  it("exports only submitted, locked reviews of exported entries, with decimals as numbers", () => {
    const keys = exported.reviews.map((r) => [r.entryId, r.stage, r.evaluator] as const);
    expect(keys).toHaveLength(4 * 3 + 2 + 2);
    expect([...keys].sort((a, b) => (a.join("\0") < b.join("\0") ? -1 : 1))).toEqual(keys);
    // Presentation: the first two evaluators' submitted reviews; the third one's draft (A) and reopened review (B) stay out.
    const third = labelOf(evaluators[2]!.id);
    const presentation = keys.filter(([, stage]) => stage === "PRESENTATION");
    expect(presentation.map(([e]) => e).sort()).toEqual([entryId.A, entryId.A, entryId.B, entryId.B].sort());
    expect(presentation.some(([, , ev]) => ev === third)).toBe(false);
    expect(exported.reviews.some((r) => r.entryId === entryId.E)).toBe(false);
    const c = exported.reviews.filter((r) => r.entryId === entryId.C);
    expect(c.flatMap((r) => Object.values(r.values))).toContain(7.5);
    // An empty criterion is exported as null, keys in rubric order.
    expect(c.some((r) => r.values.D10 === null)).toBe(true);
    expect(Object.keys(c[0]!.values)).toEqual(["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"]);
  });

  it("labels evaluators E01… by ascending id, with no id, e-mail, name or NIP anywhere in the file", () => {
    for (const [i, ev] of evaluators.entries()) {
      const review = exported.reviews.find(
        (r) => r.entryId === entryId.A && r.stage === "DESK" && r.evaluator === labelOf(ev.id),
      );
      expect(Object.values(review!.values)).toEqual(PLANS[0]!.desk[i]);
    }
    expect(new Set(exported.reviews.map((r) => r.evaluator))).toEqual(new Set(["E01", "E02", "E03"]));
    const text = JSON.stringify(exported);
    for (const secret of people) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/@/);
  });

  it("exports overrides in force only", () => {
    expect(exported.overrides).toEqual([
      { entryId: entryId.B, kind: "MOVE", targetRank: 1, reason: "Keputusan dewan juri" },
    ]);
  });

  it("is identical when run twice", async () => {
    const again = await exportCompetition(db, competitionId, { now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
  });

  it("is byte for byte the same without the schema pass over the reviews (the live ranking's read)", async () => {
    const live = await exportCompetition(db, competitionId, { now: NOW, validate: false });
    expect(JSON.stringify(live)).toBe(JSON.stringify(exported));
  });

  it("keeps a criterion coded __proto__ as data, with or without the schema pass, in every review", async () => {
    const desk = await db.competitionStage.findFirstOrThrow({
      where: { competitionId, kind: "DESK" },
      select: { criteria: { orderBy: { position: "asc" }, take: 1, select: { id: true, code: true } } },
    });
    const criterion = desk.criteria[0]!;
    await db.criterion.update({ where: { id: criterion.id }, data: { code: "__proto__" } });
    try {
      for (const validate of [true, false]) {
        const file = await exportCompetition(db, competitionId, { now: NOW, validate });
        const reviews = file.reviews.filter((r) => r.stage === "DESK");
        const before = exported.reviews.filter((r) => r.stage === "DESK");
        expect(reviews.length).toBeGreaterThan(0);
        reviews.forEach((r, i) => {
          // Reviews with an empty criterion too (their values are rebuilt rather than read as they come).
          expect(Object.getOwnPropertyDescriptor(r.values, "__proto__")?.value, `validate ${validate}`).toBe(
            before[i]!.values[criterion.code],
          );
        });
        // Criteria are summed in code order, so the last digits may differ; the scores may not.
        const scores = (f: RankingExport) =>
          computeRanking(toEngineInput(f)).desk.map((d) => [d.entryId, d.deskScore?.toFixed(9) ?? null]);
        expect(scores(file)).toEqual(scores(exported));
      }
    } finally {
      await db.criterion.update({ where: { id: criterion.id }, data: { code: criterion.code } });
    }
  });

  it("ranks with the engine: incomplete reviews reported, the jury's move applied", () => {
    const out = computeRanking(toEngineInput(exported));
    const desk = new Map(out.desk.map((d) => [d.entryId, d]));
    expect(desk.get(entryId.C!)?.incompleteReviews).toEqual([
      { stage: "DESK", evaluator: "Penilai 3", reason: "MISSING_REQUIRED", missing: ["D10"] },
    ]);
    expect([...desk.values()].every((d) => d.passed && d.shortlisted)).toBe(true);
    // A and D have identical desk reviews: the D4 tie-break cannot separate them, the entry id does.
    expect([desk.get(entryId.A!)?.deskScore]).toEqual([desk.get(entryId.D!)?.deskScore]);
    const final = new Map(out.final.map((f) => [f.entryId, f]));
    expect(final.get(entryId.B!)).toMatchObject({
      status: "RANKED",
      finalRank: 1,
      computedRank: 2,
      override: { status: "APPLIED" },
    });
    expect(final.get(entryId.A!)).toMatchObject({ status: "RANKED", finalRank: 2, computedRank: 1 });
    expect(final.get(entryId.C!)).toMatchObject({ status: "INCOMPLETE", finalRank: null });
    expect(final.get(entryId.D!)).toMatchObject({ status: "INCOMPLETE", finalRank: null });
  });

  it("gives byte for byte the same ranking from the command line as in process", async () => {
    const file = path.join(tmp, "export.json");
    await writeFile(file, `${JSON.stringify(exported, null, 2)}\n`);
    const inProcess = rankingJson(computeRanking(toEngineInput(exported)));
    const r = await cli(file);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(inProcess);

    const table = await cli(file, "--table");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /^ +1 +\d+ +Uji Ekspor B: Inovasi DISDUKCAPIL +DISDUKCAPIL +REPLIKASI +\d+\.\d\d +\d+\.\d\d +RANKED/m,
    );
    expect(table.stdout).toContain("DESK review by Penilai 3 not counted (MISSING_REQUIRED: D10)");
  });

  it("exits 2 with the problem when the file has been tampered with", async () => {
    const file = path.join(tmp, "tampered.json");
    const tampered = structuredClone(exported);
    tampered.reviews[0]!.values.D1 = 11;
    await writeFile(file, JSON.stringify(tampered));
    const r = await cli(file);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toContain("reviews[0].values.D1: value 11 is outside the scale 1–10");
  });
});
