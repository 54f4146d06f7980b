-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "email" TEXT,
ADD COLUMN     "fax" TEXT,
ADD COLUMN     "headName" TEXT,
ADD COLUMN     "headNip" TEXT,
ADD COLUMN     "headTitle" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "secretariatUnit" TEXT,
ADD COLUMN     "secretaryName" TEXT,
ADD COLUMN     "secretaryNip" TEXT,
ADD COLUMN     "secretaryRank" TEXT,
ADD COLUMN     "secretaryTitle" TEXT;
