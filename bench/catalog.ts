// Catalogue benchmarks (performance and quality of the public catalogue). Prints figures with the targets beside
// them; never fails on a missed target. See docs/benchmarks.md, "The catalogue benchmark".
//  0. A national-scale catalogue (bench/lib/catalog-data.ts: 100,000 innovations in Indonesian across 500
//     regions) in a fresh database with a random name, dropped at the end even after an error.
//  1. Search latency: the production build (`next start`) on that database, loaded by autocannon at 50
//     connections: a typical search, the same search narrowed by two facets, and three upper bounds of throughput
//     served by the same server (a static file, a route with no database work, a page rendered without database). Beside it, the exact
//     statements the page issues (captured from lib/catalog/queries/search.ts) replayed through plain pg.
//  1b. The open-data API's list, sequential calls (its rate limit rules out load).
//  2. JavaScript weight of home, catalogue and an innovation page in Chromium, against the framework baseline.
//  2b. What a page view in a browser costs the server (CPU), against a fetch of its HTML alone.
//  3. Lighthouse (mobile) performance and accessibility of the same pages.
import { spawn, type ChildProcess, execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { chromium } from "playwright-core";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, dropDatabase } from "@/tests/integration/db";
import { loadCatalog, NATIONAL, type LoadedCatalog } from "./lib/catalog-data";
import type { ScenarioQueries } from "./lib/catalog-queries";
import { searchPath } from "@/lib/catalog/rules/search-path";
import { fmtInt, fmtMs, machine, summarize, table, timeAsync, verdict } from "./lib/stats";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CONNECTIONS = 50;
const P95_TARGET_MS = 150;
const RATIO_TARGET = 3;
const JS_TARGET_KB = 50;
const PERF_TARGET = 90;
const A11Y_TARGET = 95;

/**
 * Sent with every request, as Chromium sends them: a browser always accepts compressed answers, and the
 * catalogue page is mostly bytes (about 170 kB of HTML, 17 kB gzipped), so measuring without would measure a
 * client nobody uses.
 */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

const SEARCH = "q=pelayanan+kesehatan";
const SEARCH_FACETS = "q=pelayanan+kesehatan&jenis=DIGITAL&tahapan=PENERAPAN";

/** A search's own address, as the catalogue's links, paging, filters and form (with JavaScript) request it. */
const own = (qs: string) => searchPath(new URLSearchParams(qs));

/**
 * The catalogue is served from Next.js's page cache (lib/catalog/rules/cached-path.ts): repeating one URL measures a
 * cache hit after its first request. `distinct(qs)` gives that search at a new result page on every call (2, 3,
 * …), so every request misses the cache and runs the statements: the cost of a search nobody has made in the
 * last minute. (A made-up parameter would not do: the cache key keeps only the parameters the page reads.)
 */
const pageCounters = new Map<string, number>();
const distinct =
  (qs: string): PathSource =>
  () => {
    const n = (pageCounters.get(qs) ?? 1) + 1;
    pageCounters.set(qs, n);
    return own(`${qs}&page=${n}`);
  };

const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const msOr = (x: number) => (Number.isNaN(x) ? "—" : fmtMs(x));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Nearest-rank percentile. */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? Number.NaN;
}

