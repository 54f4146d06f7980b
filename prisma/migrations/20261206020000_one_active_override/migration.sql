-- At most one active override of each group per entry: one jury decision (MOVE or DISQUALIFY) and one shortlist
-- adjustment (SHORTLIST_ADD or SHORTLIST_REMOVE), as the ranking file and the engine require. Every ranking decision
-- already takes the competition's ranking lock (lib/ranking/lock.ts); these indexes hold even for a writer that
-- does not.
-- Written by hand: schema.prisma cannot express a partial index (the schema-drift test compares only full ones).
-- Keep valid on PostgreSQL 15 and on PGlite (PostgreSQL 18).

-- A second active override of a group could only come from two concurrent requests; the first stays in force and
-- the later ones are revoked, as the lock would have refused them.
UPDATE "Override" AS o
SET "revokedAt" = CURRENT_TIMESTAMP
WHERE o."revokedAt" IS NULL
  AND EXISTS (
    SELECT 1 FROM "Override" AS p
    WHERE p."entryId" = o."entryId"
      AND p."revokedAt" IS NULL
      AND (p."kind" IN ('MOVE', 'DISQUALIFY')) = (o."kind" IN ('MOVE', 'DISQUALIFY'))
      AND (p."createdAt", p."id") < (o."createdAt", o."id")
  );

CREATE UNIQUE INDEX "Override_one_active_decision_key" ON "Override" ("entryId")
  WHERE "revokedAt" IS NULL AND "kind" IN ('MOVE', 'DISQUALIFY');
CREATE UNIQUE INDEX "Override_one_active_adjustment_key" ON "Override" ("entryId")
  WHERE "revokedAt" IS NULL AND "kind" IN ('SHORTLIST_ADD', 'SHORTLIST_REMOVE');
