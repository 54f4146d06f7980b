// npm run db:new-migration -- <name> [--from <old-schema.prisma>]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema
// as last committed (git HEAD, or --from FILE) to the working prisma/schema.prisma. Runs Prisma's
// schema engine compiled to WebAssembly, so it needs no download and no database.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffSql, type DiffTarget } from "./lib/schema-engine";

const args = process.argv.slice(2);
const name = args[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case> [--from old-schema.prisma]");
  process.exit(2);
}
const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");
const fromIndex = args.indexOf("--from");
let previous: string | null;
if (fromIndex >= 0) {
  previous = await readFile(args[fromIndex + 1] ?? "", "utf8");
} else {
  try {
    previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    previous = null; // nothing committed yet: the first migration creates everything
  }
}
const from: DiffTarget = previous
  ? { tag: "schemaDatamodel", files: [{ path: schemaPath, content: previous }] }
  : { tag: "empty" };
const to: DiffTarget = {
  tag: "schemaDatamodel",
  files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }],
};
const sql = await diffSql(from, to);
if (!sql.trim() || sql.includes("This is an empty migration")) {
  console.log("No change between the previous schema and prisma/schema.prisma: nothing written.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(process.cwd(), "prisma", "migrations", `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
