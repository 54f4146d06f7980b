import "server-only";
import type { Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { InnovationStatus } from "@/lib/generated/prisma/enums";
import { findReadable, readScope } from "./access";
import { DRAFT_SELECT, toDraft } from "./mapping";

export const PAGE_SIZE = 20;

export type ListFilter = {
  q?: string;
  status?: InnovationStatus;
  opdId?: string;
  year?: number;
  page: number;
};

export async function listInnovations(db: Db, user: Actor, f: ListFilter) {
  const where = readScope(user, {
    ...(f.status ? { status: f.status } : {}),
    ...(f.opdId && user.role === "ADMIN" ? { opdId: f.opdId } : {}),
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

/** Satu OPD Satu Inovasi: per OPD of the region, innovations of the year by status. */
export async function complianceReport(db: Db, regionId: string, year: number) {
  const [opds, byStatus, approved] = await Promise.all([
    db.opd.findMany({
      where: { regionId, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, shortName: true, kind: true },
    }),
    db.innovation.groupBy({ by: ["opdId", "status"], where: { regionId, year }, _count: { _all: true } }),
    // "Approved" means it has an approved version, even if a newer draft is being written now.
    db.innovation.groupBy({
      by: ["opdId"],
      where: { regionId, year, approvedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const count = (opdId: string, status: InnovationStatus) =>
    byStatus.find((r) => r.opdId === opdId && r.status === status)?._count._all ?? 0;
  const rows = opds.map((o) => {
    const approvedCount = approved.find((a) => a.opdId === o.id)?._count._all ?? 0;
    return {
      ...o,
      draft: count(o.id, "DRAFT") + count(o.id, "RETURNED"),
      submitted: count(o.id, "SUBMITTED"),
      approved: approvedCount,
      met: approvedCount > 0,
    };
  });
  const metCount = rows.filter((r) => r.met).length;
  return { year, rows, metCount, total: rows.length, rate: rows.length ? metCount / rows.length : 0 };
}

export type ComplianceRow = Awaited<ReturnType<typeof complianceReport>>["rows"][number];
