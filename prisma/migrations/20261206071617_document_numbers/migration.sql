-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('BERITA_ACARA', 'PIAGAM');

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "certificateNumberPattern" TEXT,
ADD COLUMN     "minutesNumberPattern" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "certificateNumbers" JSONB,
ADD COLUMN     "documentNumber" TEXT;

-- CreateTable
CREATE TABLE "DocumentSequence" (
    "regionId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "DocumentSequence_pkey" PRIMARY KEY ("regionId","kind","year")
);

-- AddForeignKey
ALTER TABLE "DocumentSequence" ADD CONSTRAINT "DocumentSequence_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The numbers printed on a publication's documents are part of it: immutable like its content.
CREATE OR REPLACE FUNCTION "publication_immutable"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'publication % is immutable and cannot be deleted', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."content" IS DISTINCT FROM OLD."content" OR NEW."contentHash" IS DISTINCT FROM OLD."contentHash"
     OR NEW."number" IS DISTINCT FROM OLD."number" OR NEW."competitionId" IS DISTINCT FROM OLD."competitionId"
     OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt" OR NEW."publishedById" IS DISTINCT FROM OLD."publishedById"
     OR NEW."reason" IS DISTINCT FROM OLD."reason"
     OR NEW."documentNumber" IS DISTINCT FROM OLD."documentNumber"
     OR NEW."certificateNumbers"::text IS DISTINCT FROM OLD."certificateNumbers"::text
     OR (OLD."supersededAt" IS NOT NULL AND NEW."supersededAt" IS DISTINCT FROM OLD."supersededAt") THEN
    RAISE EXCEPTION 'publication % is immutable; publish a new one to supersede it', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
