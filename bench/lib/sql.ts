// The lower bound for "load + compute": the desk stage score of every entry computed by PostgreSQL itself in ONE
// query over the same tables the export reads. Review score Σ w·(v − min)/(max − min) / Σ w × 100 over the filled
// criteria of each submitted, locked review that has every required criterion, then the mean per entry (the
// competition's MEAN aggregation). No shortlist, no final ranking, no explanations: only the arithmetic the
// database could do at best, so end to end / this is the overhead of doing it in the application.
import type pg from "pg";
import { EXPORTED_ENTRY_STATUSES } from "@/lib/scoring/io/export";

export const DESK_SCORE_SQL = `
WITH required AS (
  SELECT "stageId", count(*) FILTER (WHERE "required") AS n FROM "Criterion" GROUP BY "stageId"
), review AS (
  SELECT a."entryId",
         sum(c."weight"::float8 * (s."value"::float8 - c."scaleMin") / (c."scaleMax" - c."scaleMin"))
           FILTER (WHERE s."value" IS NOT NULL) AS weighted,
         sum(c."weight"::float8) FILTER (WHERE s."value" IS NOT NULL) AS weights,
         count(*) FILTER (WHERE c."required" AND s."value" IS NOT NULL) AS required_filled,
         max(req.n) AS required_n
  FROM "Entry" e
  JOIN "CompetitionStage" st ON st."competitionId" = e."competitionId" AND st."kind" = 'DESK'
  JOIN "Assignment" a ON a."entryId" = e."id" AND a."stageId" = st."id"
  JOIN "Review" r ON r."assignmentId" = a."id" AND r."submittedAt" IS NOT NULL AND r."locked"
  JOIN "Score" s ON s."assignmentId" = a."id"
  JOIN "Criterion" c ON c."id" = s."criterionId"
  JOIN required req ON req."stageId" = st."id"
  WHERE e."competitionId" = $1 AND e."status" = ANY($2::"EntryStatus"[])
  GROUP BY a."id", a."entryId"
)
SELECT "entryId", avg(weighted / weights * 100) AS score
FROM review
WHERE required_filled = required_n AND weights > 0
GROUP BY "entryId"`;

export async function deskScoresSql(c: pg.Client, competitionId: string): Promise<Map<string, number>> {
  const { rows } = await c.query<{ entryId: string; score: number }>(DESK_SCORE_SQL, [
    competitionId,
    [...EXPORTED_ENTRY_STATUSES],
  ]);
  return new Map(rows.map((r) => [r.entryId, r.score]));
}
