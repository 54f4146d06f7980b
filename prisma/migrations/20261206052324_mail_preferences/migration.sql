-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mailOptOut" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "MailSuppression" (
    "addressHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailSuppression_pkey" PRIMARY KEY ("addressHash")
);
