import { computeRanking } from "../index";
import type { RankingOutput } from "../types";
import { toEngineInput, type RankingExport } from "./schema";

/** The ranking of an export: exactly what the portal publishes and what `npm run ranking` prints. */
export function rankExport(file: RankingExport): RankingOutput {
  return computeRanking(toEngineInput(file));
}
