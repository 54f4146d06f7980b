import "server-only";
// Publishing a competition's final results: readiness checks, the immutable snapshot, winners' statuses and
// awards, superseding. The snapshot is built from the live ranking, rankExport(exportCompetition(db, id)), so the
// published ranking is exactly what the ranking page and `npm run ranking` show at that moment.
import { assertCan } from "@/lib/access/policy";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { LOCKING_TRANSACTION } from "@/lib/db/transactions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/service";
import { exportCompetition } from "@/lib/scoring/io/export";
import { inputHash } from "@/lib/scoring/io/hash";
import { yearMonthIn } from "@/lib/time/zones";
import { canonicalJson, sha256Hex } from "./rules/canonical";
import { awardLevel, SHORTLIST_STATUSES, type PublicationContent } from "./rules/content";
import {
  DEFAULT_CERTIFICATE_PATTERN,
  DEFAULT_MINUTES_PATTERN,
  formatDocumentNumber,
} from "./rules/numbering";
import { preparePublication, type ReadinessProblem } from "./queries";

type Tx = Prisma.TransactionClient;

/**
 * Takes the next `count` numbers of a kind of document in a region and year, in the caller's transaction: the row
 * lock of the upsert makes two publications of the same region wait for each other, so no number is issued twice.
 * Returns the first number taken.
 */
