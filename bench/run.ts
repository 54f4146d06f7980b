// npm run bench — prints figures; never asserts timings (see DEVELOPERS.md).
import { performance } from "node:perf_hooks";
import { hashPassword, verifyPassword } from "../lib/auth/password";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

function ms(start: number) {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

async function main() {
  let t = performance.now();
  const hash = await hashPassword("Rahasia2026");
  console.log(`bcrypt cost 12 hash: ${ms(t)}`);
  t = performance.now();
  await verifyPassword("Rahasia2026", hash);
  console.log(`bcrypt cost 12 verify (one login): ${ms(t)}`);

  t = performance.now();
  const db = await startEmbeddedDatabase("memory://");
  console.log(`embedded PGlite start: ${ms(t)}`);
  t = performance.now();
  const applied = await migrate(db.url);
  console.log(`migrations on empty embedded database (${applied.length}): ${ms(t)}`);
  await db.stop();
}

await main();
