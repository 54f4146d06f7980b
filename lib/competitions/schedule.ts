import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { validateSchedule, type Problem, type StageDates } from "./rules/stages";

/**
 * The secretariat moves the competition along its calendar by editing stage dates. Every rule of
 * the schedule is checked at once; the change and its audit line land together.
 */
export async function updateSchedule(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; stages: StageDates[] },
) {
  assertCan(ctx.user, "competition.write");
  const problems: Problem[] = validateSchedule(input.stages);
  if (problems.length) return { ok: false as const, problems };
  await db.$transaction(async (tx) => {
    const c = await tx.competition.findFirst({
      where: scopes.competition.write(ctx.user, { id: input.competitionId }),
      select: { id: true, stages: { select: { id: true, kind: true, startsAt: true, endsAt: true } } },
    });
    if (!c) throw new ActionError("errors.notFound");
    for (const s of input.stages) {
      await tx.competitionStage.upsert({
        where: { competitionId_kind: { competitionId: c.id, kind: s.kind } },
        update: { startsAt: s.startsAt, endsAt: s.endsAt },
        create: { competitionId: c.id, kind: s.kind, startsAt: s.startsAt, endsAt: s.endsAt },
      });
    }
    await audit(tx, {
      ...by(ctx),
      action: "competition.schedule",
      entityType: "Competition",
      entityId: c.id,
      before: c.stages.map(({ kind, startsAt, endsAt }) => ({ kind, startsAt, endsAt })),
      after: input.stages,
    });
  });
  return { ok: true as const };
}
