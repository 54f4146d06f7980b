-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "levels" JSONB NOT NULL DEFAULT '[]';
