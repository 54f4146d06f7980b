import "server-only";
// The region's audit log as the secretariat and an inspector read it: filtered, paged, each line with the title of
// the record it is about (looked up within the region), and the same list for the CSV and XLSX exports.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PAGE_SIZE = 30;
/** The most lines one export holds: enough for a year of a region's work, bounded for the server's memory. */
export const EXPORT_MAX_ROWS = 20_000;

export type AuditFilter = { action?: string; entityType?: string; actor?: string; from?: Date; to?: Date };

/** Lines of the admin's region (their actor belongs to it; system lines have none), narrowed by the filter. */
function whereOf(regionId: string, f: AuditFilter): Prisma.AuditLogWhereInput {
  const actor = f.actor?.trim();
  return {
    AND: [
      { OR: [{ actor: { regionId } }, { actorId: null }] },
      // An action code, or a group of them by prefix ("user." for every account action).
      f.action ? { action: f.action.endsWith(".") ? { startsWith: f.action } : f.action } : {},
      f.entityType ? { entityType: f.entityType } : {},
      actor
        ? {
            actor: {
              regionId,
              OR: [
                { email: { contains: actor, mode: "insensitive" } },
                { name: { contains: actor, mode: "insensitive" } },
              ],
            },
          }
        : {},
      f.from || f.to
        ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
        : {},
    ],
  };
}

const SELECT = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  ip: true,
  requestId: true,
  actor: { select: { name: true, email: true } },
} as const;

export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof SELECT }> & {
  /** The record's title (innovation title, competition name, account name…), or null when it no longer exists. */
  title: string | null;
};

type Ids = Map<string, Set<string>>;

/** Titles of the records the lines are about, each looked up only within the region. */
async function recordTitles(
  db: Db,
  regionId: string,
  rows: { entityType: string; entityId: string }[],
): Promise<Map<string, string>> {
  const ids: Ids = new Map();
  for (const r of rows) {
    if (!ids.has(r.entityType)) ids.set(r.entityType, new Set());
    ids.get(r.entityType)!.add(r.entityId);
  }
  const of = (type: string) => ({ in: [...(ids.get(type) ?? [])] });
  const has = (type: string) => (ids.get(type)?.size ?? 0) > 0;
  const titles = new Map<string, string>();
  const put = (type: string, id: string, title: string) => titles.set(`${type}:${id}`, title);
  const inRegion = { competition: { regionId } };
  await Promise.all([
    has("User") &&
      db.user
        .findMany({ where: { id: of("User"), regionId }, select: { id: true, name: true, email: true } })
        .then((r) => r.forEach((u) => put("User", u.id, `${u.name} (${u.email})`))),
    has("Opd") &&
      db.opd
        .findMany({ where: { id: of("Opd"), regionId }, select: { id: true, name: true } })
        .then((r) => r.forEach((o) => put("Opd", o.id, o.name))),
    has("Innovation") &&
      db.innovation
        .findMany({ where: { id: of("Innovation"), regionId }, select: { id: true, title: true } })
        .then((r) => r.forEach((i) => put("Innovation", i.id, i.title))),
    has("Competition") &&
      db.competition
        .findMany({ where: { id: of("Competition"), regionId }, select: { id: true, name: true } })
        .then((r) => r.forEach((c) => put("Competition", c.id, c.name))),
    has("Region") &&
      db.region
        .findMany({
          where: { id: { in: of("Region").in.filter((id) => id === regionId) } },
          select: { id: true, name: true },
        })
        .then((r) => r.forEach((x) => put("Region", x.id, x.name))),
    has("Entry") &&
      db.entry
        .findMany({
          where: { id: of("Entry"), ...inRegion },
          select: {
            id: true,
            innovation: { select: { title: true } },
            competition: { select: { name: true } },
          },
        })
        .then((r) => r.forEach((e) => put("Entry", e.id, `${e.innovation.title} — ${e.competition.name}`))),
    has("Assignment") &&
      db.assignment
        .findMany({
          where: { id: of("Assignment"), entry: inRegion },
          select: {
            id: true,
            evaluator: { select: { name: true } },
            entry: { select: { innovation: { select: { title: true } } } },
          },
        })
        .then((r) =>
          r.forEach((a) => put("Assignment", a.id, `${a.entry.innovation.title} — ${a.evaluator.name}`)),
        ),
    has("Review") &&
      db.review
        .findMany({
          where: { id: of("Review"), assignment: { entry: inRegion } },
          select: {
            id: true,
            assignment: {
              select: {
                evaluator: { select: { name: true } },
                entry: { select: { innovation: { select: { title: true } } } },
              },
            },
          },
        })
        .then((r) =>
          r.forEach((v) =>
            put("Review", v.id, `${v.assignment.entry.innovation.title} — ${v.assignment.evaluator.name}`),
          ),
        ),
    has("Attachment") &&
      db.attachment
        .findMany({
          where: { id: of("Attachment"), innovation: { regionId } },
          select: { id: true, fileName: true, innovation: { select: { title: true } } },
        })
        .then((r) => r.forEach((a) => put("Attachment", a.id, `${a.fileName} — ${a.innovation.title}`))),
    has("Feedback") &&
      db.feedback
        .findMany({
          where: { id: of("Feedback"), innovation: { regionId } },
          select: { id: true, innovation: { select: { title: true } } },
        })
        .then((r) => r.forEach((x) => put("Feedback", x.id, x.innovation.title))),
    has("Objection") &&
      db.objection
        .findMany({
          where: { id: of("Objection"), entry: inRegion },
          select: {
            id: true,
            reference: true,
            entry: { select: { innovation: { select: { title: true } } } },
          },
        })
        .then((r) =>
          r.forEach((o) => put("Objection", o.id, `${o.reference} — ${o.entry.innovation.title}`)),
        ),
    has("Override") &&
      db.override
        .findMany({
          where: { id: of("Override"), ...inRegion },
          select: { id: true, kind: true, entry: { select: { innovation: { select: { title: true } } } } },
        })
        .then((r) => r.forEach((o) => put("Override", o.id, o.entry.innovation.title))),
    has("Publication") &&
      db.publication
        .findMany({
          where: { id: of("Publication"), ...inRegion },
          select: { id: true, number: true, competition: { select: { name: true } } },
        })
        .then((r) => r.forEach((p) => put("Publication", p.id, `${p.competition.name} #${p.number}`))),
  ]);
  return titles;
}

async function withTitles(db: Db, regionId: string, rows: Omit<AuditRow, "title">[]): Promise<AuditRow[]> {
  const titles = await recordTitles(db, regionId, rows);
  return rows.map((r) => ({ ...r, title: titles.get(`${r.entityType}:${r.entityId}`) ?? null }));
}

/** One page of the region's audit log, newest first. */
export async function listAudit(db: Db, regionId: string, f: AuditFilter, page: number) {
  const where = whereOf(regionId, f);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: SELECT,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: await withTitles(db, regionId, rows),
  };
}

/** Every line matching the filter for an export (at most EXPORT_MAX_ROWS, newest first), with titles. */
export async function auditForExport(db: Db, regionId: string, f: AuditFilter): Promise<AuditRow[]> {
  const rows = await db.auditLog.findMany({
    where: whereOf(regionId, f),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXPORT_MAX_ROWS,
    select: SELECT,
  });
  return withTitles(db, regionId, rows);
}
