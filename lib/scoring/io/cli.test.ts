import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeRanking } from "../index";
import { EXIT_ERROR, EXIT_INVALID, EXIT_OK, WRITE_SIZE, runRankingCli, type CliIo } from "./cli";
import { formatTable, rankingJson, rankingJsonChunks } from "./format";
import type { RankingOutput } from "../types";
import { toEngineInput, type RankingExport } from "./schema";

const SAMPLE = readFileSync(new URL("./fixtures/sample-export.json", import.meta.url), "utf8");

/** Runs the command against in-memory files; `writes` are the pieces written to stdout, in order. */
async function run(args: string[], files: Record<string, string> = { "export.json": SAMPLE }) {
  let stdout = "";
  let stderr = "";
  const writes: number[] = [];
  const io: CliIo = {
    readFile: async (p) => {
      if (!Object.hasOwn(files, p)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return files[p] as string;
    },
    stdout: async (t) => {
      writes.push(t.length);
      stdout += t;
      // A stream that is not always ready: the command must wait, not pile up writes.
      await new Promise((resolve) => setImmediate(resolve));
    },
    stderr: (t) => void (stderr += t),
    writeSchema: async () => "docs/ranking-input.schema.json",
  };
  const code = await runRankingCli(args, io);
  return { code, stdout, stderr, writes };
}

/**
 * A valid export of `n` entries on the sample's rubric: three desk reviews per entry, presentation reviews for the
 * shortlist, deterministic values.
 */
function generatedExport(n: number): RankingExport {
  const f = JSON.parse(SAMPLE) as RankingExport;
  const width = String(n).length;
  const entries = Array.from({ length: n }, (_, i) => ({
    id: `e-${String(i + 1).padStart(width, "0")}`,
    title: `Inovasi ${i + 1}`,
    opd: `OPD${i % 40}`,
    category: f.categories[i % f.categories.length]!.code,
    submittedAt: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
    objectionsUpheld: 0,
  }));
  const v = (i: number, k: number) => 1 + ((i * 7 + k * 3) % 10);
  const reviews = entries.flatMap((e, i) =>
    ["E01", "E02", "E03"].map((evaluator, k) => ({
      entryId: e.id,
      stage: "DESK",
      evaluator,
      values: { D1: v(i, k), D2: v(i + 1, k), D3: k === 2 ? null : v(i + 2, k) },
    })),
  );
  return {
    ...f,
    competition: { ...f.competition, shortlistSize: Math.min(100, n) },
    entries,
    reviews,
    overrides: [],
  };
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
    expect(r).toMatchObject({
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
      expect(r.stderr).toContain("Usage: npm run ranking -- <export.json> [--table | --no-explanations]");
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

  it("exits 2 naming the key and its path when the file repeats a key, at the top level or nested", async () => {
    const top = await run(["export.json"], {
      "export.json": SAMPLE.replace('"version": 1,', '"version": 1, "version": 1,'),
    });
    expect(top).toMatchObject({ code: EXIT_INVALID, stdout: "" });
    expect(top.stderr).toMatch(
      /^export\.json is not valid JSON: duplicate key "version" at the top level \(line 3, column \d+\)\n$/,
    );

    const nested = SAMPLE.replace(/"values": \{\n(\s*)"D1": (\d+),/, '"values": {\n$1"D1": $2,\n$1"D1": 10,');
    expect(nested).not.toBe(SAMPLE);
    const r = await run(["export.json"], { "export.json": nested });
    expect(r).toMatchObject({ code: EXIT_INVALID, stdout: "" });
    expect(r.stderr).toMatch(
      /^export\.json is not valid JSON: duplicate key "D1" in reviews\[0\]\.values \(line \d+, column \d+\)\n$/,
    );
  });

  it("writes a large ranking in pieces, never as one string, and the pieces make valid canonical JSON", async () => {
    const file = generatedExport(1_000);
    const started = performance.now();
    const r = await run(["export.json"], { "export.json": JSON.stringify(file) });
    const ms = performance.now() - started;
    expect(r.code, r.stderr).toBe(EXIT_OK);
    // Each piece the formatter yields holds at most one entry's explanation…
    const output = computeRanking(toEngineInput(file));
    const largestPiece = Math.max(...Array.from(rankingJsonChunks(output), (c) => c.length));
    expect(largestPiece).toBeLessThan(64 * 1024);
    // …and a write joins pieces up to WRITE_SIZE, so no write (nor any string built for one) grows with the ranking.
    expect(r.writes.length).toBeGreaterThan(2);
    for (const w of r.writes) expect(w).toBeLessThan(WRITE_SIZE + largestPiece);
    expect(r.stdout).toBe(rankingJson(output));
    const parsed = JSON.parse(r.stdout) as { explanations: Record<string, unknown>; desk: unknown[] };
    expect(Object.keys(parsed.explanations)).toHaveLength(1_000);
    expect(parsed.desk).toHaveLength(1_000);
    expect(ms).toBeLessThan(20_000);
  }, 30_000);

  it("leaves the explanations out with --no-explanations, and refuses it with --table", async () => {
    const r = await run(["export.json", "--no-explanations"]);
    expect(r.code).toBe(EXIT_OK);
    const file = JSON.parse(SAMPLE) as RankingExport;
    const { explanations: _, ...rest } = computeRanking(toEngineInput(file));
    expect(r.stdout).toBe(rankingJson(rest as RankingOutput));
    expect(Object.keys(JSON.parse(r.stdout) as object)).not.toContain("explanations");

    const both = await run(["export.json", "--table", "--no-explanations"]);
    expect(both.code).toBe(EXIT_INVALID);
    expect(both.stderr).toMatch(/^--no-explanations applies to the JSON output only/);
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
    expect(await run(["--write-schema"])).toMatchObject({
      code: EXIT_OK,
      stdout: "Wrote docs/ranking-input.schema.json\n",
      stderr: "",
    });
  });
});
