import "server-only";
import { assertCan, rolesWith } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/service";
import { PUBLISHED_WINNER } from "../queries/nominations";
import { isOpen } from "../rules/stages";

// A region's published winners sent on to the competition of the province whose hub it belongs to. The entry made
// in the province's competition keeps its lineage (Entry.sourceEntryId): the winner's entry in the region's published
// result, whose version it carries. The province's secretariat screens, assigns and ranks it as any other entry.

export type Nomination = { entryId: string; competitionId: string; categoryId: string };

/** Sends one published winner of the caller's region on to its province's competition while entry is open. */
export async function nominateWinner(db: Db, ctx: ActionContext, input: Nomination, now = new Date()) {
  assertCan(ctx.user, "competition.nominate");
  try {
    return await db.$transaction(async (tx) => {
      const source = await tx.entry.findFirst({
        where: scopes.entry.write(ctx.user, { id: input.entryId, ...PUBLISHED_WINNER }),
        select: {
          id: true,
          innovationId: true,
          versionId: true,
          innovation: { select: { title: true } },
          competition: { select: { name: true, region: { select: { name: true } } } },
        },
      });
      if (!source) throw new ActionError("errors.notFound");
      const target = await tx.competition.findFirst({
        where: scopes.competition.nominate(ctx.user, { id: input.competitionId }),
        select: {
          id: true,
          name: true,
          regionId: true,
          status: true,
          stages: { select: { kind: true, startsAt: true, endsAt: true } },
          categories: { where: { id: input.categoryId }, select: { id: true } },
        },
      });
      if (!target) throw new ActionError("errors.notFound");
      if (target.status !== "ACTIVE" || !isOpen(target.stages, "REGISTRATION", now)) {
        throw new ActionError("hub.nominate.closed");
      }
      if (target.categories.length === 0) throw new ActionError("hub.nominate.category_invalid");
      const entry = await tx.entry.create({
        data: {
          competitionId: target.id,
          innovationId: source.innovationId,
          versionId: source.versionId,
          categoryId: input.categoryId,
          sourceEntryId: source.id,
          registeredById: ctx.user.id,
          statusChanges: {
            create: {
              toStatus: "REGISTERED",
              actorId: ctx.user.id,
              reason: `Pemenang ${source.competition.name}, ${source.competition.region.name}`,
            },
          },
        },
        select: { id: true },
      });
      await audit(tx, {
        ...by(ctx),
        action: "entry.nominate",
        entityType: "Entry",
        entityId: entry.id,
        after: { competitionId: target.id, sourceEntryId: source.id, categoryId: input.categoryId },
      });
      const secretariat = await tx.user.findMany({
        where: { regionId: target.regionId, role: { in: rolesWith("competition.write") }, active: true },
        select: { id: true },
      });
      const from = source.competition.region.name;
      await notify(tx, {
        userIds: secretariat.map((u) => u.id),
        kind: "entry.nominated",
        title: `${from} mengirim pemenangnya ke ${target.name}: ${source.innovation.title}`,
        link: `/admin/kompetisi/${target.id}/peserta`,
        en: { title: `${from} sent its winner to ${target.name}: ${source.innovation.title}` },
      });
      return { id: entry.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new ActionError("hub.nominate.already");
    }
    throw err;
  }
}
