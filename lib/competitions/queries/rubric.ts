import "server-only";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SCORED_STAGES, type ScoredStageKind } from "../rules/config";
import { levelsOf, type Rubric } from "../rules/rubric";

/** A competition the caller may change, with its rubric by scored stage; "not found" otherwise. */
export async function loadRubric(tx: Prisma.TransactionClient | Db, user: Caller, competitionId: string) {
  const c = await tx.competition.findFirst({
    where: scopes.competition.write(user, { id: competitionId }),
    select: {
      id: true,
      name: true,
      rubricFrozenAt: true,
      tieBreakers: true,
      stages: {
        select: {
          id: true,
          kind: true,
          weight: true,
          passFail: true,
          criteria: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              code: true,
              name: true,
              guidance: true,
              weight: true,
              scaleMin: true,
              scaleMax: true,
              required: true,
              levels: true,
            },
          },
        },
      },
    },
  });
  if (!c) throw new ActionError("errors.notFound");
  const rubric: Rubric = {};
  for (const s of c.stages) {
    if ((SCORED_STAGES as readonly string[]).includes(s.kind)) {
      rubric[s.kind as ScoredStageKind] = s.criteria.map((cr) => ({
        ...cr,
        weight: Number(cr.weight),
        levels: levelsOf(cr.levels),
      }));
    }
  }
  return { competition: c, rubric };
}

export async function rubricOverview(db: Db, user: Caller, competitionId: string) {
  const { competition, rubric } = await loadRubric(db, user, competitionId);
  const scores = await db.score.count({ where: { assignment: { entry: { competitionId } } } });
  const reviews = await db.review.count({ where: { assignment: { entry: { competitionId } } } });
  return { name: competition.name, frozenAt: competition.rubricFrozenAt, rubric, scores, reviews };
}
