// The ranking command (scripts/ranking.ts) as a testable function: arguments and I/O in, exit code out.
import { formatTable, rankingJsonChunks } from "./format";
import { rankExport } from "./index";
import { parseRankingExport } from "./schema";
import { JsonInputError, parseJsonStrict } from "./strict-json";
import type { RankingOutput } from "../types";

const USAGE = `Usage: npm run ranking -- <export.json> [--table | --no-explanations]
       npm run ranking -- --write-schema

Recomputes a competition's ranking from its public scoring-input export and prints it
as JSON (default) or as a readable table (--table). --no-explanations leaves the
per-entry explanations out of the JSON. See docs/ranking-export.md.

Exit codes: 0 ok, 2 invalid input (arguments, JSON or export), 1 other errors.`;

export interface CliIo {
  readFile(path: string): Promise<string>;
  /** Called once per piece of output; a returned promise is awaited before the next (a stream's back-pressure). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  writeSchema(): Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_INVALID = 2;

const ENGINE_INVALID = "Invalid scoring input: ";
const OPTIONS = ["--table", "--no-explanations"];

/** Pieces of output are joined up to this size before a write, so a large ranking is a few hundred writes. */
export const WRITE_SIZE = 1 << 20;

async function writeAll(io: CliIo, chunks: Iterable<string>): Promise<void> {
  let buffer = "";
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= WRITE_SIZE) {
      await io.stdout(buffer);
      buffer = "";
    }
  }
  if (buffer !== "") await io.stdout(buffer);
}

function invalid(io: CliIo, lines: string[]): number {
  io.stderr(`${lines.join("\n")}\n`);
  return EXIT_INVALID;
}

export async function runRankingCli(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    await io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (args.length === 1 && args[0] === "--write-schema") {
    await io.stdout(`Wrote ${await io.writeSchema()}\n`);
    return EXIT_OK;
  }
  const unknown = args.filter((a) => a.startsWith("-") && !OPTIONS.includes(a));
  const files = args.filter((a) => !a.startsWith("-"));
  const table = args.includes("--table");
  const explanations = !args.includes("--no-explanations");
  if (unknown.length > 0 || files.length !== 1 || (table && !explanations)) {
    const problem =
      unknown.length > 0
        ? `Unknown option ${unknown.join(", ")}`
        : files.length === 0
          ? "No export file given"
          : files.length > 1
            ? "Give exactly one export file"
            : "--no-explanations applies to the JSON output only, not to --table";
    return invalid(io, [problem, "", USAGE]);
  }
  const file = files[0] as string;

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_ERROR;
  }
  let json: unknown;
  try {
    json = parseJsonStrict(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    if (!(e instanceof JsonInputError)) throw e;
    return invalid(io, [`${file} is not valid JSON: ${e.message}`]);
  }
  const parsed = parseRankingExport(json);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 50);
    const more = parsed.errors.length - shown.length;
    return invalid(io, [
      `${file} is not a valid ranking export (${parsed.errors.length} problem${parsed.errors.length === 1 ? "" : "s"}):`,
      ...shown.map((e) => `  - ${e}`),
      ...(more > 0 ? [`  … and ${more} more`] : []),
    ]);
  }

  let output: RankingOutput;
  try {
    output = rankExport(parsed.value);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.startsWith(ENGINE_INVALID))
      return invalid(io, [`${file} is not a valid ranking export: ${message.slice(ENGINE_INVALID.length)}`]);
    io.stderr(`Ranking failed: ${message}\n`);
    return EXIT_ERROR;
  }
  try {
    if (table) await io.stdout(formatTable(parsed.value, output));
    else await writeAll(io, rankingJsonChunks(output, { explanations }));
    return EXIT_OK;
  } catch (e) {
    io.stderr(`Cannot write the ranking: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_ERROR;
  }
}
