import "server-only";
import { ActionError, type Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient | Db;

/**
 * The one place that decides which innovations a user may see: their own OPD's for OPD roles,
 * every one in the region for the secretariat, assigned ones for evaluators. Anything else is "not found", never "forbidden",
 * so another OPD cannot even learn that a record exists.
 */
export function readScope(user: Actor): Prisma.InnovationWhereInput {
  if (user.role === "ADMIN") return { regionId: user.regionId };
  if ((user.role === "OPD_OPERATOR" || user.role === "OPD_HEAD") && user.opdId) {
    return { regionId: user.regionId, opdId: user.opdId };
  }
  if (user.role === "EVALUATOR") {
    // An evaluator reads (and downloads the documents of) what they are assigned to judge,
    // unless they declared a conflict with it.
    return {
      regionId: user.regionId,
      entries: { some: { assignments: { some: { evaluatorId: user.id, conflictDeclared: false } } } },
    };
  }
  return { id: "__none__" };
}

/** Loads an innovation the user may read, or throws "not found". */
export async function findReadable<S extends Prisma.InnovationSelect>(
  db: Tx,
  user: Actor,
  id: string,
  select: S,
) {
  const row = await db.innovation.findFirst({ where: { id, ...readScope(user) }, select });
  if (!row) throw new ActionError("errors.notFound");
  return row;
}

/** Operators (and heads) of the innovation's own OPD may edit; the secretariat only reads. */
export function editScope(user: Actor): Prisma.InnovationWhereInput {
  if ((user.role === "OPD_OPERATOR" || user.role === "OPD_HEAD") && user.opdId) {
    return { regionId: user.regionId, opdId: user.opdId };
  }
  return { id: "__none__" };
}

export async function findEditable<S extends Prisma.InnovationSelect>(
  db: Tx,
  user: Actor,
  id: string,
  select: S,
) {
  const row = await db.innovation.findFirst({ where: { id, ...editScope(user) }, select });
  if (!row) throw new ActionError("errors.notFound");
  return row;
}
