// npm run db:seed -- --demo — migrates, then (re)applies the demo data; safe to run again. Without --demo it
// only migrates and says how a real region is set up instead.
import { loadDotEnv, migrateAndSeed, openDatabase } from "./lib/prepare";

const demo = process.argv.slice(2).includes("--demo");
loadDotEnv();
const { url, embedded } = await openDatabase();
try {
  await migrateAndSeed(url, { demo: demo ? "always" : "never" });
  if (!demo) {
    console.log(
      "Tidak ada data yang diisi: data demo (Kabupaten Lestari Jaya, akun dengan kata sandi yang diumumkan) hanya\n" +
        "dibuat dengan `npm run db:seed -- --demo`. Untuk daerah sungguhan, jalankan `npm run setup`.",
    );
  }
} finally {
  await embedded?.stop();
}
