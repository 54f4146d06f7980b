-- CreateEnum
CREATE TYPE "RegionTimeZone" AS ENUM ('WIB', 'WITA', 'WIT');

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "address" TEXT,
ADD COLUMN     "logoKey" TEXT,
ADD COLUMN     "timeZone" "RegionTimeZone" NOT NULL DEFAULT 'WIB',
ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "InstallToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstallToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InstallToken_tokenHash_key" ON "InstallToken"("tokenHash");
