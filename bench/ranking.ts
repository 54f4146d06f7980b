// Ranking benchmarks. Prints figures with the targets beside them; never fails on a missed target.
//  1. Engine alone: computeRanking on KIPP-sized data and larger, each size in its own process (clean heap):
//     time (min / median / p95) and memory per score.
//  2. End to end on PostgreSQL: a fresh database (random name, dropped at the end), the same KIPP data bulk-loaded,
//     then exactly what the web ranking does (liveRanking in lib/ranking/queries.ts),
//     rankExport(await exportCompetition(db, id, { validate: false })), against ONE SQL query computing the desk
//     scores (the lower bound), with the split of where the time goes.
// See docs/benchmarks.md.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { computeRanking } from "@/lib/scoring";
import { rankExport } from "@/lib/scoring/io";
import { exportCompetition } from "@/lib/scoring/io/export";
import { rankingExportSchema } from "@/lib/scoring/io/schema";
import { createDatabase, dropDatabase } from "@/tests/integration/db";
import { engineInput, exportFile, generate, KIPP, type Size } from "./lib/kipp";
import { loadCompetition } from "./lib/load";
import { deskScoresSql } from "./lib/sql";
import { fmtInt, fmtMiB, fmtMs, machine, summarize, table, timeAsync, verdict } from "./lib/stats";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const ENGINE_TARGET_MS = 100;
const E2E_TARGET_RATIO = 2;

interface ChildResult {
  entries: number;
  reviews: number;
  scores: number;
  wall: number[];
  cpu: number[];
  rssBefore: number;
  peakRssDelta: number;
  retainedHeap: number;
}

const sha = (x: unknown) => createHash("sha256").update(JSON.stringify(x)).digest("hex").slice(0, 16);

