// npm run ranking -- <export.json> [--table]   — recompute a published ranking from its public export.
// npm run ranking -- --write-schema             — regenerate docs/ranking-input.schema.json.
// Exit codes: 0 ok, 2 invalid input, 1 other errors. See docs/ranking-export.md.
import { readFile } from "node:fs/promises";
import { runRankingCli } from "../lib/scoring/io/cli";
import { writeJsonSchema } from "../lib/scoring/io/json-schema";

process.exitCode = await runRankingCli(process.argv.slice(2), {
  readFile: (file) => readFile(file, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeSchema: () => writeJsonSchema(),
});
