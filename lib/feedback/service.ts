import "server-only";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { honeypotFilled } from "@/lib/abuse";
import { hashIp } from "@/lib/abuse/hash-ip";
import { audit, by } from "@/lib/audit";
import { giveBack, spendOnlyIfSaved } from "@/lib/abuse/slots";
import { hit } from "@/lib/auth/rate-limit";
import { PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { enqueueMail } from "@/lib/mail/queue";
import { emailIn, isSuppressed, unsubscribeToken } from "@/lib/mail/unsubscribe";
import { notify } from "@/lib/notifications/service";
import { feedbackScope } from "./queries";
import { FEEDBACK_ERRORS, LIMITS } from "./rules/refusals";
import {
  HONEYPOT_FIELD,
  moderateFeedbackSchema,
  replyFeedbackSchema,
  submitFeedbackSchema,
  type ModerateFeedback,
  type ReplyFeedback,
  type SubmitFeedback,
} from "./schemas";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type SubmitOptions = { ip: string | null; requestId?: string | null; ipSalt?: string };
export type SubmitResult = { saved: boolean };

/** The salted IP hash stored with a rating; exported for tests. */
export function feedbackIpHash(ip: string | null, salt?: string) {
  return hashIp("feedback", ip, salt ?? env().NEXTAUTH_SECRET);
}

/**
 * A visitor rates a public innovation (no login). The rating counts at once; the comment, if any,
 * waits for moderation. A filled honeypot is accepted and dropped (nothing stored, nothing said).
 * Refused for an innovation that is not public, or beyond the per-IP limits. Only the salted IP
 * hash is stored, never the IP.
 */
export async function submitFeedback(
  db: Db,
  raw: Record<string, unknown>,
  opts: SubmitOptions,
): Promise<SubmitResult> {
  if (honeypotFilled(raw, HONEYPOT_FIELD)) {
    log.info("feedback honeypot filled: dropped", { requestId: opts.requestId ?? null });
    return { saved: false };
  }
  const parsed = submitFeedbackSchema.safeParse(raw);
  if (!parsed.success) throw parsed.error;
  const input = parsed.data;

  const innovation = await db.innovation.findFirst({
    where: { id: input.innovationId, ...PUBLIC_INNOVATION },
    select: { id: true, title: true, opdId: true, regionId: true },
  });
  if (!innovation) throw new ActionError(FEEDBACK_ERRORS.notFound);

  const ipHash = feedbackIpHash(opts.ip, opts.ipSalt);
  const innovationKey = `feedback:ip-innovation:${ipHash}:${innovation.id}`;
  const perInnovation = await hit(db, innovationKey, LIMITS.perIpInnovationDay, DAY);
  if (!perInnovation.allowed)
    throw new ActionError(FEEDBACK_ERRORS.rateLimited, { resetAt: perInnovation.resetAt });
  const ipKey = `feedback:ip:${ipHash}`;
  const perIp = await hit(db, ipKey, LIMITS.perIpHour, HOUR);
  if (!perIp.allowed) {
    // Nothing was saved: give the innovation's daily slot back.
    await giveBack(db, [innovationKey, ipKey]);
    throw new ActionError(FEEDBACK_ERRORS.rateLimited, { resetAt: perIp.resetAt });
  }

  // Only an accepted rating spends the visitor's slots: if saving fails, both are given back.
  await spendOnlyIfSaved(db, [innovationKey, ipKey], () => save(db, innovation, input, ipHash, opts));
  return { saved: true };
}

async function save(
  db: Db,
  innovation: { id: string; title: string; opdId: string; regionId: string },
  input: SubmitFeedback,
  ipHash: string,
  opts: SubmitOptions,
) {
  await db.$transaction(async (tx) => {
    const row = await tx.feedback.create({
      data: {
        innovationId: innovation.id,
        rating: input.rating,
        comment: input.comment,
        name: input.name,
        contact: input.contact,
        ipHash,
        // A bare rating has nothing to moderate: it is approved at once.
        state: input.comment ? "PENDING" : "APPROVED",
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: null,
      regionId: innovation.regionId,
      action: "feedback.submit",
      entityType: "Feedback",
      entityId: row.id,
      after: { innovationId: innovation.id, rating: input.rating, comment: !!input.comment },
      requestId: opts.requestId ?? null,
    });
    const staff = await tx.user.findMany({
      where: { opdId: innovation.opdId, role: { in: ["OPD_HEAD", "OPD_OPERATOR"] }, active: true },
      select: { id: true },
    });
    await notify(tx, {
      userIds: staff.map((u) => u.id),
      kind: "feedback.received",
      title: `Masukan baru (${input.rating}/5): ${innovation.title}`,
      body: input.comment ? "Komentar menunggu moderasi." : "Penilaian tanpa komentar.",
      link: input.comment ? "/opd/masukan?status=PENDING" : "/opd/masukan?status=APPROVED",
      en: {
        title: `New feedback (${input.rating}/5): ${innovation.title}`,
        body: input.comment ? "The comment awaits moderation." : "A rating without a comment.",
      },
    });
  });
}

type Actor = ActionContext["user"];

async function loadInScope(db: Db | Prisma.TransactionClient, user: Actor, id: string) {
  const row = await db.feedback.findFirst({
    where: { AND: [{ id }, feedbackScope(user)] },
    select: { id: true, state: true, comment: true, reply: true, innovationId: true },
  });
  if (!row) throw new ActionError(FEEDBACK_ERRORS.notFound);
  return row;
}

/** Approve or reject a comment; the innovation's OPD staff or the region's admin only. */
export async function moderateFeedback(db: Db, ctx: ActionContext, raw: ModerateFeedback, now = new Date()) {
  const input = moderateFeedbackSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadInScope(tx, ctx.user, input.feedbackId);
    if (before.state === input.decision) throw new ActionError(FEEDBACK_ERRORS.notPending);
    const after = await tx.feedback.update({
      where: { id: before.id },
      data: { state: input.decision, moderatedById: ctx.user.id, moderatedAt: now },
      select: { id: true, state: true, innovationId: true },
    });
    await audit(tx, {
      ...by(ctx),
      action: input.decision === "APPROVED" ? "feedback.approve" : "feedback.reject",
      entityType: "Feedback",
      entityId: before.id,
      before: { state: before.state },
      after: { state: after.state },
    });
    return after;
  });
}

