// "Lupa kata sandi": a request by e-mail or NIP mails a one-hour, single-use link to the account's address. The
// answer is the same whether or not the account exists, and takes at least the same time.
import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { hit } from "./rate-limit";
import { sendPasswordResetLink } from "./setup-mail";

export type ResetLimits = { perAccount: number; perIp: number; windowMs: number };

/** Three links an hour for one account, twenty requests an hour from one address. */
const RESET_LIMITS: ResetLimits = { perAccount: 3, perIp: 20, windowMs: 60 * 60 * 1000 };

/** Every answer waits until at least this long after the request began, so timing does not tell accounts apart. */
const RESET_MIN_MS = 400;

type ResetOutcome = "sent" | "limited";

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function requestPasswordReset(
  db: Db,
  identifier: string,
  ctx: { ip: string | null; requestId?: string | null },
  opts: { limits?: ResetLimits; minMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<ResetOutcome> {
  const started = Date.now();
  const limits = opts.limits ?? RESET_LIMITS;
  try {
    const id = identifier.trim().toLowerCase();
    const user = await db.user.findFirst({
      where: id.includes("@") ? { email: id } : { nip: id },
      select: { id: true, name: true, email: true, locale: true, active: true, regionId: true },
    });
    // An unknown identifier has a budget of its own, as an account does, so the limit answers alike for both.
    const account = user ? `reset:account:${user.id}` : `reset:unknown:${id}`;
    const [accountHit, ipHit] = await Promise.all([
      hit(db, account, limits.perAccount, limits.windowMs),
      ctx.ip ? hit(db, `reset:ip:${ctx.ip}`, limits.perIp, limits.windowMs) : null,
    ]);
    if (!accountHit.allowed || ipHit?.allowed === false) return "limited";
    if (user?.active) {
      await db.$transaction(async (tx) => {
        await sendPasswordResetLink(tx, user);
        await audit(tx, {
          actorId: null,
          regionId: user.regionId,
          action: "user.password_reset_request",
          entityType: "User",
          entityId: user.id,
          ip: ctx.ip,
          requestId: ctx.requestId ?? null,
        });
      });
    }
    return "sent";
  } finally {
    const wait = (opts.minMs ?? RESET_MIN_MS) - (Date.now() - started);
    if (wait > 0) await (opts.sleep ?? sleepFor)(wait);
  }
}
