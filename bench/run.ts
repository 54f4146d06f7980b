// npm run bench — prints figures; never asserts timings (see docs/benchmarks.md).
//   npm run bench                      every section
//   npm run bench -- ranking           one section (auth, migrations, ranking, catalog)
//   npm run bench -- ranking --quick   ranking without the 50,000-entry size, fewer runs
//   npm run bench -- catalog [--quick] catalogue search, JavaScript weight and Lighthouse
import { performance } from "node:perf_hooks";
import { hashPassword, verifyPassword } from "../lib/auth/password";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { catalogBench } from "./catalog";
import { rankingBench } from "./ranking";

function ms(start: number) {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

async function auth() {
  const t = performance.now();
  const hash = await hashPassword("Rahasia2026");
  console.log(`bcrypt cost 12 hash: ${ms(t)}`);
  const v = performance.now();
  await verifyPassword("Rahasia2026", hash);
  console.log(`bcrypt cost 12 verify (one login): ${ms(v)}`);
}

async function migrations() {
  let t = performance.now();
  const db = await startEmbeddedDatabase("memory://");
  console.log(`embedded PGlite start: ${ms(t)}`);
  t = performance.now();
  const applied = await migrate(db.url);
  console.log(`migrations on empty embedded database (${applied.length}): ${ms(t)}`);
  await db.stop();
}

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const sections: Record<string, () => Promise<void>> = {
  auth,
  migrations,
  ranking: () => rankingBench({ quick }),
  catalog: () => catalogBench({ quick }),
};
const chosen = args.filter((a) => !a.startsWith("--"));
const unknown = chosen.filter((name) => !Object.hasOwn(sections, name));
if (unknown.length > 0) {
  console.error(
    `Unknown bench section(s): ${unknown.join(", ")}. Known: ${Object.keys(sections).join(", ")}.`,
  );
  process.exit(2);
}
for (const [name, fn] of Object.entries(sections)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  await fn();
}
