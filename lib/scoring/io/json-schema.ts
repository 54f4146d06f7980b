// docs/ranking-input.schema.json is generated from the zod schema, never edited by hand:
//   npm run ranking -- --write-schema
// schema.test.ts fails when the committed file and the generated one differ.
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { describedAs, rankingExportSchema } from "./schema";

export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL("../../../docs/ranking-input.schema.json", import.meta.url),
);

const TARGET = "draft-2020-12";

export function rankingInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(rankingExportSchema, {
    target: TARGET,
    // A schema checked by hand (e.g. review values) is described by its registered equivalent; anything else zod
    // cannot describe is an error here, not a silently empty schema.
    unrepresentable: ({ zodSchema }) => describedAs.get(zodSchema)?.jsonSchema ?? "throw",
  }) as Record<string, unknown>;
}

function jsonSchemaText(): string {
  return `${JSON.stringify(rankingInputJsonSchema(), null, 2)}\n`;
}

/** Writes the generated JSON Schema (default: docs/ranking-input.schema.json) and returns the path written. */
export async function writeJsonSchema(file = JSON_SCHEMA_PATH): Promise<string> {
  await writeFile(file, jsonSchemaText(), "utf8");
  return file;
}
