/**
 * Options for a transaction that takes a row lock another request may hold (`FOR UPDATE` on a competition): the
 * second caller waits for the first by design, and Prisma's defaults (2 s to get a connection, 5 s in all) turn
 * that wait, or a KIPP-sized export read inside the lock, into an error on a busy server.
 */
export const LOCKING_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;
