-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "regionId" TEXT;

-- Backfill: a line with an actor belongs to the actor's region. Lines without an actor (the system's) are left
-- without a region: kept, and shown in no region's log.
UPDATE "AuditLog" a SET "regionId" = u."regionId" FROM "User" u WHERE a."actorId" = u."id";

-- CreateIndex
CREATE INDEX "AuditLog_regionId_createdAt_idx" ON "AuditLog"("regionId", "createdAt");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
