import "server-only";
// The checks of an import against what the database holds: the dry run, and the same checks again inside the
// transaction that commits the file (lib/admin/import/service.ts).
import { assertCan } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import type { ActionContext } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkOpdRows, checkUserRows, identifiersOf, type ImportKind, type Problem } from "./rules/checks";
import type { Table } from "./rules/table";

/** The database or the transaction of a commit. */
type Reader = Db | Prisma.TransactionClient;

/** The rows of an OPD file checked against the caller's region's OPDs. */
export async function checkOpds(db: Reader, user: Caller, table: Table) {
  const existing = await db.opd.findMany({ where: scopes.opd.write(user), select: { shortName: true } });
  return checkOpdRows(table, { existingShortNames: new Set(existing.map((o) => o.shortName)) });
}

/** The rows of an account file checked against the accounts there are and the caller's region's OPDs. */
export async function checkUsers(db: Reader, user: Caller, table: Table) {
  const { emails, nips } = identifiersOf(table);
  const [taken, opds] = await Promise.all([
    emails.length || nips.length
      ? db.user.findMany({
          where: {
            OR: [
              ...(emails.length ? [{ email: { in: emails, mode: "insensitive" as const } }] : []),
              ...(nips.length ? [{ nip: { in: nips } }] : []),
            ],
          },
          select: { email: true, nip: true },
        })
      : [],
    db.opd.findMany({ where: scopes.opd.write(user), select: { id: true, shortName: true, active: true } }),
  ]);
  const result = checkUserRows(table, {
    takenEmails: new Set(taken.map((u) => u.email.toLowerCase())),
    takenNips: new Set(taken.flatMap((u) => (u.nip ? [u.nip] : []))),
    opds: new Map(opds.map((o) => [o.shortName, o])),
  });
  return { ...result, opdIds: new Map(opds.map((o) => [o.shortName, o.id])) };
}

/** The dry run: every problem of every row; writes nothing. */
export async function checkImport(
  db: Db,
  ctx: ActionContext,
  kind: ImportKind,
  table: Table,
): Promise<{ rows: number; problems: Problem[] }> {
  assertCan(ctx.user, "region.administer");
  const { problems } =
    kind === "opd" ? await checkOpds(db, ctx.user, table) : await checkUsers(db, ctx.user, table);
  return { rows: table.rows.length, problems };
}
