import "server-only";
// The region's audit log as the secretariat and an inspector read it: filtered, paged, each line with the title of
// the record it is about (looked up within the region), and the same list for the CSV and XLSX exports.
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { filterOf, type AuditFilter } from "@/lib/admin/rules/audit-export";
import type { AuditQuery } from "@/lib/admin/schemas";

export const PAGE_SIZE = 30;
/** The most lines one export holds: enough for a year of a region's work, bounded for the server's memory. */
export const EXPORT_MAX_ROWS = 20_000;

/** Lines of the caller's region (lib/access), narrowed by the filter. */
function whereOf(caller: Caller, f: AuditFilter): Prisma.AuditLogWhereInput {
  const actor = f.actor?.trim();
  return scopes.auditLog.read(caller, {
    AND: [
      // An action code, or a group of them by prefix ("user." for every account action).
      f.action ? { action: f.action.endsWith(".") ? { startsWith: f.action } : f.action } : {},
      f.entityType ? { entityType: f.entityType } : {},
      actor
        ? {
            actor: {
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
  });
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

/** Titles of the records the lines are about, each looked up through its model's scope (lib/access). */
export async function recordTitles(
  db: Db,
  caller: Caller,
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
  await Promise.all([
    has("User") &&
      db.user
        .findMany({
          where: scopes.user.read(caller, { id: of("User") }),
          select: { id: true, name: true, email: true },
        })
        .then((r) => r.forEach((u) => put("User", u.id, `${u.name} (${u.email})`))),
    has("Opd") &&
      db.opd
        .findMany({ where: scopes.opd.read(caller, { id: of("Opd") }), select: { id: true, name: true } })
        .then((r) => r.forEach((o) => put("Opd", o.id, o.name))),
    has("Innovation") &&
      db.innovation
        .findMany({
          where: scopes.innovation.read(caller, { id: of("Innovation") }),
          select: { id: true, title: true },
        })
        .then((r) => r.forEach((i) => put("Innovation", i.id, i.title))),
    has("Competition") &&
      db.competition
        .findMany({
          where: scopes.competition.read(caller, { id: of("Competition") }),
          select: { id: true, name: true },
        })
        .then((r) => r.forEach((c) => put("Competition", c.id, c.name))),
    has("Region") &&
      db.region
        .findMany({
          where: scopes.region.read(caller, { id: of("Region") }),
          select: { id: true, name: true },
        })
        .then((r) => r.forEach((x) => put("Region", x.id, x.name))),
    has("Entry") &&
      db.entry
        .findMany({
          where: scopes.entry.read(caller, { id: of("Entry") }),
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
          where: scopes.assignment.read(caller, { id: of("Assignment") }),
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
          where: scopes.review.read(caller, { id: of("Review") }),
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
          where: scopes.attachment.read(caller, { id: of("Attachment") }),
          select: { id: true, fileName: true, innovation: { select: { title: true } } },
        })
        .then((r) => r.forEach((a) => put("Attachment", a.id, `${a.fileName} — ${a.innovation.title}`))),
    has("Feedback") &&
      db.feedback
        .findMany({
          where: scopes.feedback.read(caller, { id: of("Feedback") }),
          select: { id: true, innovation: { select: { title: true } } },
        })
        .then((r) => r.forEach((x) => put("Feedback", x.id, x.innovation.title))),
    has("Objection") &&
      db.objection
        .findMany({
          where: scopes.objection.read(caller, { id: of("Objection") }),
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
          where: scopes.override.read(caller, { id: of("Override") }),
          select: { id: true, kind: true, entry: { select: { innovation: { select: { title: true } } } } },
        })
        .then((r) => r.forEach((o) => put("Override", o.id, o.entry.innovation.title))),
    has("Publication") &&
      db.publication
        .findMany({
          where: scopes.publication.read(caller, { id: of("Publication") }),
          select: { id: true, number: true, competition: { select: { name: true } } },
        })
        .then((r) => r.forEach((p) => put("Publication", p.id, `${p.competition.name} #${p.number}`))),
  ]);
  return titles;
}

async function withTitles(db: Db, caller: Caller, rows: Omit<AuditRow, "title">[]): Promise<AuditRow[]> {
  const titles = await recordTitles(db, caller, rows);
  return rows.map((r) => ({ ...r, title: titles.get(`${r.entityType}:${r.entityId}`) ?? null }));
}

/** One page of the region's audit log, newest first. */
export async function listAudit(db: Db, caller: Caller, f: AuditFilter, page: number) {
  const where = whereOf(caller, f);
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
    rows: await withTitles(db, caller, rows),
  };
}

/** Every line matching the filter for an export (at most EXPORT_MAX_ROWS, newest first), with titles. */
export async function auditForExport(db: Db, caller: Caller, f: AuditFilter): Promise<AuditRow[]> {
  const rows = await db.auditLog.findMany({
    where: whereOf(caller, f),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXPORT_MAX_ROWS,
    select: SELECT,
  });
  return withTitles(db, caller, rows);
}

/**
 * An export's lines (the query's filters, in the caller's region's time zone) and that zone; null when the caller's
 * region is not found.
 */
export async function auditExport(db: Db, caller: Caller, q: AuditQuery) {
  const region = await db.region.findFirst({ where: scopes.region.read(caller), select: { timeZone: true } });
  if (!region) return null;
  return { timeZone: region.timeZone, rows: await auditForExport(db, caller, filterOf(q, region.timeZone)) };
}
