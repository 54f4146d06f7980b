// Prisma's schema engine compiled to WebAssembly. It ships inside an npm package, so it works
// where the native engine binary cannot be downloaded (see docs/decisions/002-migrations.md).
// Used only by developer tooling and the schema-drift test, never by the running portal.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { startEmbeddedDatabase } from "../../lib/db/embedded";

type Engine = {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

export type DiffTarget =
  { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

const require = createRequire(import.meta.url);

async function loadEngineModule() {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  // wasm-bindgen "bundler" output: instantiate the module by hand so no bundler or
  // --experimental-wasm-modules flag is needed.
  const bg = (await import(path.join(pkgDir, "schema_engine_bg.js"))) as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: { new: (o: unknown, cb: unknown, adapter: unknown) => Promise<Engine> };
  };
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bg as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

let modulePromise: ReturnType<typeof loadEngineModule> | undefined;

/**
 * Runs one diff between two schema sources and returns the SQL script. Only datamodel and empty
 * targets are used: this engine build cannot introspect a live database through the pg adapter.
 */
export async function diffSql(from: DiffTarget, to: DiffTarget) {
  modulePromise ??= loadEngineModule();
  const mod = await modulePromise;
  // The engine opens a connection even for a datamodel-only diff: give it a throw-away PGlite.
  const scratch = await startEmbeddedDatabase("memory://");
  const adapter = new PrismaPg({ connectionString: scratch.url });
  const engine = await mod.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    const result = await engine.diff({
      from,
      to,
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
    await scratch.stop();
  }
}

export async function schemaTarget(schemaPath: string): Promise<DiffTarget> {
  return {
    tag: "schemaDatamodel",
    files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }],
  };
}
