-- CreateEnum
CREATE TYPE "ObjectionConsequence" AS ENUM ('NONE', 'DISQUALIFY');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OverrideKind" ADD VALUE 'SHORTLIST_ADD';
ALTER TYPE "OverrideKind" ADD VALUE 'SHORTLIST_REMOVE';

-- AlterTable
ALTER TABLE "CompetitionCategory" ADD COLUMN     "awardLabels" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "verdict" BOOLEAN;

-- AlterTable
ALTER TABLE "Objection" DROP COLUMN "submitterEmail",
ADD COLUMN     "consequence" "ObjectionConsequence",
ADD COLUMN     "documentKey" TEXT,
ADD COLUMN     "documentMime" TEXT,
ADD COLUMN     "documentName" TEXT,
ADD COLUMN     "documentSize" INTEGER,
ADD COLUMN     "ipHash" TEXT NOT NULL,
ADD COLUMN     "reference" TEXT NOT NULL,
ADD COLUMN     "submitterContact" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "reason" TEXT,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_competitionId_number_key" ON "Publication"("competitionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_reference_key" ON "Objection"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_documentKey_key" ON "Objection"("documentKey");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (not in schema.prisma): rules the database enforces itself.
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_reason_check" CHECK (length(btrim("reason")) > 0);
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_document_check"
  CHECK (("documentKey" IS NULL) = ("documentName" IS NULL) AND ("documentSize" IS NULL OR "documentSize" > 0));
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_decision_check"
  CHECK ("status" = 'SUBMITTED' OR ("decision" IS NOT NULL AND length(btrim("decision")) > 0 AND "decidedAt" IS NOT NULL));
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_number_check" CHECK ("number" >= 1);
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_hash_check" CHECK ("contentHash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_reason_check" CHECK ("number" = 1 OR length(btrim("reason")) > 0);

-- A publication is immutable: only "supersededAt" may be set, once; it can never be deleted.
CREATE FUNCTION "publication_immutable"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'publication % is immutable and cannot be deleted', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."content" IS DISTINCT FROM OLD."content" OR NEW."contentHash" IS DISTINCT FROM OLD."contentHash"
     OR NEW."number" IS DISTINCT FROM OLD."number" OR NEW."competitionId" IS DISTINCT FROM OLD."competitionId"
     OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt" OR NEW."publishedById" IS DISTINCT FROM OLD."publishedById"
     OR NEW."reason" IS DISTINCT FROM OLD."reason"
     OR (OLD."supersededAt" IS NOT NULL AND NEW."supersededAt" IS DISTINCT FROM OLD."supersededAt") THEN
    RAISE EXCEPTION 'publication % is immutable; publish a new one to supersede it', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "publication_immutable" BEFORE UPDATE OR DELETE ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "publication_immutable"();
