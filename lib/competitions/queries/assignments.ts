import "server-only";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { EntryStatus, StageKind } from "@/lib/generated/prisma/enums";

/** Which entries a stage's panel scores. */
const ELIGIBLE: Record<string, EntryStatus[]> = {
  DESK: ["SCREENED_PASS", "SHORTLISTED", "FINALIST", "WINNER"],
  PRESENTATION: ["SHORTLISTED", "FINALIST", "WINNER"],
  FIELD_VERIFICATION: ["SHORTLISTED", "FINALIST", "WINNER"],
};

async function loadStage(db: Db, user: Caller, competitionId: string, kind: StageKind) {
  const stage = await db.competitionStage.findFirst({
    where: { competitionId, kind, competition: scopes.competition.write(user) },
    select: {
      id: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      competition: { select: { id: true, name: true, evaluatorsPerEntry: true } },
    },
  });
  if (!stage || !ELIGIBLE[kind]) throw new ActionError("errors.notFound");
  return stage;
}

export async function assignmentBoard(
  db: Db,
  user: Caller,
  competitionId: string,
  kind: StageKind,
  now = new Date(),
) {
  const stage = await loadStage(db, user, competitionId, kind);
  const [entries, evaluators] = await Promise.all([
    db.entry.findMany({
      where: { competitionId, status: { in: ELIGIBLE[kind] } },
      orderBy: { registeredAt: "asc" },
      select: {
        id: true,
        innovation: { select: { title: true, opdId: true, opd: { select: { shortName: true } } } },
        assignments: {
          where: { stageId: stage.id },
          select: {
            id: true,
            conflictDeclared: true,
            dueAt: true,
            evaluator: { select: { id: true, name: true } },
            review: { select: { submittedAt: true } },
          },
        },
      },
    }),
    db.user.findMany({
      where: scopes.user.read(user, { role: "EVALUATOR", active: true }),
      orderBy: { name: "asc" },
      select: { id: true, name: true, opdId: true },
    }),
  ]);
  const perEvaluator = evaluators.map((e) => {
    const mine = entries.flatMap((en) =>
      en.assignments.filter((a) => a.evaluator.id === e.id && !a.conflictDeclared),
    );
    const submitted = mine.filter((a) => a.review?.submittedAt).length;
    const overdue = mine.filter((a) => !a.review?.submittedAt && (a.dueAt ?? stage.endsAt) < now).length;
    return { ...e, assigned: mine.length, submitted, overdue };
  });
  return { stage, entries, evaluators: perEvaluator, perEntry: stage.competition.evaluatorsPerEntry };
}
