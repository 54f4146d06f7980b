import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INFRASTRUCTURE, layoutProblems, valueImports } from "./module-layout";

const LIB = path.resolve(__dirname, "../../lib");

describe("the modules of lib/", () => {
  it("every feature module keeps the five names, its rules/ pure and its actions server actions", () => {
    expect(layoutProblems(LIB)).toEqual([]);
  });

  it("every infrastructure directory named as exempt exists, so the list cannot hide a module", () => {
    for (const name of Object.keys(INFRASTRUCTURE))
      expect(fs.existsSync(path.join(LIB, name)), name).toBe(true);
  });
});

describe("layoutProblems", () => {
  let lib: string;
  const write = (file: string, text = "export const x = 1;\n") => {
    fs.mkdirSync(path.dirname(path.join(lib, file)), { recursive: true });
    fs.writeFileSync(path.join(lib, file), text);
  };
  const problems = () => layoutProblems(lib).map((p) => `${p.path}: ${p.problem}`);

  beforeEach(() => {
    lib = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "layout-")), "lib");
    write("good/actions.ts", '"use server";\nexport async function a() {}\n');
    write("good/service.ts");
    write("good/queries/list.ts");
    write("good/schemas.ts");
    write("good/schemas.test.ts");
    write("good/rules/score.ts", 'import type { Role } from "@/lib/generated/prisma/client";\n');
    write("good/rules/README.md", "# rules\n");
    write("good/import/service.ts");
    write("db/client.ts");
  });
  afterEach(() => fs.rmSync(path.dirname(lib), { recursive: true, force: true }));

  it("accepts a module that keeps the layout, its sub-modules, and the infrastructure", () => {
    expect(problems()).toEqual([]);
  });

  it("refuses a file with another name, in a module or a sub-module", () => {
    write("good/helpers.ts");
    write("good/import/table.ts");
    expect(problems()).toEqual([
      "lib/good/helpers.ts: a module holds actions.ts, service.ts, queries.ts, schemas.ts and rules/ only",
      "lib/good/import/table.ts: a module holds actions.ts, service.ts, queries.ts, schemas.ts and rules/ only",
    ]);
  });

  it("refuses both service.ts and service/", () => {
    write("good/service/entries.ts");
    expect(problems()).toEqual(["lib/good/service: both service.ts and service/: keep one"]);
  });

  it("refuses rules/ that reach the database, the framework or another layer", () => {
    write("good/rules/a.ts", 'import { db } from "@/lib/db";\n');
    write("good/rules/b.ts", 'import "server-only";\nimport { list } from "../queries/list";\n');
    write("good/rules/c.ts", 'import { Role } from "@/lib/generated/prisma/client";\n');
    expect(problems()).toEqual([
      "lib/good/rules/a.ts: rules/ is pure but imports @/lib/db (the database)",
      "lib/good/rules/b.ts: rules/ is pure but imports server-only (server-only)",
      "lib/good/rules/b.ts: rules/ is pure but imports ../queries/list (an actions, service or queries file)",
      "lib/good/rules/c.ts: rules/ is pure but imports @/lib/generated/prisma/client (the Prisma client (import type, or the enums))",
    ]);
  });

  it("refuses an actions file that is not a server action module", () => {
    write("good/actions.ts", "export async function a() {}\n");
    expect(problems()).toEqual(['lib/good/actions.ts: an actions file starts with "use server"']);
  });

  it("refuses a directory that is neither infrastructure nor a module", () => {
    write("stray/notes.md", "x");
    expect(problems()).toEqual([
      "lib/stray/notes.md: a module holds actions.ts, service.ts, queries.ts, schemas.ts and rules/ only",
      "lib/stray: a module with none of the five names",
    ]);
  });
});

describe("valueImports", () => {
  it("leaves out type-only imports and keeps side-effect, re-export and dynamic imports", () => {
    const source = [
      'import type { A } from "a";',
      'import { b } from "b";',
      'import "c";',
      'export { d } from "d";',
      'export type { E } from "e";',
      'const f = await import("f");',
    ].join("\n");
    expect(valueImports(source)).toEqual(["b", "c", "d", "f"]);
  });
});