async function engineAlone(sizes: { size: Size; warmups: number; runs: number }[]) {
  console.log("\n## Engine alone: computeRanking(input), one process per size (node --expose-gc)\n");
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-ranking-"));
  const results: ChildResult[] = [];
  try {
    for (const { size, warmups, runs } of sizes) {
      const file = path.join(dir, `input-${size.entries}.json`);
      await writeFile(file, JSON.stringify(engineInput(generate(size))));
      const { stdout } = await run(
        process.execPath,
        [
          "--expose-gc",
          "--import",
          "tsx",
          path.join("bench", "lib", "engine-child.ts"),
          file,
          String(warmups),
          String(runs),
        ],
        { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      );
      const r = JSON.parse(stdout.trim().split("\n").at(-1) as string) as ChildResult;
      results.push(r);
      await rm(file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const rows = results.map((r) => {
    const w = summarize(r.wall);
    const c = summarize(r.cpu);
    return [
      fmtInt(r.entries),
      fmtInt(r.reviews),
      fmtInt(r.scores),
      String(w.runs),
      fmtMs(w.min),
      fmtMs(w.median),
      fmtMs(w.p95),
      fmtMs(c.median),
      fmtMiB(r.peakRssDelta),
      fmtMiB(r.retainedHeap),
      fmtInt(r.peakRssDelta / r.scores),
      fmtInt(r.retainedHeap / r.scores),
    ];
  });
  console.log(
    table(
      [
        "entries",
        "reviews",
        "scores",
        "runs",
        "min",
        "median",
        "p95",
        "CPU median",
        "peak RSS +",
        "result heap",
        "B/score peak",
        "B/score kept",
      ],
      rows,
    ),
  );
  const kipp = results.find((r) => r.entries === KIPP.entries);
  if (kipp) {
    const median = summarize(kipp.wall).median;
    console.log(
      `\nKIPP size (${fmtInt(kipp.entries)} entries): median ${fmtMs(median)} — target < ${ENGINE_TARGET_MS} ms: ${verdict(median < ENGINE_TARGET_MS)}`,
    );
  }
  if (results.length > 1) {
    // Linear = the cost per score does not grow with the size. Peak RSS carries a fixed part (V8's young
    // generation, code), so its per-score figure falls as sizes grow; the heap the result keeps is the steady part.
    const kept = results.map((r) => r.retainedHeap / r.scores);
    const peak = results.map((r) => r.peakRssDelta / r.scores);
    const grows = (xs: number[]) => (xs.at(-1) as number) / Math.min(...xs.slice(0, -1));
    console.log(
      `Bytes per score, smallest → largest size: result heap ${kept.map(fmtInt).join(" → ")}, ` +
        `peak RSS ${peak.map(fmtInt).join(" → ")}`,
    );
    console.log(
      `Memory linear in the number of scores (largest size ≤ 1.25 × the smaller sizes' bytes per score): ` +
        `${verdict(grows(kept) <= 1.25 && grows(peak) <= 1.25)}`,
    );
  }
}

/** A client like createPrismaClient's that also reports every query and its database time. */
function loggingClient(url: string) {
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    log: [{ emit: "event", level: "query" }],
  });
}

async function endToEnd(warmups: number, runs: number) {
  console.log(
    "\n## End to end on PostgreSQL (KIPP size): rankExport(await exportCompetition(db, id, { validate: false }))\n",
  );
  const database = await createDatabase("bench_ranking");
  let db: Db | undefined;
  let logging: ReturnType<typeof loggingClient> | undefined;
  const sql = new pg.Client({ connectionString: database.url });
  try {
    let t = await timeAsync(() => migrate(database.url));
    console.log(`fresh database ${database.name}, ${t.value.length} migrations: ${fmtMs(t.ms)}`);
    const comp = generate(KIPP);
    const loaded = await timeAsync(() => loadCompetition(database.url, comp));
    const { competitionId, rows } = loaded.value;
    console.log(
      `bulk load (${Object.entries(rows)
        .filter(([, n]) => n > 100)
        .map(([k, n]) => `${fmtInt(n)} ${k}`)
        .join(", ")}), with ANALYZE: ${fmtMs(loaded.ms)}`,
    );

    db = createPrismaClient(database.url);
    await sql.connect();
    const client = db;
    // What the live ranking does (lib/ranking/queries.ts): the engine checks the reviews, the schema the rest.
    const e2e = () => exportCompetition(client, competitionId, { validate: false }).then(rankExport);

    // Same data as the engine-alone input? The ranking must be identical.
    const first = await e2e();
    const direct = computeRanking(engineInput(comp));
    const same = sha(first) === sha(direct);
    const sqlScores = await deskScoresSql(sql, competitionId);
    let maxDiff = 0;
    let compared = 0;
    for (const d of first.desk) {
      const s = sqlScores.get(d.entryId);
      if (d.deskScore === null || s === undefined) {
        if ((d.deskScore === null) !== (s === undefined)) maxDiff = Number.POSITIVE_INFINITY;
        continue;
      }
      compared++;
      maxDiff = Math.max(maxDiff, Math.abs(d.deskScore - s));
    }
    console.log(
      `checks: ranking from the database = ranking of the generated input: ${same ? "yes" : "NO"}; ` +
        `SQL desk scores vs engine: ${fmtInt(compared)} entries, max |difference| ${maxDiff.toExponential(1)}`,
    );

    const times = {
      e2e: [] as number[],
      sql: [] as number[],
      exp: [] as number[],
      rank: [] as number[],
      validated: [] as number[],
    };
    const zod: number[] = [];
    for (let i = 0; i < warmups; i++) {
      await e2e();
      await deskScoresSql(sql, competitionId);
    }
    for (let i = 0; i < runs; i++) {
      times.e2e.push((await timeAsync(e2e)).ms);
      times.sql.push((await timeAsync(() => deskScoresSql(sql, competitionId))).ms);
      const exp = await timeAsync(() => exportCompetition(client, competitionId, { validate: false }));
      times.exp.push(exp.ms);
      times.rank.push((await timeAsync(async () => rankExport(exp.value))).ms);
      times.validated.push((await timeAsync(() => exportCompetition(client, competitionId))).ms);
      zod.push((await timeAsync(async () => rankingExportSchema.safeParse(exp.value))).ms);
    }

    // Where the export's time goes: database time as Prisma reports it, and the same statements through plain pg.
    logging = loggingClient(database.url);
    const logged: { query: string; params: string; duration: number }[] = [];
    logging.$on("query", (e) => logged.push({ query: e.query, params: e.params, duration: e.duration }));
    const prismaQuery: number[] = [];
    const plainPg: number[] = [];
    const loggingDb = logging as unknown as Db;
    await exportCompetition(loggingDb, competitionId, { validate: false });
    for (let i = 0; i < runs; i++) {
      logged.length = 0;
      await exportCompetition(loggingDb, competitionId, { validate: false });
      const statements = logged.filter((q) => !/^(BEGIN|COMMIT|SET TRANSACTION)/i.test(q.query.trim()));
      prismaQuery.push(statements.reduce((n, q) => n + q.duration, 0));
      const replay = await timeAsync(async () => {
        await sql.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
        for (const q of statements) await sql.query(q.query, JSON.parse(q.params) as unknown[]);
        await sql.query("COMMIT");
      }).catch(() => null);
      if (replay) plainPg.push(replay.ms);
    }
    const statementCount = logged.filter(
      (q) => !/^(BEGIN|COMMIT|SET TRANSACTION)/i.test(q.query.trim()),
    ).length;

    const m = (xs: number[]) => summarize(xs).median;
    const split: string[][] = [
      [
        "exportCompetition, live ranking's read (three statements, one REPEATABLE READ batch)",
        fmtMs(m(times.exp)),
      ],
      [`  of which database time as Prisma reports it (${statementCount} statements)`, fmtMs(m(prismaQuery))],
      ...(plainPg.length > 0
        ? [["  the same statements through plain pg (server + wire + row parsing)", fmtMs(m(plainPg))]]
        : []),
      [
        "  rest: Prisma, JSON.parse and building the export",
        fmtMs(Math.max(0, m(times.exp) - m(prismaQuery))),
      ],
      ["rankExport (toEngineInput + computeRanking)", fmtMs(m(times.rank))],
      ["end to end, measured as one call", fmtMs(m(times.e2e))],
      ["ONE SQL query: desk score per entry (lower bound)", fmtMs(m(times.sql))],
      ["(not in the live ranking) exportCompetition validated as a file", fmtMs(m(times.validated))],
      ["(not in the live ranking)   of which the schema's pass (rankingExportSchema)", fmtMs(m(zod))],
    ];
    console.log(table(["step (median of " + runs + " runs)", "time"], split));
    const e2eS = summarize(times.e2e);
    const sqlS = summarize(times.sql);
    const ratio = e2eS.median / sqlS.median;
    console.log(
      `\nend to end: min ${fmtMs(e2eS.min)}, median ${fmtMs(e2eS.median)}, p95 ${fmtMs(e2eS.p95)}; ` +
        `SQL bound: min ${fmtMs(sqlS.min)}, median ${fmtMs(sqlS.median)}, p95 ${fmtMs(sqlS.p95)}`,
    );
    console.log(
      `ratio end to end / SQL (medians): ${ratio.toFixed(1)}× — target ≤ ${E2E_TARGET_RATIO}×: ${verdict(ratio <= E2E_TARGET_RATIO)}`,
    );
  } finally {
    await db?.$disconnect();
    await logging?.$disconnect();
    await sql.end().catch(() => undefined);
    await dropDatabase(database.name);
  }
}

/**
 * `npm run ranking` on a 50,000-entry export, as a user runs it (a child process writing to a file): time, output
 * size, and whether the output is valid JSON. Its explanations make about 800 MB, past the longest string V8 can
 * hold, so the command writes it entry by entry; the file is checked by Python's json module where it exists.
 */
async function commandAtScale(entries: number) {
  console.log(
    `\n## npm run ranking on a ${fmtInt(entries)}-entry export (child process, output to a file)\n`,
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-ranking-cli-"));
  try {
    const input = path.join(dir, "export.json");
    await writeFile(input, JSON.stringify(exportFile(generate({ ...KIPP, entries }))));
    const rows: string[][] = [];
    for (const [label, args] of [
      ["JSON with explanations", []],
      ["--no-explanations", ["--no-explanations"]],
      ["--table", ["--table"]],
    ] as const) {
      const output = path.join(dir, "out");
      const started = performance.now();
      await run(
        "sh",
        [
          "-c",
          `"$0" --import tsx scripts/ranking.ts "$1" ${args.join(" ")} > "$2"`,
          process.execPath,
          input,
          output,
        ],
        {
          cwd: ROOT,
        },
      );
      const ms = performance.now() - started;
      const bytes = (await stat(output)).size;
      let valid = "—";
      if (label !== "--table") {
        valid = await run("python3", ["-c", "import json,sys; json.load(open(sys.argv[1]))", output], {
          maxBuffer: 1024 * 1024,
        }).then(
          () => "yes",
          (e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? "not checked (no python3)" : "NO"),
        );
      }
      rows.push([label, fmtMs(ms), fmtMiB(bytes), valid]);
      await rm(output);
    }
    console.log(table(["output", "wall time", "size", "valid JSON"], rows));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function rankingBench(opts: { quick?: boolean } = {}) {
  console.log(`# Ranking benchmarks — ${machine()}`);
  const sizes = [
    { size: { ...KIPP, entries: 1_000 }, warmups: 3, runs: 10 },
    { size: KIPP, warmups: 5, runs: 20 },
    { size: { ...KIPP, entries: 10_000 }, warmups: 2, runs: 5 },
    ...(opts.quick ? [] : [{ size: { ...KIPP, entries: 50_000 }, warmups: 0, runs: 4 }]),
  ];
  await engineAlone(sizes);
  await endToEnd(2, opts.quick ? 3 : 7);
  if (!opts.quick) await commandAtScale(50_000);
  console.log(
    `\nload average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
}
