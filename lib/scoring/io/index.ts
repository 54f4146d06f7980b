// Public scoring-input export: schema, mapping to the engine, output formatting. Server-side reading from the
// database is in ./export (exportCompetition); the command line is scripts/ranking.ts. See docs/ranking-export.md.
import { computeRanking } from "../index";
import type { RankingOutput } from "../types";
import { toEngineInput, type RankingExport } from "./schema";

export * from "./schema";
export { formatTable, rankingJson } from "./format";

/** The ranking of an export: exactly what the portal publishes and what `npm run ranking` prints. */
export function rankExport(file: RankingExport): RankingOutput {
  return computeRanking(toEngineInput(file));
}
