// The ranking command (scripts/ranking.ts) as a testable function: arguments and I/O in, exit code out.
import { formatTable, rankingJson } from "./format";
import { rankExport } from "./index";
import { parseRankingExport } from "./schema";

export const USAGE = `Usage: npm run ranking -- <export.json> [--table]
       npm run ranking -- --write-schema

Recomputes a competition's ranking from its public scoring-input export and prints it
as JSON (default) or as a readable table (--table). See docs/ranking-export.md.

Exit codes: 0 ok, 2 invalid input (arguments, JSON or export), 1 other errors.`;

export interface CliIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  writeSchema(): Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_INVALID = 2;

const ENGINE_INVALID = "Invalid scoring input: ";

function invalid(io: CliIo, lines: string[]): number {
  io.stderr(`${lines.join("\n")}\n`);
  return EXIT_INVALID;
}

export async function runRankingCli(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (args.length === 1 && args[0] === "--write-schema") {
    io.stdout(`Wrote ${await io.writeSchema()}\n`);
    return EXIT_OK;
  }
  const unknown = args.filter((a) => a.startsWith("-") && a !== "--table");
  const files = args.filter((a) => !a.startsWith("-"));
  if (unknown.length > 0 || files.length !== 1) {
    const problem =
      unknown.length > 0
        ? `Unknown option ${unknown.join(", ")}`
        : files.length === 0
          ? "No export file given"
          : "Give exactly one export file";
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
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return invalid(io, [`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`]);
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

  try {
    const output = rankExport(parsed.value);
    io.stdout(args.includes("--table") ? formatTable(parsed.value, output) : rankingJson(output));
    return EXIT_OK;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.startsWith(ENGINE_INVALID))
      return invalid(io, [`${file} is not a valid ranking export: ${message.slice(ENGINE_INVALID.length)}`]);
    io.stderr(`Ranking failed: ${message}\n`);
    return EXIT_ERROR;
  }
}
