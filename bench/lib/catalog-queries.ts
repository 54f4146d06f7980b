// Child process of the catalogue bench: runs the catalogue's own searchCatalog (lib/catalog/queries/search.ts, the
// function the /katalog page calls) through a Prisma client that logs every statement, so the bench can replay
// exactly those statements through plain pg as the SQL lower bound; and times searchCatalog itself, in process
// (no HTTP, no React), as the middle step between raw SQL and the page.
//   node --conditions=react-server --import tsx bench/lib/catalog-queries.ts <database-url> <runs> <query-string>…
// (react-server: lib/catalog/queries/search.ts imports "server-only", which throws under any other condition.)
// Prints one JSON line on stdout.
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseCatalogQuery } from "@/lib/catalog/schemas";
import { searchCatalog } from "@/lib/catalog/queries/search";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";

const [url, runArg, ...queryStrings] = process.argv.slice(2);
if (!url || queryStrings.length === 0)
  throw new Error("usage: catalog-queries.ts <url> <runs> <query-string>…");
const runs = Number(runArg ?? 20);

const adapter = new PrismaPg({ connectionString: url, max: 10 });
const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
const logged: { query: string; params: string }[] = [];
client.$on("query", (e) => logged.push({ query: e.query, params: e.params }));
const db = client as unknown as Db;

export interface ScenarioQueries {
  qs: string;
  total: number;
  statements: { query: string; params: unknown[] }[];
  /** searchCatalog in process, ms per run (sequential). */
  inProcess: number[];
}

const out: ScenarioQueries[] = [];
try {
  for (const qs of queryStrings) {
    const { query } = parseCatalogQuery(new URLSearchParams(qs));
    logged.length = 0;
    const result = await searchCatalog(db, query);
    const statements = logged
      .filter((q) => !/^(BEGIN|COMMIT|DEALLOCATE)/i.test(q.query.trim()))
      .map((q) => ({ query: q.query, params: JSON.parse(q.params) as unknown[] }));
    const inProcess: number[] = [];
    for (let i = 0; i < 3; i++) await searchCatalog(db, query);
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await searchCatalog(db, query);
      inProcess.push(performance.now() - t);
    }
    out.push({ qs, total: result.total, statements, inProcess });
  }
} finally {
  await client.$disconnect();
}
console.log(JSON.stringify(out));
