import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeRanking } from "../index";
import { EXIT_ERROR, EXIT_INVALID, EXIT_OK, runRankingCli, type CliIo } from "./cli";
import { formatTable, rankingJson } from "./format";
import { toEngineInput, type RankingExport } from "./schema";

const SAMPLE = readFileSync(new URL("./fixtures/sample-export.json", import.meta.url), "utf8");

/** Runs the command against in-memory files. */
async function run(args: string[], files: Record<string, string> = { "export.json": SAMPLE }) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: async (p) => {
      if (!Object.hasOwn(files, p)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return files[p] as string;
    },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    writeSchema: async () => "docs/ranking-input.schema.json",
  };
  const code = await runRankingCli(args, io);
  return { code, stdout, stderr };
}

const withSample = (mutate: (f: RankingExport) => void) => {
  const f = JSON.parse(SAMPLE) as RankingExport;
  mutate(f);
  return { "export.json": JSON.stringify(f) };
};

describe("npm run ranking", () => {
  it("prints the ranking as canonical JSON", async () => {
    const r = await run(["export.json"]);
    const file = JSON.parse(SAMPLE) as RankingExport;
    expect(r).toEqual({
      code: EXIT_OK,
      stdout: rankingJson(computeRanking(toEngineInput(file))),
      stderr: "",
    });
  });

  it("prints a table with --table, before or after the file", async () => {
    const file = JSON.parse(SAMPLE) as RankingExport;
    const expected = formatTable(file, computeRanking(toEngineInput(file)));
    expect((await run(["export.json", "--table"])).stdout).toBe(expected);
    expect((await run(["--table", "export.json"])).stdout).toBe(expected);
  });

  it("accepts a file saved with a byte-order mark", async () => {
    expect((await run(["export.json"], { "export.json": `\uFEFF${SAMPLE}` })).code).toBe(EXIT_OK);
  });

  it("exits 2 with every problem listed when the export is invalid", async () => {
    const r = await run(
      ["export.json"],
      withSample((f) => {
        f.reviews[0]!.values.D1 = 42;
        f.reviews[1]!.evaluator = "Dr. Ratna";
      }),
    );
    expect(r.code).toBe(EXIT_INVALID);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        "export.json is not a valid ranking export (2 problems):",
        '  - reviews[1].evaluator: evaluator must be an anonymised label such as "E01" (no ids, names or e-mails)',
        "  - reviews[0].values.D1: value 42 is outside the scale 1–10",
        "",
      ].join("\n"),
    );
  });

  it("exits 2 on malformed JSON, usage errors and input only the engine rejects", async () => {
    const bad = await run(["export.json"], { "export.json": "{ not json" });
    expect(bad.code).toBe(EXIT_INVALID);
    expect(bad.stderr).toMatch(/^export\.json is not valid JSON: /);

    for (const args of [[], ["a.json", "b.json"], ["export.json", "--csv"]]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(EXIT_INVALID);
      expect(r.stderr).toContain("Usage: npm run ranking -- <export.json> [--table]");
    }

    // Quotas above the shortlist size pass the file schema; the engine refuses them.
    const quotas = await run(
      ["export.json"],
      withSample((f) => (f.competition.shortlistSize = 2)),
    );
    expect(quotas).toMatchObject({ code: EXIT_INVALID, stdout: "" });
    expect(quotas.stderr).toBe(
      "export.json is not a valid ranking export: sum of category quotas (3) exceeds the shortlist size (2)\n",
    );
  });

  it("exits 1 when the file cannot be read", async () => {
    const r = await run(["missing.json"]);
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.stderr).toBe(
      "Cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'\n",
    );
  });

  it("prints help, and regenerates the JSON Schema with --write-schema", async () => {
    expect(await run(["--help"])).toMatchObject({ code: EXIT_OK, stderr: "" });
    expect(await run(["--write-schema"])).toEqual({
      code: EXIT_OK,
      stdout: "Wrote docs/ranking-input.schema.json\n",
      stderr: "",
    });
  });
});
