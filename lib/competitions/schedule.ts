import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { parseInZone, type RegionZone } from "@/lib/time/zones";
import { validateSchedule, type Problem, type StageDates } from "./rules/stages";

/** A stage's dates as instants, or as wall-clock text ("2026-03-01T08:00") in the competition's region's zone. */
type ScheduledStage = {
  kind: StageDates["kind"];
  startsAt: Date | string;
  endsAt: Date | string;
};

/** The stages as instants; a text that names no time is a problem of its field. */
function inZone(stages: readonly ScheduledStage[], zone: RegionZone) {
  const problems: Problem[] = [];
  const at = (s: ScheduledStage, field: "startsAt" | "endsAt") => {
    const v = s[field];
    const d = typeof v === "string" ? parseInZone(v, zone) : v;
    if (!d) problems.push({ path: `stages.${s.kind}.${field}`, code: "validation.invalidDate" });
    return d ?? new Date(Number.NaN);
  };
  const dated: StageDates[] = stages.map((s) => ({
    kind: s.kind,
    startsAt: at(s, "startsAt"),
    endsAt: at(s, "endsAt"),
  }));
  return { stages: dated, problems };
}

/**
 * The secretariat moves the competition along its calendar by editing stage dates, entered in the region's zone.
 * Every rule of the schedule is checked at once; the change and its audit line land together.
 */
export async function updateSchedule(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; stages: ScheduledStage[] },
) {
  assertCan(ctx.user, "competition.write");
  return db.$transaction(async (tx) => {
    const c = await tx.competition.findFirst({
      where: scopes.competition.write(ctx.user, { id: input.competitionId }),
      select: {
        id: true,
        region: { select: { timeZone: true } },
        stages: { select: { id: true, kind: true, startsAt: true, endsAt: true } },
      },
    });
    if (!c) throw new ActionError("errors.notFound");
    const dated = inZone(input.stages, c.region.timeZone);
    const problems: Problem[] = dated.problems.length ? dated.problems : validateSchedule(dated.stages);
    if (problems.length) return { ok: false as const, problems };
    for (const s of dated.stages) {
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
      after: dated.stages,
    });
    return { ok: true as const };
  });
}
