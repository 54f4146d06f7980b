-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A new password, another role or OPD, or a deactivation ends every session of the account, whichever code
-- path (or a manual UPDATE) makes the change.
CREATE FUNCTION "user_sessions_end"() RETURNS trigger AS $$
BEGIN
  IF NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
     OR NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."opdId" IS DISTINCT FROM OLD."opdId"
     OR (OLD."active" AND NOT NEW."active") THEN
    DELETE FROM "UserSession" WHERE "userId" = NEW."id";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "user_sessions_end" AFTER UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "user_sessions_end"();
