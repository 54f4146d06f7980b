import { createHash } from "node:crypto";
import type { RankingExport } from "./schema";

/** sha256 of the export without its timestamp: equal inputs give equal hashes. */
export function inputHash(file: RankingExport): string {
  const { exportedAt: _ignored, ...competition } = file.competition;
  return createHash("sha256")
    .update(JSON.stringify({ ...file, competition }))
    .digest("hex");
}
