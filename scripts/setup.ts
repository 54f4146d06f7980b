// npm run setup — the first-run setup from the command line: the region's profile and its first secretariat (ADMIN)
// account, then a one-time link for that account to choose its password. Flags for scripted installs; what is
// missing is asked for when stdin is a terminal. Refused once an ADMIN exists.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ActionError } from "../lib/action-types";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { hasAdmin } from "../lib/install/queries";
import { InstallInvalid } from "../lib/install/schemas";
import { setupRegion } from "../lib/install/service";
import { loadDotEnv, openDatabase } from "./lib/prepare";

const FIELDS = [
  ["region-name", "regionName", "Nama daerah (mis. Kabupaten Sukamaju)"],
  ["kind", "kind", "Jenis daerah (PROVINSI/KABUPATEN/KOTA)"],
  ["province", "province", "Provinsi (kosongkan untuk provinsi)"],
  ["code", "code", "Kode wilayah Kemendagri (opsional, mis. 33.01)"],
  ["address", "address", "Alamat kantor (opsional)"],
  ["website", "website", "Situs web (opsional, https://…)"],
  ["time-zone", "timeZone", "Zona waktu (WIB/WITA/WIT, bawaan WIB)"],
  ["admin-name", "adminName", "Nama akun sekretariat"],
  ["admin-email", "adminEmail", "Email akun sekretariat"],
  ["admin-nip", "adminNip", "NIP akun sekretariat (opsional, 18 digit)"],
] as const;

const { values } = parseArgs({
  options: {
    ...Object.fromEntries(FIELDS.map(([flag]) => [flag, { type: "string" as const }])),
    "app-url": { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  strict: true,
});

if (values.help) {
  console.log(
    "npm run setup -- [--region-name NAMA] [--kind PROVINSI|KABUPATEN|KOTA] [--province NAMA] [--code 33.01]\n" +
      "  [--address ALAMAT] [--website https://…] [--time-zone WIB|WITA|WIT]\n" +
      "  [--admin-name NAMA] [--admin-email EMAIL] [--admin-nip NIP] [--app-url URL]\n" +
      "Yang tidak diberikan ditanyakan bila dijalankan di terminal.",
  );
  process.exit(0);
}

loadDotEnv();
const messages = JSON.parse(await readFile("messages/id.json", "utf8")) as Record<string, unknown>;
const say = (key: string) => {
  const found = key
    .split(".")
    .reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages);
  return typeof found === "string" ? found : key;
};

const input: Record<string, string | undefined> = {};
for (const [flag, field] of FIELDS)
  input[field] = (values as Record<string, unknown>)[flag] as string | undefined;

const { url, embedded } = await openDatabase();
const db = createPrismaClient(url, 1);
try {
  await migrate(url, undefined, (line) => console.log(`  migrasi: ${line}`));
  if (await hasAdmin(db)) {
    console.error(say("install.adminExists"));
    process.exitCode = 1;
  } else {
    if (process.stdin.isTTY) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        for (const [, field, prompt] of FIELDS) {
          if (input[field] === undefined)
            input[field] = (await rl.question(`${prompt}: `)).trim() || undefined;
        }
      } finally {
        rl.close();
      }
    }
    const done = await setupRegion(db, input);
    const appUrl = (
      values["app-url"] ??
      process.env.APP_URL ??
      `http://localhost:${process.env.PORT ?? "3000"}`
    )
      .toString()
      .replace(/\/+$/, "");
    console.log(
      `\nDaerah dan akun sekretariat telah dibuat. Tautan sekali pakai (berlaku 72 jam) untuk membuat kata sandi:\n` +
        `  ${appUrl}/setel-sandi/${done.setupToken}`,
    );
  }
} catch (err) {
  if (err instanceof InstallInvalid) {
    const flagOf = new Map(FIELDS.map(([flag, field]) => [field as string, flag]));
    for (const [field, keys] of Object.entries(err.fieldErrors)) {
      console.error(`--${flagOf.get(field) ?? field}: ${keys.map(say).join(" ")}`);
    }
    process.exitCode = 2;
  } else if (err instanceof ActionError) {
    console.error(say(err.message));
    process.exitCode = 1;
  } else {
    throw err;
  }
} finally {
  await db.$disconnect();
  await embedded?.stop();
}
