// Bulk-loads a generated competition (bench/lib/kipp.ts) into an empty, migrated database: one multi-row
// INSERT … SELECT FROM unnest(…) per table (in chunks), so 110,000 scores load in seconds. The rows are what the
// portal would hold: region, OPDs, users, innovations with a frozen version, a competition with its stages,
// categories and rubric, entries (plus some that failed screening), assignments, reviews (drafts included) and
// scores (an empty required criterion stored as NULL, an empty optional one not stored).
import pg from "pg";
import { insertRows, type Column } from "./insert";
import type { BenchCompetition } from "./kipp";

/** Timestamp(3) without zone holds UTC, as Prisma writes it. */
const ts = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

// Chunks of 20,000 rows: the KIPP tables are narrow.
const insert = (c: pg.Client, table: string, columns: Column[], rows: unknown[][]) =>
  insertRows(c, table, columns, rows, 20_000);

export interface Loaded {
  competitionId: string;
  rows: Record<string, number>;
}

export async function loadCompetition(url: string, comp: BenchCompetition): Promise<Loaded> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const rows: Record<string, number> = {};
  try {
    await c.query("BEGIN");
    const now = ts(new Date("2026-08-01T00:00:00Z"));
    const region = "bench-region";
    const admin = "bench-user-admin";
    const competitionId = "bench-competition";
    const year = 2026;

    rows.Region = await insert(
      c,
      "Region",
      [
        ["id", "text"],
        ["code", "text"],
        ["name", "text"],
        ["kind", '"RegionKind"'],
        ["updatedAt", "timestamp(3)"],
      ],
      [[region, "33.99", "Provinsi Bench", "PROVINSI", now]],
    );
    const opdId = (i: number) => `bench-opd-${String(i + 1).padStart(2, "0")}`;
    rows.Opd = await insert(
      c,
      "Opd",
      [
        ["id", "text"],
        ["regionId", "text"],
        ["name", "text"],
        ["shortName", "text"],
        ["kind", '"OpdKind"'],
        ["updatedAt", "timestamp(3)"],
      ],
      Array.from({ length: comp.opds }, (_, i) => [
        opdId(i),
        region,
        `Dinas Bench ${i + 1}`,
        `DB${i + 1}`,
        "DINAS",
        now,
      ]),
    );
    rows.User = await insert(
      c,
      "User",
      [
        ["id", "text"],
        ["regionId", "text"],
        ["name", "text"],
        ["email", "text"],
        ["role", '"Role"'],
        ["updatedAt", "timestamp(3)"],
      ],
      [
        [admin, region, "Sekretariat Bench", "admin@bench.test", "ADMIN", now],
        ...comp.evaluators.map((id, i) => [
          id,
          region,
          `Penilai ${i + 1}`,
          `${id}@bench.test`,
          "EVALUATOR",
          now,
        ]),
      ],
    );

    // Entries that failed screening are stored too: the export has to leave them out.
    const failed = Math.round(comp.entries.length * 0.05);
    const all = [
      ...comp.entries.map((e) => ({ ...e, failed: false })),
      ...Array.from({ length: failed }, (_, i) => ({
        id: `bench-failed-${String(i + 1).padStart(5, "0")}`,
        title: `Usulan Tidak Lolos ${i + 1}`,
        category: "UMUM",
        opd: i % comp.opds,
        registeredAt: new Date(Date.UTC(2026, 2, 2)),
        failed: true,
      })),
    ];
    rows.Innovation = await insert(
      c,
      "Innovation",
      [
        ["id", "text"],
        ["regionId", "text"],
        ["opdId", "text"],
        ["year", "int"],
        ["title", "text"],
        ["status", '"InnovationStatus"'],
        ["createdById", "text"],
        ["updatedById", "text"],
        ["updatedAt", "timestamp(3)"],
      ],
      all.map((e) => [
        `inov-${e.id}`,
        region,
        opdId(e.opd),
        year - 1,
        e.title,
        "APPROVED",
        admin,
        admin,
        now,
      ]),
    );
    rows.InnovationVersion = await insert(
      c,
      "InnovationVersion",
      [
        ["id", "text"],
        ["innovationId", "text"],
        ["versionNo", "int"],
        ["snapshot", "jsonb"],
        ["status", '"InnovationStatus"'],
        ["createdById", "text"],
      ],
      all.map((e) => [
        `ver-${e.id}`,
        `inov-${e.id}`,
        1,
        JSON.stringify({ title: e.title, summary: "Ringkasan inovasi." }),
        "APPROVED",
        admin,
      ]),
    );
    rows.Competition = await insert(
      c,
      "Competition",
      [
        ["id", "text"],
        ["regionId", "text"],
        ["name", "text"],
        ["year", "int"],
        ["status", '"CompetitionStatus"'],
        ["passingGrade", "numeric"],
        ["shortlistSize", "int"],
        ["tieBreakers", "jsonb"],
        ["updatedAt", "timestamp(3)"],
      ],
      [
        [
          competitionId,
          region,
          "Kompetisi Inovasi Bench",
          year,
          "ACTIVE",
          comp.passingGrade,
          comp.shortlistSize,
          JSON.stringify(comp.tieBreakers),
          now,
        ],
      ],
    );
    // Stages before and after evaluation exist in a real competition; the export skips them.
    const stageId = (kind: string) => `bench-stage-${kind}`;
    const day = (d: number) => ts(new Date(Date.UTC(2026, 2, 1) + d * 86_400_000));
    const stageRows: [string, number, number, number][] = [
      ["REGISTRATION", 0, 0, 30],
      ["SCREENING", 0, 31, 45],
      ...comp.stages.map((s, i): [string, number, number, number] => [
        s.kind,
        s.weight,
        46 + 30 * i,
        70 + 30 * i,
      ]),
    ];
    rows.CompetitionStage = await insert(
      c,
      "CompetitionStage",
      [
        ["id", "text"],
        ["competitionId", "text"],
        ["kind", '"StageKind"'],
        ["startsAt", "timestamp(3)"],
        ["endsAt", "timestamp(3)"],
        ["weight", "numeric"],
      ],
      stageRows.map(([kind, weight, from, to]) => [
        stageId(kind),
        competitionId,
        kind,
        day(from),
        day(to),
        weight,
      ]),
    );
    const categoryId = (code: string) => `bench-category-${code}`;
    rows.CompetitionCategory = await insert(
      c,
      "CompetitionCategory",
      [
        ["id", "text"],
        ["competitionId", "text"],
        ["code", "text"],
        ["name", "text"],
        ["quota", "int"],
      ],
      comp.categories.map((k) => [categoryId(k.code), competitionId, k.code, k.name, k.quota]),
    );
    const criterionId = (code: string) => `bench-criterion-${code}`;
    rows.Criterion = await insert(
      c,
      "Criterion",
      [
        ["id", "text"],
        ["stageId", "text"],
        ["code", "text"],
        ["name", "text"],
        ["weight", "numeric"],
        ["scaleMin", "int"],
        ["scaleMax", "int"],
        ["required", "bool"],
        ["position", "int"],
      ],
      comp.stages.flatMap((s) =>
        s.criteria.map((k, i) => [
          criterionId(k.code),
          stageId(s.kind),
          k.code,
          k.name,
          k.weight,
          k.scaleMin,
          k.scaleMax,
          k.required,
          i,
        ]),
      ),
    );
    const finalists = new Set(comp.reviews.filter((r) => r.stage === "PRESENTATION").map((r) => r.entryId));
    rows.Entry = await insert(
      c,
      "Entry",
      [
        ["id", "text"],
        ["competitionId", "text"],
        ["innovationId", "text"],
        ["categoryId", "text"],
        ["versionId", "text"],
        ["status", '"EntryStatus"'],
        ["registeredById", "text"],
        ["registeredAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      all.map((e) => [
        e.id,
        competitionId,
        `inov-${e.id}`,
        categoryId(e.category),
        `ver-${e.id}`,
        e.failed ? "SCREENED_FAIL" : finalists.has(e.id) ? "FINALIST" : "SCREENED_PASS",
        admin,
        ts(e.registeredAt),
        now,
      ]),
    );
    const assignmentId = (i: number) => `bench-assignment-${String(i + 1).padStart(7, "0")}`;
    rows.Assignment = await insert(
      c,
      "Assignment",
      [
        ["id", "text"],
        ["entryId", "text"],
        ["stageId", "text"],
        ["evaluatorId", "text"],
        ["assignedById", "text"],
        ["noConflictAt", "timestamp(3)"],
      ],
      comp.reviews.map((r, i) => [
        assignmentId(i),
        r.entryId,
        stageId(r.stage),
        comp.evaluators[r.evaluator],
        admin,
        now,
      ]),
    );
    rows.Review = await insert(
      c,
      "Review",
      [
        ["id", "text"],
        ["assignmentId", "text"],
        ["overallComment", "text"],
        ["submittedAt", "timestamp(3)"],
        ["locked", "bool"],
        ["updatedAt", "timestamp(3)"],
      ],
      comp.reviews.map((r, i) => [
        `bench-review-${i + 1}`,
        assignmentId(i),
        "Catatan penilai.",
        r.submitted ? now : null,
        r.submitted,
        now,
      ]),
    );
    const stageByKind = new Map(comp.stages.map((s) => [s.kind, s]));
    const scores: unknown[][] = [];
    comp.reviews.forEach((r, i) => {
      const criteria = stageByKind.get(r.stage)?.criteria ?? [];
      criteria.forEach((k, j) => {
        const v = r.values[j] ?? null;
        if (v === null && !k.required) return;
        scores.push([`${assignmentId(i)}-${k.code}`, assignmentId(i), criterionId(k.code), v, now]);
      });
    });
    // The per-row scale trigger would run 100,000+ times; the generator keeps every value on its scale, so it is
    // switched off for this load only (inside the transaction; foreign keys are still checked).
    await c.query('ALTER TABLE "Score" DISABLE TRIGGER "Score_within_scale"');
    rows.Score = await insert(
      c,
      "Score",
      [
        ["id", "text"],
        ["assignmentId", "text"],
        ["criterionId", "text"],
        ["value", "numeric"],
        ["updatedAt", "timestamp(3)"],
      ],
      scores,
    );
    await c.query('ALTER TABLE "Score" ENABLE TRIGGER "Score_within_scale"');
    await c.query("COMMIT");
    // Fresh statistics, as autovacuum would have gathered on a live database.
    await c.query("ANALYZE");
    return { competitionId, rows };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}
