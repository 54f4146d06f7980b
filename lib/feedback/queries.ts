import "server-only";
import { can } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import type { ActionContext } from "@/lib/action-types";
import { PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FeedbackState } from "./schemas";

type Actor = ActionContext["user"];

/** The feedback a user may moderate (lib/access): their OPD's innovations (OPD staff) or their region's (ADMIN). */
export const feedbackScope = (user: Actor): Prisma.FeedbackWhereInput => scopes.feedback.write(user);

export const PAGE_SIZE = 20;

/**
 * Feedback for the moderation list, newest first, in the caller's scope. A citizen's contact is shown to the
 * secretariat only; the OPD learns only that one was left.
 */
export async function listFeedback(
  db: Db,
  user: Actor,
  opts: { state?: FeedbackState | null; page?: number },
) {
  const where: Prisma.FeedbackWhereInput = {
    AND: [feedbackScope(user), opts.state ? { state: opts.state } : {}],
  };
  const page = Math.max(1, opts.page ?? 1);
  const [total, rows, counts] = await Promise.all([
    db.feedback.count({ where }),
    db.feedback.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        rating: true,
        comment: true,
        name: true,
        contact: true,
        state: true,
        reply: true,
        repliedAt: true,
        moderatedAt: true,
        createdAt: true,
        innovation: { select: { id: true, title: true, opd: { select: { shortName: true, name: true } } } },
      },
    }),
    db.feedback.groupBy({ by: ["state"], where: feedbackScope(user), _count: { _all: true } }),
  ]);
  const byState = Object.fromEntries(counts.map((c) => [c.state, c._count._all])) as Partial<
    Record<FeedbackState, number>
  >;
  const secretariat = can(user, "region.administer");
  const shown = rows.map((r) => ({
    ...r,
    contact: secretariat ? r.contact : null,
    hasContact: r.contact !== null,
  }));
  return { rows: shown, total, page, pageSize: PAGE_SIZE, counts: byState };
}

/** Approved comments of a public innovation, for its public page: never contact nor IP hash. */
export async function listPublicComments(db: Db, innovationId: string, take = 50) {
  return db.feedback.findMany({
    where: { innovationId, state: "APPROVED", comment: { not: null }, innovation: PUBLIC_INNOVATION },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      rating: true,
      comment: true,
      name: true,
      reply: true,
      repliedAt: true,
      createdAt: true,
    },
  });
}
