import "server-only";
// One lock for every decision on a competition's ranking: generating the shortlist, adjusting it, jury overrides and
// their revocation, an upheld objection that disqualifies, and publication. Each takes the competition's row lock
// first and only then reads what it decides on (the ranking, the active overrides, the entry's status), so two
// decisions never both act on a state the other is about to change. The database adds its own guard: at most one
// active override of each group per entry (migration 20261206020000_one_active_override).
import type { Db } from "@/lib/db/client";
import { LOCKING_TRANSACTION } from "@/lib/db/transactions";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Waits for, then holds until the transaction ends, the competition's ranking lock. */
export async function lockRanking(tx: Tx, competitionId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Competition" WHERE "id" = ${competitionId} FOR UPDATE`;
}

/** Runs `fn` in a transaction that first takes the competition's ranking lock. */
export function underRankingLock<T>(db: Db, competitionId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await lockRanking(tx, competitionId);
    return fn(tx);
  }, LOCKING_TRANSACTION);
}

/** True for the error of an insert refused by a unique index, e.g. a second active override of an entry. */
export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
