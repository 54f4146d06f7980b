import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./password";
import { hit, peek, refund, reset } from "./rate-limit";

export type LoginLimits = { perAccount: number; perIp: number; windowMs: number };

type LoginUser = { id: string; name: string; email: string; role: Role };

/** The outcome of a sign-in; the two failures are the only things the form tells apart. */
type LoginOutcome = { ok: true; user: LoginUser } | { ok: false; code: "invalid" | "limited" };

// Beyond its budget an account is slowed, never locked: each further attempt waits this much more, up to the cap.
const SLOWDOWN_STEP_MS = 500;
const SLOWDOWN_MAX_MS = 5_000;

export function slowdownMs(accountFailures: number, perAccount: number): number {
  return Math.min(Math.max(0, accountFailures - perAccount) * SLOWDOWN_STEP_MS, SLOWDOWN_MAX_MS);
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks a sign-in attempt. Only failures count, in three budgets: the account's (keyed by its id, so its e-mail
 * and NIP share one; an unknown identifier is keyed by itself), which slows further attempts but never locks; the
 * (account, IP) pair's, which locks that address out of that account; and the IP's, which locks an address that
 * sprays many accounts. A stranger's failures from another address therefore never stop the owner. Without a
 * known address (no trusted proxy) only the slowdown applies, for every caller would share one address budget.
 * A browser known to the account (`knownDevice`: the user id its signed cookie names, lib/auth/device.ts) passes
 * the address locks and the slowdown until it fails `perAccount` times itself.
 * Existing and unknown accounts take the same steps, with a hash of the same cost, and get the same answers.
 */
export async function attemptLogin(
  db: Db,
  input: { identifier: string; password: string },
  ip: string | null,
  limits: LoginLimits,
  opts: { knownDevice?: string | null; sleep?: (ms: number) => Promise<void> } = {},
): Promise<LoginOutcome> {
  const identifier = input.identifier.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { nip: identifier },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true },
  });
  const account = user ? `login:account:${user.id}` : `login:unknown:${identifier}`;
  const pair = ip ? `${account}:ip:${ip}` : null;
  const address = ip ? `login:ip:${ip}` : null;
  const device = user && opts.knownDevice === user.id ? `${account}:device` : null;
  const counts = await peek(db, device ? [account, device] : [account]);
  const known = device !== null && (counts.get(device) ?? 0) < limits.perAccount;

  // The address budgets count the attempt before the password is checked, in one atomic statement each, so a
  // burst of parallel guesses cannot all pass; an attempt that succeeds gives its count back.
  if (!known) {
    const [pairHit, addressHit] = await Promise.all([
      pair ? hit(db, pair, limits.perAccount, limits.windowMs) : null,
      address ? hit(db, address, limits.perIp, limits.windowMs) : null,
    ]);
    if (pairHit?.allowed === false || addressHit?.allowed === false) return { ok: false, code: "limited" };
    const wait = slowdownMs(counts.get(account) ?? 0, limits.perAccount);
    if (wait > 0) await (opts.sleep ?? sleepFor)(wait);
  }

  const ok = await verifyPassword(input.password, user?.passwordHash);
  if (user && ok && user.active) {
    await Promise.all([
      reset(db, account),
      pair ? reset(db, pair) : null,
      device ? reset(db, device) : null,
      address && !known ? refund(db, address) : null,
      db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
    ]);
    return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
  }
  await Promise.all(
    [account, device]
      .filter((key): key is string => key !== null)
      .map((key) => hit(db, key, Number.MAX_SAFE_INTEGER, limits.windowMs)),
  );
  return { ok: false, code: "invalid" };
}
