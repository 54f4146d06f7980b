import "server-only";
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";

const PAGE_SIZE = 20;

export async function listOpds(db: Db, user: Caller, q: string | undefined, page: number) {
  const where = scopes.opd.read(user, {
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { shortName: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  });
  const [total, rows] = await Promise.all([
    db.opd.count({ where }),
    db.opd.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        shortName: true,
        kind: true,
        active: true,
        parent: { select: { shortName: true, name: true } },
        _count: { select: { users: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

export function opdOptions(db: Db, user: Caller) {
  return db.opd.findMany({
    where: scopes.opd.read(user, { active: true }),
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true },
  });
}

/** One OPD of the region with what its edit form needs, or null. */
export function findOpdForEdit(db: Db, user: Caller, id: string) {
  return db.opd.findFirst({
    where: scopes.opd.write(user, { id }),
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      parentId: true,
      active: true,
      updatedAt: true,
    },
  });
}

/** The OPDs a unit may sit under: every other OPD of the region (the cycle check runs on save). */
export function parentOptions(db: Db, user: Caller, exceptId?: string) {
  return db.opd.findMany({
    where: scopes.opd.read(user, exceptId ? { id: { not: exceptId } } : {}),
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true },
  });
}