/** Write or edit the public reply under a comment; the same people as moderation. */
export async function replyToFeedback(db: Db, ctx: ActionContext, raw: ReplyFeedback, now = new Date()) {
  const input = replyFeedbackSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadInScope(tx, ctx.user, input.feedbackId);
    if (!before.comment) throw new ActionError(FEEDBACK_ERRORS.noComment);
    const after = await tx.feedback.update({
      where: { id: before.id },
      data: { reply: input.reply, repliedAt: now },
      select: { id: true, reply: true, innovationId: true },
    });
    await audit(tx, {
      ...by(ctx),
      action: before.reply ? "feedback.reply.edit" : "feedback.reply",
      entityType: "Feedback",
      entityId: before.id,
      before: { reply: before.reply },
      after: { reply: after.reply },
    });
    await mailCommenter(tx, after.id, after.reply ?? "");
    return after;
  });
}

/**
 * The commenter hears of the first reply when the contact they left is an e-mail address that did not unsubscribe;
 * an edited reply sends nothing more (one mail per comment).
 */
async function mailCommenter(tx: Prisma.TransactionClient, feedbackId: string, reply: string) {
  const row = await tx.feedback.findUniqueOrThrow({
    where: { id: feedbackId },
    select: {
      name: true,
      contact: true,
      innovation: { select: { id: true, title: true, regionId: true } },
    },
  });
  const to = emailIn(row.contact);
  if (!to || (await isSuppressed(tx, to))) return;
  await enqueueMail(tx, {
    template: "feedback.reply",
    to,
    locale: "id",
    regionId: row.innovation.regionId,
    dedupeKey: `feedback.reply:${feedbackId}`,
    data: {
      name: row.name ?? "",
      innovation: row.innovation.title,
      innovationId: row.innovation.id,
      reply,
      unsubscribeToken: unsubscribeToken(to),
    },
  });
}
