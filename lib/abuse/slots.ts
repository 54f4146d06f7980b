import "server-only";
import type { Db } from "@/lib/db/client";

// The public forms' per-IP limits count accepted posts only: a post refused later (a closed window, a failed
// write) gives back the slots it took, so a visitor is never locked out by a post that left nothing behind.

/** Gives one slot of each rate-limit key back. */
export async function giveBack(db: Db, keys: string[]) {
  await db.rateLimit.updateMany({
    where: { key: { in: keys }, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

/** Runs `save` after the slots of `keys` were taken; when it throws, they are given back and the error goes on. */
export async function spendOnlyIfSaved<T>(db: Db, keys: string[], save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (err) {
    await giveBack(db, keys);
    throw err;
  }
}
