-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "approvedVisibility" "Visibility";

-- The catalogue serves only the documents of an innovation's approved version (docs/decisions/010). For the
-- innovations approved today: the visibility their latest approved version recorded; where that version kept
-- no list of documents, the document's current visibility. Everything else stays out of the catalogue until
-- the head of its OPD approves a version that holds it.
WITH latest AS (
  SELECT DISTINCT ON (v."innovationId") v."innovationId", v."snapshot"
  FROM "InnovationVersion" v
  WHERE v."status" = 'APPROVED'
  ORDER BY v."innovationId", v."versionNo" DESC
)
UPDATE "Attachment" a
SET "approvedVisibility" = CASE
  WHEN jsonb_typeof(l."snapshot" -> 'attachments') = 'array' THEN (
    SELECT (e ->> 'visibility')::"Visibility"
    FROM jsonb_array_elements(l."snapshot" -> 'attachments') e
    WHERE e ->> 'id' = a."id" AND e ->> 'visibility' IN ('PUBLIC', 'INTERNAL')
    LIMIT 1
  )
  ELSE a."visibility"
END
FROM "Innovation" i
LEFT JOIN latest l ON l."innovationId" = i."id"
WHERE i."id" = a."innovationId" AND i."status" = 'APPROVED';
