-- Rules the database enforces itself, beyond what schema.prisma can say.
-- Written by hand; keep valid on PostgreSQL 15 and on PGlite (PostgreSQL 18).

-- OPD roles always belong to an OPD; the secretariat and evaluators never need one.
ALTER TABLE "User" ADD CONSTRAINT "User_opd_role_check"
  CHECK ("role" NOT IN ('OPD_HEAD', 'OPD_OPERATOR') OR "opdId" IS NOT NULL);
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower_check" CHECK ("email" = lower("email"));

ALTER TABLE "Opd" ADD CONSTRAINT "Opd_not_own_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");

ALTER TABLE "Innovation" ADD CONSTRAINT "Innovation_sdgs_check" CHECK ("sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]);
ALTER TABLE "Innovation" ADD CONSTRAINT "Innovation_beneficiaries_check" CHECK ("beneficiariesCount" IS NULL OR "beneficiariesCount" >= 0);
ALTER TABLE "Innovation" ADD CONSTRAINT "Innovation_budget_check" CHECK ("budgetAmount" IS NULL OR "budgetAmount" >= 0);
ALTER TABLE "Innovation" ADD CONSTRAINT "Innovation_dates_check"
  CHECK ("trialStartDate" IS NULL OR "implementedDate" IS NULL OR "trialStartDate" <= "implementedDate");

ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_size_check" CHECK ("sizeBytes" > 0);

ALTER TABLE "IidIndicator" ADD CONSTRAINT "IidIndicator_weight_check" CHECK ("weight" > 0);
ALTER TABLE "InnovationIndicator" ADD CONSTRAINT "InnovationIndicator_levels_check"
  CHECK (("claimedLevel" IS NULL OR "claimedLevel" BETWEEN 1 AND 3) AND ("verifiedLevel" IS NULL OR "verifiedLevel" BETWEEN 1 AND 3));

ALTER TABLE "Competition" ADD CONSTRAINT "Competition_passing_grade_check" CHECK ("passingGrade" >= 0 AND "passingGrade" <= 100);
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_shortlist_check" CHECK ("shortlistSize" > 0);
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_evaluators_check" CHECK ("evaluatorsPerEntry" > 0);
ALTER TABLE "CompetitionStage" ADD CONSTRAINT "CompetitionStage_dates_check" CHECK ("startsAt" < "endsAt");
ALTER TABLE "CompetitionStage" ADD CONSTRAINT "CompetitionStage_weight_check" CHECK ("weight" >= 0);
ALTER TABLE "CompetitionCategory" ADD CONSTRAINT "CompetitionCategory_quota_check" CHECK ("quota" IS NULL OR "quota" >= 0);
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_scale_check" CHECK ("scaleMin" < "scaleMax");
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_weight_check" CHECK ("weight" > 0);

ALTER TABLE "Override" ADD CONSTRAINT "Override_reason_check" CHECK (length(btrim("reason")) > 0);
ALTER TABLE "Override" ADD CONSTRAINT "Override_target_check" CHECK ("kind" <> 'MOVE' OR "targetRank" >= 1);

ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_rating_check" CHECK ("rating" BETWEEN 1 AND 5);

-- A score must lie within its criterion's scale. A CHECK cannot look at another table, so a
-- trigger does it; it also refuses a score for a criterion of another stage than the assignment's.
CREATE FUNCTION "score_within_scale"() RETURNS trigger AS $$
DECLARE
  c RECORD;
  assignment_stage TEXT;
BEGIN
  SELECT "scaleMin", "scaleMax", "stageId" INTO c FROM "Criterion" WHERE "id" = NEW."criterionId";
  SELECT "stageId" INTO assignment_stage FROM "Assignment" WHERE "id" = NEW."assignmentId";
  IF c."stageId" IS DISTINCT FROM assignment_stage THEN
    RAISE EXCEPTION 'criterion % does not belong to the stage of assignment %', NEW."criterionId", NEW."assignmentId"
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."value" IS NOT NULL AND (NEW."value" < c."scaleMin" OR NEW."value" > c."scaleMax") THEN
    RAISE EXCEPTION 'score % is outside the scale %..% of criterion %', NEW."value", c."scaleMin", c."scaleMax", NEW."criterionId"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Score_within_scale" BEFORE INSERT OR UPDATE ON "Score"
  FOR EACH ROW EXECUTE FUNCTION "score_within_scale"();