async function freePort(from = 3400, to = 3499): Promise<number> {
  for (let port = from; port <= to; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once("error", () => resolve(false));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

/** The production build must exist; build it when it does not (and say so). */
async function ensureBuild() {
  const id = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(id)) {
    console.log("no production build (.next/BUILD_ID): running `npx next build` first …");
    const t = performance.now();
    await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    console.log(`build: ${fmtMs(performance.now() - t)}`);
  }
  const built = statSync(id).mtime.toISOString().slice(0, 16).replace("T", " ");
  console.log(
    `production build ${readFileSync(id, "utf8").trim()} of ${built} UTC (rebuild with \`npx next build\` after changes)`,
  );
}

interface Server {
  url: string;
  child: ChildProcess;
  log: string[];
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  // As scripts/e2e-server.ts starts it: `next start` with the database, an auth secret and the public URL.
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10",
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-".padEnd(48, "x"),
        NEXTAUTH_URL: url,
        APP_URL: url,
      },
    },
  );
  const keep = (b: Buffer) => {
    log.push(b.toString());
    if (log.length > 2000) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log.join("")}`);
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { url, child, log };
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`next start did not answer /api/health within 60 s:\n${log.join("")}`);
}

async function stopServer(s: Server) {
  if (s.child.exitCode !== null || s.child.pid === undefined) return;
  const exited = new Promise((r) => s.child.once("exit", r));
  try {
    process.kill(-s.child.pid, "SIGTERM"); // its own process group: next start and any worker it forked
  } catch {
    s.child.kill("SIGTERM");
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (s.child.exitCode === null) {
    try {
      process.kill(-s.child.pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Search latency

interface Load {
  /** Time the server needed after the run to finish the requests still queued. */
  drained: number;
  sent: number;
  name: string;
  path: string;
  connections: number;
  /** Latencies of the 2xx answers only: a fast error page is no answer to a search. */
  latencies: number[];
  rps: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytes: number;
}

/** A source of request paths: every call may give another (for searches that must miss the page cache). */
type PathSource = () => string;

function cannon(
  url: string,
  seconds: number,
  connections: number,
  latencies?: number[],
  next?: PathSource,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const requests = next
      ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: next() }) }]
      : undefined;
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 30, requests, headers: BROWSER_HEADERS },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
    // Every 2xx response's latency, so p95 can be computed (autocannon's summary has p90 and p97.5, no p95).
    if (latencies)
      instance.on("response", (_client, status, _bytes, ms) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
  });
}

/**
 * Waits until the server answers a request with no database work quickly again. autocannon stops sending at the
 * end of its run and drops the answers still in flight, but the server goes on rendering every request already
 * queued: without this, the next URL would be measured behind the previous one's backlog.
 */
async function drain(base: string): Promise<number> {
  const t = performance.now();
  while (performance.now() - t < 120_000) {
    const s = performance.now();
    await fetch(`${base}/robots.txt`).then((r) => r.arrayBuffer());
    if (performance.now() - s < 100 && (await databaseIdle())) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return performance.now() - t;
}

/**
 * Whether the bench database runs no statement of the server's. A flood of searches that miss the cache leaves
 * statements running in PostgreSQL after the server has given up waiting for them (the pool's 5 s), while
 * `/robots.txt` already answers quickly: the next URL would be measured on a busy database. Set by `latency()`.
 */
let databaseIdle: () => Promise<boolean> = () => Promise.resolve(true);

async function watchDatabase(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  databaseIdle = async () => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND backend_type = 'client backend'`,
    );
    return rows[0]?.n === 0;
  };
  return client;
}

/**
 * A server that has been running: V8 optimises the code paths it runs often, so a fresh process answers its first
 * thousands of requests slower (measured by hand on the national data: a cached search at one connection 4–5 ms p50
 * fresh, 3 ms after a minute of load; at 50 connections the first URL measured did 330 /s, the same URL 600–700 /s
 * later in the same process). Without a warm-up the first URLs measured would pay for a fresh process and the
 * later ones would not. Every URL the bench measures repeatedly is requested for `seconds` here, at 50 connections,
 * before anything is measured.
 */
async function warmServer(base: string, paths: string[], seconds: number): Promise<void> {
  const t = performance.now();
  for (const p of paths) {
    await cannon(base + p, seconds, CONNECTIONS);
    await drain(base);
  }
  console.log(
    `server warm-up: ${paths.length} URLs × ${seconds} s at ${CONNECTIONS} connections, ${fmtMs(performance.now() - t)} in all`,
  );
}

async function measure(
  base: string,
  name: string,
  p: string,
  seconds: number,
  warmup: number,
  connections = CONNECTIONS,
  next?: PathSource,
): Promise<Load> {
  await cannon(base + p, warmup, connections, undefined, next);
  await drain(base);
  const latencies: number[] = [];
  const r = await cannon(base + p, seconds, connections, latencies, next);
  const drained = await drain(base);
  return {
    drained,
    sent: r.requests.sent,
    name,
    path: p,
    connections,
    latencies,
    rps: r.requests.average,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytes: r.throughput.average,
  };
}

