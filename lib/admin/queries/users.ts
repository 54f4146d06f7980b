import "server-only";
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

const PAGE_SIZE = 20;

export async function listUsers(
  db: Db,
  user: Caller,
  q: string | undefined,
  role: Role | undefined,
  page: number,
) {
  const where = scopes.user.read(user, {
    ...(role ? { role } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
            { nip: { contains: q } },
          ],
        }
      : {}),
  });
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        nip: true,
        role: true,
        active: true,
        lastLoginAt: true,
        opd: { select: { shortName: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

/** The fields of an account its edit form shows and a save compares. */
export const EDITABLE_USER = {
  id: true,
  name: true,
  email: true,
  nip: true,
  role: true,
  opdId: true,
  active: true,
  updatedAt: true,
} as const;

/** One account of the admin's region as the edit form shows it, or null. */
export function findUserForEdit(db: Db, user: Caller, id: string) {
  return db.user.findFirst({
    where: scopes.user.write(user, { id }),
    select: { ...EDITABLE_USER, lastLoginAt: true, opd: { select: { shortName: true, name: true } } },
  });
}
