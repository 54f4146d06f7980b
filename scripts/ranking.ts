// npm run ranking -- <export.json> [--table | --no-explanations]   — recompute a published ranking from its export.
// npm run ranking -- --write-schema             — regenerate docs/ranking-input.schema.json.
// Exit codes: 0 ok, 2 invalid input, 1 other errors. See docs/ranking-export.md.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { runRankingCli } from "../lib/scoring/io/cli";
import { writeJsonSchema } from "../lib/scoring/io/json-schema";

process.exitCode = await runRankingCli(process.argv.slice(2), {
  readFile: (file) => readFile(file, "utf8"),
  // Waits for "drain" when the pipe is full, so a large ranking is not queued whole in memory; an error on stdout
  // (the reader went away) rejects the wait.
  stdout: async (text) => {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  },
  stderr: (text) => process.stderr.write(text),
  writeSchema: () => writeJsonSchema(),
});