/** The statements searchCatalog issues, captured by a child process (see bench/lib/catalog-queries.ts). */
async function captureQueries(databaseUrl: string, runs: number, qs: string[]): Promise<ScenarioQueries[]> {
  const { stdout } = await run(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join("bench", "lib", "catalog-queries.ts"),
      databaseUrl,
      String(runs),
      ...qs,
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as ScenarioQueries[];
}

/** One search as the page runs it: the facet and page statements together, then the OPD labels. */
async function sqlSearch(pool: pg.Pool, s: ScenarioQueries) {
  const [a, b, ...rest] = s.statements;
  await Promise.all([a, b].filter((x) => x !== undefined).map((x) => pool.query(x.query, x.params)));
  for (const x of rest) await pool.query(x.query, x.params);
}

async function sqlSequential(pool: pg.Pool, s: ScenarioQueries, runs: number) {
  for (let i = 0; i < 3; i++) await sqlSearch(pool, s);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await sqlSearch(pool, s);
    times.push(performance.now() - t);
  }
  return times;
}

/** 50 closed-loop workers over a pool of the app's size, for `seconds`: the SQL at the app's concurrency. */
async function sqlConcurrent(pool: pg.Pool, s: ScenarioQueries, seconds: number) {
  const times: number[] = [];
  const start = performance.now();
  const until = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await sqlSearch(pool, s);
        times.push(performance.now() - t);
      }
    }),
  );
  // Searches started before the end run to completion: throughput over the whole time taken.
  return { times, rps: (times.length * 1000) / (performance.now() - start) };
}

