import "server-only";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";

const STAGES = {
  orderBy: { startsAt: "asc" },
  select: { kind: true, startsAt: true, endsAt: true, weight: true },
} as const;

export function listCompetitions(db: Db, caller: Caller) {
  return db.competition.findMany({
    where: scopes.competition.read(caller),
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      year: true,
      status: true,
      stages: STAGES,
      _count: { select: { entries: true } },
    },
  });
}

export async function getCompetition(db: Db, caller: Caller, id: string) {
  const c = await db.competition.findFirst({
    where: scopes.competition.read(caller, { id }),
    select: {
      id: true,
      name: true,
      year: true,
      status: true,
      aggregation: true,
      zNormalize: true,
      passingGrade: true,
      shortlistSize: true,
      evaluatorsPerEntry: true,
      hideEvaluatorNames: true,
      tieBreakers: true,
      rubricFrozenAt: true,
      stages: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          kind: true,
          startsAt: true,
          endsAt: true,
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
            },
          },
        },
      },
      categories: { orderBy: { code: "asc" }, select: { id: true, code: true, name: true, quota: true } },
      region: { select: { timeZone: true } },
    },
  });
  if (!c) throw new ActionError("errors.notFound");
  return c;
}

/**
 * A competition the caller may change (settings, rubric), before a form whose field names the sender chose is
 * read; "not found" otherwise.
 */
export async function requireWritableCompetition(db: Db, caller: Caller, id: string) {
  const found = await db.competition.findFirst({
    where: scopes.competition.write(caller, { id }),
    select: { id: true },
  });
  if (!found) throw new ActionError("errors.notFound");
  return found;
}

/** For the OPD: competitions of its region that take or took entries, with its own entries. */
export async function opdCompetitions(db: Db, user: Caller) {
  const [competitions, approved] = await Promise.all([
    db.competition.findMany({
      where: scopes.competition.read(user, { status: { in: ["ACTIVE", "PUBLISHED"] } }),
      orderBy: { year: "desc" },
      select: {
        id: true,
        name: true,
        year: true,
        stages: STAGES,
        categories: { orderBy: { code: "asc" }, select: { id: true, name: true } },
        entries: {
          where: scopes.entry.write(user),
          orderBy: { registeredAt: "desc" },
          select: {
            id: true,
            status: true,
            screeningNote: true,
            registeredAt: true,
            category: { select: { name: true } },
            innovation: { select: { id: true, title: true } },
            version: { select: { versionNo: true } },
          },
        },
      },
    }),
    db.innovation.findMany({
      where: scopes.innovation.write(user, { versions: { some: { status: "APPROVED" } } }),
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  return { competitions, approved };
}
