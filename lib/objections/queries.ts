import "server-only";
import { can } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getStorage, type Storage } from "@/lib/storage";
import type { StatusFilter } from "./schemas";
import { windowState } from "./rules/window";

/**
 * What the public summary may show of an objection: its reference, the entry, when, the outcome
 * and its reason. Never the filer's name, contact, IP hash or document (a test holds this list).
 */
export const PUBLIC_SUMMARY_SELECT = {
  reference: true,
  createdAt: true,
  status: true,
  consequence: true,
  decision: true,
  decidedAt: true,
  entry: {
    select: {
      innovation: { select: { title: true, opd: { select: { name: true, shortName: true } } } },
      category: { select: { name: true } },
    },
  },
} satisfies Prisma.ObjectionSelect;

export type PublicObjection = Prisma.ObjectionGetPayload<{ select: typeof PUBLIC_SUMMARY_SELECT }>;

/** Every objection of a competition, oldest first, as the public sees it. */
export async function publicSummary(db: Db, competitionId: string): Promise<PublicObjection[]> {
  return db.objection.findMany({
    where: { entry: { competitionId } },
    orderBy: [{ createdAt: "asc" }, { reference: "asc" }],
    select: PUBLIC_SUMMARY_SELECT,
  });
}

const PUBLIC_COMPETITION = { status: { in: ["ACTIVE", "PUBLISHED"] } } satisfies Prisma.CompetitionWhereInput;

/** The public objections page: the window, whether filing is possible now, the shortlist and the summary. */
export async function publicObjectionPage(db: Db, competitionId: string, now = new Date()) {
  const competition = await db.competition.findFirst({
    where: { id: competitionId, ...PUBLIC_COMPETITION },
    select: {
      id: true,
      name: true,
      year: true,
      region: { select: { timeZone: true } },
      stages: { where: { kind: "OBJECTION" }, select: { kind: true, startsAt: true, endsAt: true } },
      _count: { select: { publications: true } },
    },
  });
  if (!competition) return null;
  const [shortlist, summary] = await Promise.all([
    db.entry.findMany({
      where: { competitionId, status: "SHORTLISTED" },
      orderBy: [{ category: { code: "asc" } }, { innovation: { title: "asc" } }],
      select: {
        id: true,
        innovation: { select: { title: true, opd: { select: { name: true, shortName: true } } } },
        category: { select: { name: true } },
      },
    }),
    publicSummary(db, competitionId),
  ]);
  const published = competition._count.publications > 0;
  const window = competition.stages[0] ?? null;
  const open = windowState(competition.stages, now);
  return {
    competition: {
      id: competition.id,
      name: competition.name,
      year: competition.year,
      timeZone: competition.region.timeZone,
    },
    window: window ? { startsAt: window.startsAt, endsAt: window.endsAt } : null,
    state: published
      ? ("PUBLISHED" as const)
      : open.ok
        ? ("OPEN" as const)
        : open.code === "competitions.rules.stageNotScheduled"
          ? ("UNSCHEDULED" as const)
          : open.params.timing,
    shortlist,
    summary,
  };
}

/** One shortlisted entry for the filing form, or null when it is not (or no longer) shortlisted. */
export async function shortlistedEntry(db: Db, competitionId: string, entryId: string) {
  return db.entry.findFirst({
    where: { id: entryId, competitionId, status: "SHORTLISTED", competition: PUBLIC_COMPETITION },
    select: {
      id: true,
      innovation: { select: { title: true, opd: { select: { name: true } } } },
      category: { select: { name: true } },
      competition: { select: { id: true, name: true } },
    },
  });
}

export const PAGE_SIZE = 20;

/** The secretariat's list for a competition of its own region, with the filer's details. */
export async function adminObjections(
  db: Db,
  caller: Caller,
  competitionId: string,
  filter: StatusFilter | null,
  page = 1,
) {
  const where = scopes.objection.read(caller, {
    entry: { competitionId },
    ...(filter ? { status: filter } : {}),
  });
  const [total, counts, rows] = await Promise.all([
    db.objection.count({ where }),
    db.objection.groupBy({
      by: ["status"],
      where: scopes.objection.read(caller, { entry: { competitionId } }),
      _count: { _all: true },
    }),
    db.objection.findMany({
      where,
      // Pending first, then newest.
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        submitterName: true,
        submitterContact: true,
        reason: true,
        documentName: true,
        documentSize: true,
        status: true,
        consequence: true,
        decision: true,
        decidedAt: true,
        createdAt: true,
        decidedBy: { select: { name: true } },
        clarifications: {
          orderBy: { askedAt: "asc" },
          select: {
            id: true,
            question: true,
            askedAt: true,
            answer: true,
            answeredAt: true,
            askedBy: { select: { name: true } },
            answeredBy: { select: { name: true } },
          },
        },
        entry: {
          select: {
            id: true,
            status: true,
            innovation: { select: { title: true, opd: { select: { shortName: true } } } },
            category: { select: { name: true } },
          },
        },
      },
    }),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<
    Record<StatusFilter, number>
  >;
  return { rows, total, byStatus, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The supporting document of an objection, for an admin of the competition's region only. */
export async function objectionDocument(
  db: Db,
  user: Caller | null,
  competitionId: string,
  objectionId: string,
  storage: Storage = getStorage(),
) {
  if (!user || !can(user, "objection.decide")) throw new ActionError("errors.notFound");
  const row = await db.objection.findFirst({
    where: scopes.objection.read(user, { id: objectionId, entry: { competitionId } }),
    select: { documentKey: true, documentName: true, documentMime: true, documentSize: true },
  });
  if (!row?.documentKey || !row.documentName || !row.documentMime) throw new ActionError("errors.notFound");
  const body = await storage.stream(row.documentKey);
  if (!body) throw new ActionError("errors.notFound");
  return { body, name: row.documentName, mime: row.documentMime, size: row.documentSize };
}

/** The clarification requests addressed to the caller's OPD, unanswered first, newest first. */
export async function opdClarifications(db: Db, user: Caller) {
  if (!can(user, "objection.answer")) return [];
  return db.objectionClarification.findMany({
    where: scopes.objectionClarification.write(user),
    orderBy: [{ answeredAt: { sort: "desc", nulls: "first" } }, { askedAt: "desc" }],
    select: {
      id: true,
      question: true,
      askedAt: true,
      answer: true,
      answeredAt: true,
      answeredBy: { select: { name: true } },
      objection: {
        select: {
          reference: true,
          status: true,
          entry: {
            select: {
              innovation: { select: { id: true, title: true } },
              competition: { select: { name: true } },
            },
          },
        },
      },
    },
  });
}