async function takeSequence(
  tx: Tx,
  regionId: string,
  kind: "BERITA_ACARA" | "PIAGAM",
  year: number,
  count: number,
): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DocumentSequence" ("regionId", "kind", "year", "last")
    VALUES (${regionId}, ${kind}::"DocumentKind", ${year}, ${count})
    ON CONFLICT ("regionId", "kind", "year") DO UPDATE SET "last" = "DocumentSequence"."last" + ${count}
    RETURNING "last"`;
  return rows[0]!.last - count + 1;
}

/** The berita acara's number and one certificate number per winner, for a publication made at `now`. */
async function assignNumbers(tx: Tx, regionId: string, winnerIds: string[], now: Date) {
  const region = await tx.region.findUniqueOrThrow({
    where: { id: regionId },
    select: { kind: true, timeZone: true, minutesNumberPattern: true, certificateNumberPattern: true },
  });
  const { year, month } = yearMonthIn(now, region.timeZone);
  const minutes = await takeSequence(tx, regionId, "BERITA_ACARA", year, 1);
  const documentNumber = formatDocumentNumber(region.minutesNumberPattern ?? DEFAULT_MINUTES_PATTERN, {
    sequence: minutes,
    year,
    month,
  });
  const certificateNumbers: Record<string, string> = {};
  if (winnerIds.length) {
    const first = await takeSequence(tx, regionId, "PIAGAM", year, winnerIds.length);
    winnerIds.forEach((id, i) => {
      certificateNumbers[id] = formatDocumentNumber(
        region.certificateNumberPattern ?? DEFAULT_CERTIFICATE_PATTERN,
        { sequence: first + i, year, month },
      );
    });
  }
  return { documentNumber, certificateNumbers, level: awardLevel(region.kind) };
}

interface PublishInput {
  competitionId: string;
  /** The number the admin saw as next: refuses when someone else published in the meantime. */
  expectedNumber: number;
  reason?: string | null;
  /** Required when the objection window is still open: publishing closes it. */
  closeObjections?: boolean;
}

function refuse(p: ReadinessProblem): never {
  if (p.key === "publication.errors.pendingObjections") throw new ActionError(p.key, { count: p.count });
  if (p.key === "publication.errors.incomplete")
    throw new ActionError(p.key, { titles: p.titles.join("; "), count: p.titles.length });
  throw new ActionError(p.key);
}

/**
 * Publishes (number 1) or supersedes (number n+1, with a reason) the results of a competition. One transaction:
 * the immutable snapshot, the previous publication marked superseded, entries to WINNER / FINALIST, the
 * competition's awards replaced, the objection window closed, audit, notifications to the winners' OPDs.
 */
export async function publish(db: Db, ctx: ActionContext, input: PublishInput, now = new Date()) {
  assertCan(ctx.user, "competition.write");
  const prep = await preparePublication(db, ctx.user, input.competitionId, now);
  const first = prep.problems[0];
  if (first) refuse(first);
  const number = (prep.latest?.number ?? 0) + 1;
  if (input.expectedNumber !== number) throw new ActionError("publication.errors.concurrent");
  const reason = input.reason?.trim() || null;
  if (number > 1 && !reason) throw new ActionError("publication.errors.reasonRequired");
  if (prep.objectionStage?.open && !input.closeObjections)
    throw new ActionError("publication.errors.confirmClose");

  const content: PublicationContent = {
    ...prep.content,
    publication: {
      number,
      publishedAt: now.toISOString(),
      reason: number > 1 ? reason : null,
      supersedes: prep.latest?.number ?? null,
    },
  };
  const text = canonicalJson(content);
  const contentHash = sha256Hex(text);
  const competitionId = prep.competition.id;

  try {
    return await db.$transaction(async (tx) => {
      // One publisher at a time per competition; a second one waits here, then finds its number taken.
      await tx.$queryRaw`SELECT "id" FROM "Competition" WHERE "id" = ${competitionId} FOR UPDATE`;
      const [latest, pending] = await Promise.all([
        tx.publication.findFirst({
          where: { competitionId },
          orderBy: { number: "desc" },
          select: { id: true, number: true, contentHash: true },
        }),
        tx.objection.count({ where: { entry: { competitionId }, status: "SUBMITTED" } }),
      ]);
      if ((latest?.number ?? 0) + 1 !== number) throw new ActionError("publication.errors.concurrent");
      if (pending > 0) refuse({ key: "publication.errors.pendingObjections", count: pending });
      // The ranking published is the one computed above: refuse if a review or an override changed since.
      if (
        inputHash(await exportCompetition(tx, competitionId, { validate: false, inTransaction: true })) !==
        prep.inputHash
      ) {
        throw new ActionError("publication.errors.inputChanged");
      }

      const numbers = await assignNumbers(
        tx,
        prep.competition.regionId,
        content.winners.map((w) => w.entryId),
        now,
      );
      const created = await tx.publication.create({
        data: {
          documentNumber: numbers.documentNumber,
          certificateNumbers: numbers.certificateNumbers,
          competitionId,
          number,
          content: JSON.parse(text) as Prisma.InputJsonValue,
          contentHash,
          reason: content.publication.reason,
          publishedById: ctx.user.id,
          publishedAt: now,
        },
        select: { id: true, number: true, content: true, contentHash: true, publishedAt: true },
      });
      // The hash covers the text rebuilt from what the database keeps: prove they agree before committing.
      if (canonicalJson(created.content) !== text)
        throw new Error("publication content does not survive jsonb unchanged");
      if (latest) await tx.publication.update({ where: { id: latest.id }, data: { supersededAt: now } });

      // Entries: winners WINNER, the rest of the shortlist FINALIST.
      const awards = new Map(content.winners.map((w) => [w.entryId, w.label]));
      const entries = await tx.entry.findMany({
        where: { competitionId, status: { in: [...SHORTLIST_STATUSES] } },
        select: { id: true, status: true, innovationId: true, innovation: { select: { opdId: true } } },
      });
      const moves = entries
        .map((e) => ({ ...e, to: (awards.has(e.id) ? "WINNER" : "FINALIST") as EntryStatus }))
        .filter((e) => e.to !== e.status);
      for (const to of ["WINNER", "FINALIST"] as const) {
        const ids = moves.filter((m) => m.to === to).map((m) => m.id);
        if (ids.length) await tx.entry.updateMany({ where: { id: { in: ids } }, data: { status: to } });
      }
      const why = `Publikasi hasil #${number}`;
      if (moves.length) {
        await tx.entryStatusChange.createMany({
          data: moves.map((m) => ({
            entryId: m.id,
            fromStatus: m.status,
            toStatus: m.to,
            actorId: ctx.user.id,
            reason: why,
          })),
        });
      }

      // Awards of this competition, replaced as a whole so a superseding publication leaves no stale label.
      const competitionInnovations = await tx.entry.findMany({
        where: { competitionId },
        select: { innovationId: true, innovation: { select: { opdId: true } } },
      });
      const name = prep.competition.name;
      await tx.award.deleteMany({
        where: {
          innovationId: { in: competitionInnovations.map((e) => e.innovationId) },
          year: prep.competition.year,
          name,
        },
      });
      const innovationOf = new Map(entries.map((e) => [e.id, e.innovationId]));
      const winners = content.winners.filter((w) => innovationOf.has(w.entryId));
      if (winners.length) {
        await tx.award.createMany({
          data: winners.map((w) => ({
            innovationId: innovationOf.get(w.entryId)!,
            year: prep.competition.year,
            name,
            level: numbers.level,
            rank: w.label,
          })),
        });
      }

      if (prep.objectionStage?.open) {
        await tx.competitionStage.updateMany({
          where: { competitionId, kind: "OBJECTION" },
          data: { endsAt: now },
        });
      }
      if (prep.competition.status !== "PUBLISHED") {
        await tx.competition.update({ where: { id: competitionId }, data: { status: "PUBLISHED" } });
      }

      await audit(tx, {
        ...by(ctx),
        action: number === 1 ? "publication.publish" : "publication.supersede",
        entityType: "Publication",
        entityId: created.id,
        before: latest ? { number: latest.number, contentHash: latest.contentHash } : undefined,
        after: {
          competitionId,
          number,
          contentHash,
          reason: content.publication.reason,
          documentNumber: numbers.documentNumber,
          winners: content.winners.map((w) => ({ entryId: w.entryId, label: w.label })),
          objectionWindowClosed: Boolean(prep.objectionStage?.open),
        },
      });

      // Every OPD that entered hears of the results, not only the winners.
      const opdIds = [...new Set(competitionInnovations.map((e) => e.innovation.opdId))];
      if (opdIds.length) {
        const users = await tx.user.findMany({
          where: {
            opdId: { in: opdIds },
            regionId: prep.competition.regionId,
            active: true,
            role: { in: ["OPD_OPERATOR", "OPD_HEAD"] },
          },
          select: { id: true },
        });
        await notify(tx, {
          userIds: users.map((u) => u.id),
          kind: "publication.published",
          title: `Hasil ${name} diumumkan`,
          body: winners.map((w) => `${w.label}: ${w.title} (${w.opd})`).join("\n"),
          link: `/kompetisi/${competitionId}/hasil`,
          en: {
            title: `Results of ${name} published`,
            body: winners.map((w) => `${w.label}: ${w.title} (${w.opd})`).join("\n"),
          },
        });
      }
      return { id: created.id, number, contentHash, documentNumber: numbers.documentNumber };
    }, LOCKING_TRANSACTION);
  } catch (err) {
    // Unique [competitionId, number]: another publish of the same number committed first.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
      throw new ActionError("publication.errors.concurrent");
    throw err;
  }
}
