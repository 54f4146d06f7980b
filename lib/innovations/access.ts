import "server-only";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

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
