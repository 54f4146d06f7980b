-- CreateTable
CREATE TABLE "ObjectionClarification" (
    "id" TEXT NOT NULL,
    "objectionId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "ObjectionClarification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ObjectionClarification_objectionId_idx" ON "ObjectionClarification"("objectionId");

-- AddForeignKey
ALTER TABLE "ObjectionClarification" ADD CONSTRAINT "ObjectionClarification_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectionClarification" ADD CONSTRAINT "ObjectionClarification_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectionClarification" ADD CONSTRAINT "ObjectionClarification_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