async function latency(server: Server, databaseUrl: string, quick: boolean) {
  const seconds = quick ? 5 : 10;
  const warmup = quick ? 2 : 3;
  const sqlRuns = quick ? 20 : 50;
  console.log(
    `\n## Search latency: autocannon, ${CONNECTIONS} connections (and 1), ${seconds} s per URL after ${warmup} s of warm-up; ` +
      `every request with accept-encoding "${BROWSER_HEADERS["accept-encoding"]}" as a browser sends it; ` +
      `SQL: the page's own statements through pg\n`,
  );
  const manifest = JSON.parse(await readFile(path.join(ROOT, ".next", "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const staticFile = `/_next/${manifest.rootMainFiles[0] as string}`;
  const watcher = await watchDatabase(databaseUrl);
  try {
    await warmServer(
      server.url,
      ["/robots.txt", "/", ...[SEARCH, SEARCH_FACETS].flatMap((qs) => [own(qs), `/katalog?${qs}`])],
      quick ? 3 : 5,
    );
    await measureAll(server, databaseUrl, seconds, warmup, sqlRuns, staticFile);
  } finally {
    databaseIdle = () => Promise.resolve(true);
    await watcher.end();
  }
}

async function measureAll(
  server: Server,
  databaseUrl: string,
  seconds: number,
  warmup: number,
  sqlRuns: number,
  staticFile: string,
) {
  const loads: Load[] = [];
  // Upper bounds first, so no backlog of searches can weigh on them.
  for (const [name, p] of [
    ["static file (framework chunk)", staticFile],
    ["no database: /robots.txt", "/robots.txt"],
    // Home renders the root layout and a page, like the catalogue, but reads nothing from the database: what
    // server rendering alone costs.
    ["server-rendered page, no database: home", "/"],
  ] as const) {
    loads.push(await measure(server.url, name, p, seconds, warmup));
  }
  // Each search at its own address (/katalog/cari/…) four ways: repeated (served from the page cache after the
  // warm-up's first request) and distinct (every request a cache miss), at 50 connections and at one (the page's
  // own cost, no queue in front of it). Then repeated at the classic /katalog?… address, which proxy.ts rewrites to
  // the same cached page: what a search costs when it comes from a form without JavaScript or an old link.
  const searches = [
    ["search", SEARCH],
    ["search + 2 facets", SEARCH_FACETS],
  ] as const;
  const byKey = new Map<string, Load>();
  for (const [name, qs] of searches) {
    for (const connections of [CONNECTIONS, 1]) {
      const cached = await measure(
        server.url,
        `${name}, repeated (cached)`,
        own(qs),
        seconds,
        warmup,
        connections,
      );
      const missed = await measure(
        server.url,
        `${name}, distinct pages (uncached)`,
        own(`${qs}&page=N`),
        seconds,
        warmup,
        connections,
        distinct(qs),
      );
      loads.push(cached, missed);
      byKey.set(`${name}|cached|${connections}`, cached);
      byKey.set(`${name}|uncached|${connections}`, missed);
    }
    const classic = await measure(
      server.url,
      `${name}, repeated (cached), via proxy.ts`,
      `/katalog?${qs}`,
      seconds,
      warmup,
    );
    loads.push(classic);
    byKey.set(`${name}|classic|${CONNECTIONS}`, classic);
  }
  console.log(
    table(
      [
        "URL",
        "conn.",
        "sent",
        "answered",
        "req/s",
        "p50",
        "p95",
        "p99",
        "errors",
        "timeouts",
        "non-2xx",
        "backlog after",
      ],
      loads.map((l) => [
        `${l.name} ${l.path.length > 60 ? `${l.path.slice(0, 57)}…` : l.path}`,
        String(l.connections),
        fmtInt(l.sent),
        fmtInt(l.requests),
        l.rps.toFixed(1),
        msOr(pct(l.latencies, 0.5)),
        msOr(pct(l.latencies, 0.95)),
        msOr(pct(l.latencies, 0.99)),
        fmtInt(l.errors),
        fmtInt(l.timeouts),
        fmtInt(l.non2xx),
        fmtMs(l.drained),
      ]),
    ),
  );
  console.log(
    "(answered: responses within the run, non-2xx included; requests still in flight when it ends are not counted " +
      "by autocannon, so with slow answers the percentiles understate: compare sent and answered. " +
      "p50/p95/p99: 2xx answers only)",
  );
  if (loads.some((l) => l.non2xx > 0 || l.errors > 0)) {
    // What the server said about the failed requests (its log, stack traces shortened to their first line).
    const lines = server.log
      .join("")
      .split("\n")
      .filter((l) => /error|timeout|P\d{4}/i.test(l) && !/^\s+at /.test(l));
    const counts = new Map<string, number>();
    for (const l of lines) counts.set(l.trim().slice(0, 160), (counts.get(l.trim().slice(0, 160)) ?? 0) + 1);
    console.log("server log for the failed requests (most frequent first):");
    for (const [l, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${n} × ${l}`);
  }
  const htmlSizes = await Promise.all(
    [SEARCH, SEARCH_FACETS].map(async (qs) => {
      const body = Buffer.from(await (await fetch(`${server.url}${own(qs)}`)).arrayBuffer());
      return `${kb(body.length)} (${kb(gzipSync(body).length)} gz)`;
    }),
  );
  console.log(`HTML of the two search pages: ${htmlSizes.join(", ")}`);

  const scenarios = await captureQueries(databaseUrl, sqlRuns, [SEARCH, SEARCH_FACETS]);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  });
  const rows: string[][] = [];
  const summary: {
    name: string;
    cached: Load;
    classic: Load;
    uncached: Load;
    cachedOne: Load;
    uncachedOne: Load;
    seq: number[];
  }[] = [];
  try {
    for (const [i, s] of scenarios.entries()) {
      const name = searches[i]![0];
      const get = (kind: string, c: number) => byKey.get(`${name}|${kind}|${c}`) as Load;
      const cached = get("cached", CONNECTIONS);
      const uncached = get("uncached", CONNECTIONS);
      const cachedOne = get("cached", 1);
      const uncachedOne = get("uncached", 1);
      const classic = get("classic", CONNECTIONS);
      const seq = await sqlSequential(pool, s, sqlRuns);
      const conc = await sqlConcurrent(pool, s, seconds);
      summary.push({ name, cached, classic, uncached, cachedOne, uncachedOne, seq });
      const line = (what: string, xs: number[], extra = "") => [
        `${name}: ${what}`,
        fmtInt(xs.length),
        msOr(pct(xs, 0.5)),
        msOr(pct(xs, 0.95)),
        extra,
      ];
      rows.push(
        line(`SQL, ${s.statements.length} statements, sequential`, seq),
        line(
          `SQL at ${CONNECTIONS} concurrent (pool of ${pool.options.max})`,
          conc.times,
          `${conc.rps.toFixed(1)} /s`,
        ),
        line("searchCatalog in process (Prisma), sequential", s.inProcess),
        line("page, uncached, 1 connection (2xx)", uncachedOne.latencies, `${uncachedOne.rps.toFixed(1)} /s`),
        line(
          `page, uncached, ${CONNECTIONS} connections (2xx)`,
          uncached.latencies,
          `${uncached.rps.toFixed(1)} /s`,
        ),
        line("page, cached, 1 connection (2xx)", cachedOne.latencies, `${cachedOne.rps.toFixed(1)} /s`),
        line(
          `page, cached, ${CONNECTIONS} connections (2xx)`,
          cached.latencies,
          `${cached.rps.toFixed(1)} /s`,
        ),
        line(
          `page, cached, via /katalog?… and proxy.ts, ${CONNECTIONS} connections (2xx)`,
          classic.latencies,
          `${classic.rps.toFixed(1)} /s`,
        ),
      );
      console.log(`${name}: ${fmtInt(s.total)} public innovations match`);
    }
  } finally {
    await pool.end();
  }
  console.log(table(["", "runs", "p50", "p95", "throughput"], rows));
  console.log("");
  const p95Line = (name: string, what: string, l: Load) => {
    const p95 = pct(l.latencies, 0.95);
    const failed = l.non2xx + l.errors + l.timeouts;
    console.log(
      `${name}, ${what}: app p95 at ${CONNECTIONS} connections ${msOr(p95)} (${fmtInt(l.latencies.length)} answered ` +
        `with 2xx, ${fmtInt(failed)} failed, ${fmtInt(l.sent - l.requests)} still waiting at the end) — ` +
        `target < ${P95_TARGET_MS} ms: ${verdict(l.latencies.length > 0 && failed === 0 && p95 < P95_TARGET_MS)}`,
    );
  };
  for (const s of summary) {
    p95Line(s.name, "repeated at its own address (served from the page cache)", s.cached);
    p95Line(s.name, "repeated at /katalog?… (proxy.ts, then the page cache)", s.classic);
    p95Line(s.name, "distinct pages (every request a cache miss)", s.uncached);
    // The page's own overhead over its SQL, both unqueued, on the uncached path (a cached answer runs no SQL).
    const ratio = pct(s.uncachedOne.latencies, 0.5) / pct(s.seq, 0.5);
    console.log(
      `${s.name}: uncached app p50 at 1 connection / SQL p50 sequential ${Number.isNaN(ratio) ? "—" : `${ratio.toFixed(1)}×`} — ` +
        `target ≤ ${RATIO_TARGET}×: ${verdict(ratio <= RATIO_TARGET)}; a cached answer: ${msOr(pct(s.cachedOne.latencies, 0.5))} p50`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1b. The open-data API's list

/**
 * `/api/v1/inovasi` pages the same matches as the catalogue (lib/opendata/queries.ts). Its rate limit (120 a
 * minute per IP) rules out autocannon, so: sequential calls, one connection, after 3 warm-ups; 3 URLs × 20 calls
 * stay under the limit.
 */
async function openDataLatency(server: Server, runs: number) {
  console.log(`\n## Open-data API: /api/v1/inovasi, ${runs} sequential calls per URL, one connection\n`);
  const urls: [string, string][] = [
    ["first page, no filter", "/api/v1/inovasi"],
    ["a search", `/api/v1/inovasi?${SEARCH}`],
    ["a search + 2 facets, 100 per page", `/api/v1/inovasi?${SEARCH_FACETS}&limit=100`],
  ];
  const rows: string[][] = [];
  for (const [name, p] of urls) {
    const times: number[] = [];
    const statuses = new Set<number>();
    for (let i = 0; i < runs + 3; i++) {
      const { ms, value: status } = await timeAsync(async () => {
        const res = await fetch(server.url + p, { headers: BROWSER_HEADERS });
        await res.arrayBuffer();
        return res.status;
      });
      statuses.add(status);
      if (i >= 3) times.push(ms);
    }
    const s = summarize(times);
    rows.push([`${name} ${p}`, fmtMs(s.median), fmtMs(s.p95), [...statuses].join(", ")]);
  }
  console.log(table(["URL", "p50", "p95", "status"], rows));
}

// ---------------------------------------------------------------------------------------------------------------
// 2. JavaScript weight

async function jsWeight(server: Server, pages: [string, string][]) {
  console.log(
    `\n## JavaScript weight: first visit in Chromium (${CHROMIUM}), fresh context per page, gzip -6 of each JS body\n`,
  );
  const manifest = JSON.parse(await readFile(path.join(ROOT, ".next", "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const framework = await Promise.all(
    manifest.rootMainFiles.map(async (f) => gzipSync(await readFile(path.join(ROOT, ".next", f))).length),
  );
  const baseline = framework.reduce((a, b) => a + b, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const rows: string[][] = [];
  const encodings = new Set<string>();
  try {
    for (const [name, p] of pages) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const scripts: Promise<{ raw: number; gz: number; wire: number }>[] = [];
      page.on("response", (res) => {
        if (res.request().resourceType() !== "script") return;
        encodings.add(res.headers()["content-encoding"] ?? "identity");
        scripts.push(
          Promise.all([res.body(), res.request().sizes()]).then(([body, sizes]) => ({
            raw: body.length,
            gz: gzipSync(body).length,
            wire: sizes.responseBodySize,
          })),
        );
      });
      const nav = await page.goto(server.url + p, { waitUntil: "networkidle" });
      const html = nav ? await nav.body() : Buffer.alloc(0);
      const got = await Promise.all(scripts);
      await context.close();
      const gz = got.reduce((a, s) => a + s.gz, 0);
      const wire = got.reduce((a, s) => a + s.wire, 0);
      const raw = got.reduce((a, s) => a + s.raw, 0);
      const extra = gz - baseline;
      rows.push([
        `${name} ${p}`,
        String(got.length),
        kb(raw),
        kb(wire),
        kb(gz),
        `${extra >= 0 ? "+" : ""}${kb(extra)}`,
        name.startsWith("empty") ? "" : verdict(extra <= JS_TARGET_KB * 1024),
        `${kb(html.length)} / ${kb(gzipSync(html).length)}`,
      ]);
    }
  } finally {
    await browser.close();
  }
  console.log(
    `framework baseline (the build's rootMainFiles, loaded by every page): ${manifest.rootMainFiles.length} files, ${kb(baseline)} gz`,
  );
  console.log(`content-encoding of the JS responses from next start: ${[...encodings].join(", ")}\n`);
  console.log(
    table(
      [
        "page",
        "JS files",
        "JS raw",
        "on the wire",
        "JS gz",
        "over baseline",
        `≤ +${JS_TARGET_KB} kB`,
        "HTML raw / gz",
      ],
      rows,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 2b. What a page view costs the server

const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/** CPU time (user + system, ms) used so far by every process in the server's process group. */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the ") " that ends the command name: state ppid pgrp … utime (12th) stime (13th).
      const f = (readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      /* the process ended */
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/**
 * A browser does not stop at the page: it fetches scripts, styles, the icon, and whatever the page's scripts ask
 * for (next/link prefetches, the cached page's session look-up). For each page, the server's CPU time per plain
 * fetch of the HTML, against per view in Chromium (a fresh context each time: a first visit, nothing cached), and
 * the requests a view makes. docs/decisions/008-no-link-prefetch.md.
 */
async function viewCost(server: Server, pages: [string, string][], views: number) {
  console.log(
    `\n## What a page view costs the server: CPU of next start's process group, ${views} views per page\n`,
  );
  const pgid = server.child.pid;
  if (pgid === undefined || !existsSync(`/proc/${pgid}/stat`)) {
    console.log("(no /proc for the server process: skipped)");
    return;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const rows: string[][] = [];
  try {
    for (const [name, p] of pages) {
      const fetchPage = () =>
        fetch(server.url + p, { headers: BROWSER_HEADERS }).then((r) => r.arrayBuffer());
      for (let i = 0; i < 3; i++) await fetchPage();
      const c0 = groupCpuMs(pgid);
      for (let i = 0; i < views; i++) await fetchPage();
      const plain = (groupCpuMs(pgid) - c0) / views;
      // Per view, a first visit (fresh context: nothing cached) and then the same page again (a return visit:
      // the static files come from the browser's cache).
      const first = { cpu: 0, all: 0, rsc: 0 };
      const again = { cpu: 0, all: 0, rsc: 0 };
      for (let i = 0; i < views; i++) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        let count = first;
        page.on("request", (r) => {
          count.all++;
          if (r.headers()["rsc"]) count.rsc++;
        });
        for (const visit of [first, again]) {
          count = visit;
          const c0 = groupCpuMs(pgid);
          await page.goto(server.url + p, { waitUntil: "networkidle" });
          await page.waitForTimeout(500); // prefetches start when the browser is idle
          visit.cpu += groupCpuMs(pgid) - c0;
        }
        await context.close();
      }
      const per = (x: number) => (x / views).toFixed(1);
      rows.push([
        `${name} ${p}`,
        fmtMs(plain),
        fmtMs(first.cpu / views),
        `${(first.cpu / views / Math.max(plain, 0.1)).toFixed(1)}×`,
        `${per(first.all)} (${per(first.rsc)})`,
        fmtMs(again.cpu / views),
        `${per(again.all)} (${per(again.rsc)})`,
      ]);
    }
  } finally {
    await browser.close();
  }
  console.log(
    table(
      [
        "page",
        "CPU per HTML fetch",
        "CPU per first visit",
        "ratio",
        "requests (RSC)",
        "CPU per return visit",
        "requests (RSC)",
      ],
      rows,
    ),
  );
  console.log(
    "(CPU from the kernel's 10 ms ticks, averaged over the views. requests: all the page asked for, RSC among them.\n" +
      "A first visit fetches the static files; a return visit (the same page again, same context) gets them from the\n" +
      "browser's cache, so the server sees the page, the icon and, on the cached catalogue pages, the session look-up)",
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Lighthouse

interface LhResult {
  perf: number;
  a11y: number;
  failed: string[];
  metrics: string;
  /** Lighthouse's own measure of the host's CPU during the run ("CPU/Memory Power" in its report). */
  benchmarkIndex: number;
}

async function lighthouseOnce(url: string, dir: string): Promise<LhResult> {
  const out = path.join(dir, `lh-${Date.now()}.json`);
  await run(
    process.execPath,
    [
      path.join("node_modules", "lighthouse", "cli", "index.js"),
      url,
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${out}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      "--quiet",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    },
  );
  const lhr = JSON.parse(await readFile(out, "utf8")) as {
    environment: { benchmarkIndex: number };
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<
      string,
      { score: number | null; title: string; displayValue?: string; scoreDisplayMode: string }
    >;
  };
  await rm(out, { force: true });
  const cat = lhr.categories;
  const failed = (cat.accessibility?.auditRefs ?? [])
    .filter(
      (ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1,
    )
    .map((ref) => ref.id);
  const m = (k: string) => lhr.audits[k]?.displayValue ?? "?";
  return {
    perf: Math.round((cat.performance?.score ?? 0) * 100),
    a11y: Math.round((cat.accessibility?.score ?? 0) * 100),
    failed,
    metrics: `FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}`,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/**
 * A static HTML page with no script and no style sheet, served by the bench itself: Lighthouse's floor on this
 * machine. Its simulated slowdown multiplies whatever the host's Chromium spends on its own (the report's
 * "Unattributable" work), so on a busy or slow host even this page loses points; the pages' scores read against it.
 */
const BLANK_PAGE =
  '<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  "<title>Halaman kosong</title></head><body><h1>Halaman kosong</h1><p>Tanpa skrip, tanpa gaya.</p></body></html>";

async function serveBlankPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(BLANK_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function lighthouse(server: Server, pages: [string, string][], runs: number) {
  console.log(
    `\n## Lighthouse ${JSON.parse(readFileSync(path.join(ROOT, "node_modules", "lighthouse", "package.json"), "utf8")).version as string}: ` +
      `mobile (default config: simulated slow 4G, 4× CPU slowdown), ${runs === 1 ? "one run" : `median of ${runs} runs`} per page\n`,
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-lighthouse-"));
  const blank = await serveBlankPage();
  const rows: string[][] = [];
  try {
    const targets: [string, string][] = [
      ...pages.map(([name, p]): [string, string] => [`${name} ${p}`, server.url + p]),
      ["floor: static HTML, no script (served by the bench)", blank.url],
    ];
    for (const [label, url] of targets) {
      const results: LhResult[] = [];
      for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(url, dir));
      const median = (xs: number[]) => summarize(xs).median;
      const perf = median(results.map((r) => r.perf));
      const a11y = median(results.map((r) => r.a11y));
      const mid = [...results].sort((a, b) => a.perf - b.perf)[results.length >> 1] as LhResult;
      rows.push([
        label,
        results.map((r) => r.perf).join(" "),
        `${perf} ${verdict(perf >= PERF_TARGET)}`,
        results.map((r) => r.a11y).join(" "),
        `${a11y} ${verdict(a11y >= A11Y_TARGET)}`,
        mid.metrics,
        results.map((r) => r.benchmarkIndex).join(" "),
        [...new Set(results.flatMap((r) => r.failed))].join(", ") || "—",
      ]);
    }
  } finally {
    await blank.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    table(
      [
        "page",
        "perf runs",
        `perf (≥ ${PERF_TARGET})`,
        "a11y runs",
        `a11y (≥ ${A11Y_TARGET})`,
        "median run",
        "host benchmarkIndex",
        "a11y audits not passed",
      ],
      rows,
    ),
  );
  console.log(
    "(benchmarkIndex: Lighthouse's measure of the host's CPU in each run; its default 4× slowdown assumes a host of " +
      "1,500–2,000 and it warns under 1,000. Lighthouse's docs/throttling.md.)",
  );
}

// ---------------------------------------------------------------------------------------------------------------

export async function catalogBench(opts: { quick?: boolean } = {}) {
  const quick = opts.quick ?? false;
  console.log(`# Catalogue benchmarks — ${machine()}`);
  await ensureBuild();
  const database = await createDatabase("bench_catalog");
  let server: Server | undefined;
  try {
    const t = performance.now();
    const migrations = await migrate(database.url);
    console.log(
      `fresh database ${database.name}, ${migrations.length} migrations: ${fmtMs(performance.now() - t)}`,
    );
    const loaded: LoadedCatalog = await loadCatalog(database.url, NATIONAL);
    console.log(
      `generated and loaded (seed ${NATIONAL.seed}): ${Object.entries(loaded.rows)
        .map(([k, n]) => `${fmtInt(n)} ${k}`)
        .join(", ")}; ${fmtInt(loaded.publicInnovations)} innovations public ` +
        `(${((100 * loaded.publicInnovations) / NATIONAL.innovations).toFixed(1)} %)`,
    );
    console.log(
      `load time: bulk insert ${fmtMs(loaded.ms.load)}, search documents ${fmtMs(loaded.ms.documents)}, ` +
        `VACUUM ANALYZE ${fmtMs(loaded.ms.analyze)}, total ${fmtMs(loaded.ms.load + loaded.ms.documents + loaded.ms.analyze)}`,
    );

    server = await startServer(database.url);
    console.log(`next start on ${server.url} (pid ${server.child.pid ?? "?"}), pointed at ${database.name}`);
    const pages: [string, string][] = [
      ["home", "/"],
      ["catalogue", "/katalog"],
      ["innovation page", `/katalog/${loaded.sampleInnovationId}`],
    ];

    await latency(server, database.url, quick);
    await openDataLatency(server, quick ? 10 : 20);
    await jsWeight(server, [
      ...pages,
      ["empty page of the same build (404, root layout only)", "/bench-halaman-kosong"],
    ]);
    await viewCost(server, [...pages, ["cached search", own(SEARCH)]], quick ? 5 : 20);
    await lighthouse(server, pages, quick ? 1 : 5);
  } finally {
    if (server) await stopServer(server);
    await dropDatabase(database.name);
  }
  console.log(`\nload average at the end: ${loadavg()}`);
}
