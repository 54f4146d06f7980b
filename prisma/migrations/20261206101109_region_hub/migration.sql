-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'HUB_ADMIN';

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "parentId" TEXT;

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "sourceEntryId" TEXT;

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE INDEX "Entry_sourceEntryId_idx" ON "Entry"("sourceEntryId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_sourceEntryId_fkey" FOREIGN KEY ("sourceEntryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
