// npm run db:migrate — applies pending migrations (to DATABASE_URL, or the embedded database).
import { migrate } from "../lib/db/migrate";
import { loadDotEnv, openDatabase } from "./lib/prepare";

loadDotEnv();
const { url, embedded } = await openDatabase();
try {
  const applied = await migrate(url, undefined, (line) => console.log(line));
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
