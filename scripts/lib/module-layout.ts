// The layout every domain module under lib/ keeps (docs/decisions/020-module-layout.md): the same five
// names, and pure code in rules/. The unit test runs this over lib/, so a new module that strays fails it.
import fs from "node:fs";
import path from "node:path";

/** Directories of lib/ that are not feature modules, with the reason each keeps its own names. */
export const INFRASTRUCTURE: Record<string, string> = {
  abuse: "rate and slot limits shared by the public forms",
  access: "the access boundary itself: the policy table and the scopes every module reads through",
  auth: "the sign-in layer every module calls: next-auth options, sessions, tokens, passwords",
  autosave: "the autosave merge shared by the proposal editor and the score form",
  db: "the Prisma client, the embedded database and the migration runner",
  files: "file helpers shared by several modules (CSV, fonts)",
  generated: "the generated Prisma client",
  http: "HTTP helpers shared by several routes (addresses, headers, responses)",
  i18n: "next-intl configuration and the language switch",
  mail: "the mail queue, its worker and templates",
  reference: "reference lists (OPD kinds, districts, SDGs) as data",
  scoring: "the pure scoring engine and its command-line format, used by competitions and ranking",
  storage: "object storage drivers",
  time: "region time zones, parsing and formatting",
  validation: "zod field helpers shared by every module's schemas (NIP, rupiah, text)",
};

const FILES = new Set(["actions.ts", "service.ts", "queries.ts", "schemas.ts"]);
const FOLDERS = new Set(["actions", "service", "queries", "rules"]);
const STEMS = new Set(["actions", "service", "queries", "schemas"]);

/** Imports that make a rules/ file impure: the database, the request, the framework, another layer. */
const IMPURE: { pattern: RegExp; why: string }[] = [
  { pattern: /^server-only$/, why: "server-only" },
  { pattern: /^next(\/|$)/, why: "Next.js" },
  { pattern: /^next-intl\/server$/, why: "the request's translator" },
  { pattern: /^@\/lib\/db(\/|$)/, why: "the database" },
  { pattern: /^@\/lib\/auth\//, why: "the session" },
  { pattern: /^@\/lib\/generated\/prisma\/client$/, why: "the Prisma client (import type, or the enums)" },
  { pattern: /(^|\/)(actions|service|queries)(\/|$)/, why: "an actions, service or queries file" },
];

export type LayoutProblem = { path: string; problem: string };

/** A directory's entries, sorted so that problems come in the same order on every file system. */
function entriesOf(dir: string): fs.Dirent[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

function codeFiles(dir: string): string[] {
  return entriesOf(dir).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return codeFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Value imports of a file (type-only imports are erased and never impure). */
export function valueImports(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/g;
  for (let m = re.exec(source); m; m = re.exec(source)) if (!m[2]) specs.push(m[3]!);
  for (const m of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specs.push(m[1]!);
  return specs;
}

function checkRules(dir: string, rel: (p: string) => string, out: LayoutProblem[]) {
  for (const file of codeFiles(dir)) {
    const source = fs.readFileSync(file, "utf8");
    for (const spec of valueImports(source)) {
      const hit = IMPURE.find((i) => i.pattern.test(spec));
      if (hit) out.push({ path: rel(file), problem: `rules/ is pure but imports ${spec} (${hit.why})` });
    }
  }
}

function checkActions(files: string[], rel: (p: string) => string, out: LayoutProblem[]) {
  for (const file of files) {
    const first = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .find((l) => l.trim() && !l.trim().startsWith("//"));
    if (!/^["']use server["'];?$/.test(first?.trim() ?? ""))
      out.push({ path: rel(file), problem: 'an actions file starts with "use server"' });
  }
}

function checkModule(dir: string, rel: (p: string) => string, out: LayoutProblem[]) {
  const entries = entriesOf(dir);
  const names = new Set(entries.map((e) => e.name));
  let layers = 0;
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (FOLDERS.has(e.name)) {
        layers++;
        if (names.has(`${e.name}.ts`))
          out.push({ path: rel(p), problem: `both ${e.name}.ts and ${e.name}/: keep one` });
        if (e.name === "rules") checkRules(p, rel, out);
        else {
          for (const f of entriesOf(p))
            if (f.isDirectory() || !/\.tsx?$/.test(f.name))
              out.push({ path: rel(path.join(p, f.name)), problem: `${e.name}/ holds only .ts files` });
          if (e.name === "actions") checkActions(codeFiles(p), rel, out);
        }
      } else {
        checkModule(p, rel, out); // a sub-module keeps the same layout
        layers++;
      }
      continue;
    }
    if (FILES.has(e.name)) {
      layers++;
      if (e.name === "actions.ts") checkActions([p], rel, out);
      continue;
    }
    const test = /^(.+)\.test\.tsx?$/.exec(e.name);
    if (test && STEMS.has(test[1]!)) continue;
    out.push({
      path: rel(p),
      problem: "a module holds actions.ts, service.ts, queries.ts, schemas.ts and rules/ only",
    });
  }
  if (layers === 0) out.push({ path: rel(dir), problem: "a module with none of the five names" });
}

/** Every way the modules under `libDir` stray from the layout; empty when they keep it. */
export function layoutProblems(libDir: string): LayoutProblem[] {
  const root = path.dirname(libDir);
  const rel = (p: string) => path.relative(root, p);
  const out: LayoutProblem[] = [];
  for (const e of entriesOf(libDir)) {
    if (e.isDirectory() && !(e.name in INFRASTRUCTURE)) checkModule(path.join(libDir, e.name), rel, out);
  }
  return out;
}
