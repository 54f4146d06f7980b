// docs/ranking-input.schema.json is generated from the zod schema, never edited by hand:
//   npm run ranking -- --write-schema
// schema.test.ts fails when the committed file and the generated one differ.
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { rankingExportSchema } from "./schema";

export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL("../../../docs/ranking-input.schema.json", import.meta.url),
);

export function rankingInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(rankingExportSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(rankingInputJsonSchema(), null, 2)}\n`;
}

/** Writes the generated JSON Schema (default: docs/ranking-input.schema.json) and returns the path written. */
export async function writeJsonSchema(file = JSON_SCHEMA_PATH): Promise<string> {
  await writeFile(file, jsonSchemaText(), "utf8");
  return file;
}
