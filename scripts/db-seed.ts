// npm run db:seed — migrates, then (re)applies the demo data; safe to run again.
import { loadDotEnv, migrateAndSeed, openDatabase } from "./lib/prepare";

loadDotEnv();
const { url, embedded } = await openDatabase();
try {
  await migrateAndSeed(url, { forceSeed: true });
} finally {
  await embedded?.stop();
}
