import "server-only";
import { can } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { InnovationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { regionYear } from "@/lib/region/queries/profile";
import { yearBounds } from "@/lib/time/zones";
import { DRAFT_SELECT, toDraft } from "./rules/mapping";

type Tx = Prisma.TransactionClient | Db;

/** The innovations a user may see (lib/access): their OPD's, their region's for the secretariat, their assigned ones. */
export const readScope = (user: Actor, where?: Prisma.InnovationWhereInput): Prisma.InnovationWhereInput =>
  scopes.innovation.read(user, where);

/** Loads an innovation the user may read, or throws "not found". */
export async function findReadable<S extends Prisma.InnovationSelect>(
  db: Tx,
  user: Actor,
  id: string,
  select: S,
) {
  const row = await db.innovation.findFirst({ where: readScope(user, { id }), select });
  if (!row) throw new ActionError("errors.notFound");
  return row;
}

/** Operators (and heads) of the innovation's own OPD may edit; the secretariat only reads (lib/access). */
export const editScope = (user: Actor, where?: Prisma.InnovationWhereInput): Prisma.InnovationWhereInput =>
  scopes.innovation.write(user, where);

export async function findEditable<S extends Prisma.InnovationSelect>(
  db: Tx,
  user: Actor,
  id: string,
  select: S,
) {
  const row = await db.innovation.findFirst({ where: editScope(user, { id }), select });
  if (!row) throw new ActionError("errors.notFound");
  return row;
}

export const PAGE_SIZE = 20;

type ListFilter = {
  q?: string;
  status?: InnovationStatus;
  opdId?: string;
  year?: number;
  page: number;
};

export async function listInnovations(db: Db, user: Actor, f: ListFilter) {
  const where = readScope(user, {
    ...(f.status ? { status: f.status } : {}),
    ...(f.opdId && can(user, "region.administer") ? { opdId: f.opdId } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.q
      ? {
          OR: [
            { title: { contains: f.q, mode: "insensitive" } },
            { summary: { contains: f.q, mode: "insensitive" } },
          ],
        }
      : {}),
  });
  const [total, rows] = await Promise.all([
    db.innovation.count({ where }),
    db.innovation.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        tahapan: true,
        status: true,
        year: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
        opd: { select: { shortName: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

export async function getInnovation(db: Db, user: Actor, id: string) {
  const row = await findReadable(db, user, id, {
    ...DRAFT_SELECT,
    id: true,
    status: true,
    revision: true,
    year: true,
    opdId: true,
    submittedAt: true,
    approvedAt: true,
    updatedAt: true,
    opd: { select: { name: true, shortName: true } },
    updatedBy: { select: { name: true } },
    versions: {
      orderBy: { versionNo: "desc" },
      select: {
        versionNo: true,
        status: true,
        createdAt: true,
        decidedAt: true,
        comment: true,
        createdBy: { select: { name: true } },
        decidedBy: { select: { name: true } },
      },
    },
  });
  return { ...row, draft: toDraft(row) };
}

export async function getVersions(db: Db, user: Actor, id: string) {
  const row = await findReadable(db, user, id, {
    id: true,
    title: true,
    versions: {
      orderBy: { versionNo: "asc" },
      select: { versionNo: true, status: true, snapshot: true, createdAt: true },
    },
  });
  return row;
}

/**
 * The "approved in year Y" rule of Satu OPD Satu Inovasi, as a filter on innovations: a version of it was approved
 * by the OPD's head within Y in the region's zone (the workflow history keeps every decision, so a later
 * re-approval does not hide the first), or the innovation's approval time falls in Y; for records older than the
 * workflow (approved without any approval time), the year it was implemented stands in.
 */
export function approvedInYear(from: Date, to: Date, year: number): Prisma.InnovationWhereInput {
  return {
    OR: [
      { versions: { some: { status: "APPROVED", decidedAt: { gte: from, lt: to } } } },
      { approvedAt: { gte: from, lt: to } },
      {
        status: "APPROVED",
        approvedAt: null,
        versions: { none: { status: "APPROVED", decidedAt: { not: null } } },
        // A calendar date, no zone to mind.
        implementedDate: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
      },
    ],
  };
}

/**
 * Satu OPD Satu Inovasi for year Y, per active OPD of the region (or one OPD): the innovations approved in Y
 * (approvedInYear), whether one of its innovations won a competition of Y whose results are published (a winner
 * is never shown as not compliant), and the work in progress now (drafts and returned, awaiting the head).
 */
export async function complianceReport(db: Db, caller: Caller, year: number, opdId?: string) {
  const region = await db.region.findFirstOrThrow({
    where: scopes.region.read(caller),
    select: { timeZone: true },
  });
  const { from, to } = yearBounds(year, region.timeZone);
  const opds = await db.opd.findMany({
    where: scopes.opd.read(caller, { active: true, ...(opdId ? { id: opdId } : {}) }),
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true, kind: true },
  });
  // The caller's own region's OPDs, and of their innovations those the caller may read.
  const ofOpds = { opdId: { in: opds.map((o) => o.id) } };
  const [byStatus, approved, winners] = await Promise.all([
    db.innovation.groupBy({
      by: ["opdId", "status"],
      where: scopes.innovation.read(caller, {
        ...ofOpds,
        status: { in: ["DRAFT", "RETURNED", "SUBMITTED"] },
      }),
      _count: { _all: true },
    }),
    db.innovation.groupBy({
      by: ["opdId"],
      where: scopes.innovation.read(caller, { AND: [ofOpds, approvedInYear(from, to, year)] }),
      _count: { _all: true },
    }),
    db.innovation.findMany({
      where: scopes.innovation.read(caller, {
        ...ofOpds,
        entries: {
          some: {
            status: "WINNER",
            competition: scopes.competition.read(caller, {
              year,
              publications: { some: { supersededAt: null } },
            }),
          },
        },
      }),
      distinct: ["opdId"],
      select: { opdId: true },
    }),
  ]);
  const count = (id: string, status: InnovationStatus) =>
    byStatus.find((r) => r.opdId === id && r.status === status)?._count._all ?? 0;
  const winnerOpds = new Set(winners.map((w) => w.opdId));
  const rows = opds.map((o) => {
    const approvedCount = approved.find((a) => a.opdId === o.id)?._count._all ?? 0;
    const winner = winnerOpds.has(o.id);
    return {
      ...o,
      draft: count(o.id, "DRAFT") + count(o.id, "RETURNED"),
      submitted: count(o.id, "SUBMITTED"),
      approved: approvedCount,
      winner,
      met: approvedCount > 0 || winner,
    };
  });
  const metCount = rows.filter((r) => r.met).length;
  return { year, rows, metCount, total: rows.length, rate: rows.length ? metCount / rows.length : 0 };
}

/** The caller's own OPD this year (in the region's zone): its compliance row, or null without an active OPD. */
export async function ownOpdCompliance(db: Db, user: Actor, now = new Date()) {
  const year = await regionYear(db, user.regionId, now);
  if (!user.opdId) return { year, row: null };
  const report = await complianceReport(db, user, year, user.opdId);
  return { year, row: report.rows[0] ?? null };
}

export type ComplianceRow = Awaited<ReturnType<typeof complianceReport>>["rows"][number];
