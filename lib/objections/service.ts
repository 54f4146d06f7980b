import "server-only";
import { hashIp as sharedHashIp } from "@/lib/abuse/hash-ip";
import { assertCan, rolesWith } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import { giveBack } from "@/lib/abuse/slots";
import { hit } from "@/lib/auth/rate-limit";
import type { Db } from "@/lib/db/client";
import { LOCKING_TRANSACTION } from "@/lib/db/transactions";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { sanitizeFileName } from "@/lib/innovations/attachments/rules/names";
import { sniffFileType } from "@/lib/innovations/attachments/rules/sniff";
import { log } from "@/lib/log";
import { enqueueMail } from "@/lib/mail/queue";
import { emailIn, isSuppressed } from "@/lib/mail/unsubscribe";
import { notify } from "@/lib/notifications/service";
import { isUniqueViolation, lockRanking } from "@/lib/ranking/service";
import { getStorage, newStorageKey, type Storage } from "@/lib/storage";
import { OBJECTION_ERRORS } from "./rules/refusals";
import { newReference } from "./rules/reference";
import { windowState } from "./rules/window";
import {
  answerClarificationSchema,
  askClarificationSchema,
  DOCUMENT_MAX_BYTES,
  DOCUMENT_TYPES,
  decideObjectionSchema,
  fileObjectionSchema,
  isBot,
  type DecideObjection,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/** At most 3 objections an hour from one IP, and 1 a day per IP against the same entry. */
export const LIMITS = { perIpHour: 3, perIpEntryDay: 1 } as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type FilingOptions = {
  ip: string | null;
  requestId?: string | null;
  now?: Date;
  storage?: Storage;
  /** Server secret mixed into the IP hash; NEXTAUTH_SECRET by default. */
  ipSalt?: string;
  document?: { name: string; bytes: Uint8Array } | null;
};

type FilingResult = { reference: string; saved: boolean };

/** sha256 of the salt and the IP: enough to count requests, useless to find the person. */
export function hashIp(ip: string | null, salt: string): string {
  return sharedHashIp("objection", ip, salt);
}

async function assertCanFile(db: Db | Tx, competitionId: string, entryId: string, now: Date) {
  const competition = await db.competition.findFirst({
    where: { id: competitionId, status: { in: ["ACTIVE", "PUBLISHED"] } },
    select: {
      id: true,
      name: true,
      regionId: true,
      stages: { where: { kind: "OBJECTION" }, select: { kind: true, startsAt: true, endsAt: true } },
      _count: { select: { publications: true } },
    },
  });
  if (!competition) throw new ActionError(OBJECTION_ERRORS.notFound);
  if (competition._count.publications > 0) throw new ActionError(OBJECTION_ERRORS.published);
  const open = windowState(competition.stages, now);
  if (!open.ok) {
    if (open.code === "competitions.rules.stageNotScheduled")
      throw new ActionError(OBJECTION_ERRORS.windowNotScheduled);
    throw new ActionError(OBJECTION_ERRORS.windowClosed, {
      startsAt: new Date(open.params.startsAt),
      endsAt: new Date(open.params.endsAt),
      timing: open.params.timing,
    });
  }
  const entry = await db.entry.findFirst({
    where: { id: entryId, competitionId: competition.id },
    select: { id: true, status: true, innovation: { select: { title: true, opdId: true } } },
  });
  if (!entry) throw new ActionError(OBJECTION_ERRORS.notFound);
  if (entry.status !== "SHORTLISTED") throw new ActionError(OBJECTION_ERRORS.notShortlisted);
  return { competition, entry };
}

async function checkDocument(doc: { name: string; bytes: Uint8Array }) {
  if (doc.bytes.length === 0) throw new ActionError(OBJECTION_ERRORS.documentEmpty);
  if (doc.bytes.length > DOCUMENT_MAX_BYTES) throw new ActionError(OBJECTION_ERRORS.documentTooLarge);
  const type = await sniffFileType(doc.bytes);
  if (!type || !(DOCUMENT_TYPES as readonly string[]).includes(type.mime))
    throw new ActionError(OBJECTION_ERRORS.documentType);
  return { mime: type.mime, name: sanitizeFileName(doc.name, type.mime) };
}

/**
 * A member of the public files an objection against a shortlisted entry (no login). Refused
 * outside the competition's OBJECTION dates, once results are published, against an entry that
 * is not shortlisted, or beyond the per-IP limits. A filled honeypot is accepted and dropped:
 * the sender sees a reference as usual, nothing is stored. The document, if any, must be a PDF,
 * JPEG or PNG by content and at most 5 MB; it is stored behind lib/storage and never public.
 */
export async function fileObjection(
  db: Db,
  raw: Record<string, unknown>,
  opts: FilingOptions,
): Promise<FilingResult> {
  const now = opts.now ?? new Date();
  if (isBot(raw)) {
    log.info("objection honeypot filled: dropped", { requestId: opts.requestId ?? null });
    return { reference: newReference(), saved: false };
  }
  const parsed = fileObjectionSchema.safeParse(raw);
  if (!parsed.success) throw parsed.error;
  const input = parsed.data;

  const { competition, entry } = await assertCanFile(db, input.competitionId, input.entryId, now);
  const doc =
    opts.document && opts.document.bytes.length > 0
      ? { ...opts.document, ...(await checkDocument(opts.document)) }
      : null;

  // Counted only for filings that would be saved, so a typo does not use up the sender's quota.
  const ipHash = hashIp(opts.ip, opts.ipSalt ?? env().NEXTAUTH_SECRET);
  // The same entry again first: a repeat is refused without using up the hour's quota; an hourly
  // refusal gives the entry's daily slot back, since nothing was filed.
  const entryKey = `objection:ip-entry:${ipHash}:${entry.id}`;
  const perEntry = await hit(db, entryKey, LIMITS.perIpEntryDay, DAY);
  if (!perEntry.allowed) throw new ActionError(OBJECTION_ERRORS.rateLimited, { resetAt: perEntry.resetAt });
  const ipKey = `objection:ip:${ipHash}`;
  const perIp = await hit(db, ipKey, LIMITS.perIpHour, HOUR);
  if (!perIp.allowed) {
    await giveBack(db, [entryKey, ipKey]);
    throw new ActionError(OBJECTION_ERRORS.rateLimited, { resetAt: perIp.resetAt });
  }

  const storage = opts.storage ?? getStorage();
  const documentKey = doc ? newStorageKey() : null;
  try {
    if (doc && documentKey) await storage.put(documentKey, doc.bytes);
    return await db.$transaction(async (tx) => {
      // Checked again inside the transaction: a publication may have happened meanwhile.
      await assertCanFile(tx, competition.id, entry.id, now);
      const row = await createWithFreshReference(tx, {
        entryId: entry.id,
        submitterName: input.name,
        submitterContact: input.contact,
        reason: input.reason,
        documentKey,
        documentName: doc?.name ?? null,
        documentMime: doc?.mime ?? null,
        documentSize: doc ? doc.bytes.length : null,
        ipHash,
      });
      // The audit trail keeps what happened, not who the filer is.
      await audit(tx, {
        actorId: null,
        regionId: competition.regionId,
        action: "objection.file",
        entityType: "Objection",
        entityId: row.id,
        after: {
          reference: row.reference,
          entryId: entry.id,
          document: doc ? { mime: doc.mime, size: doc.bytes.length } : null,
        },
        requestId: opts.requestId ?? null,
      });
      const admins = await tx.user.findMany({
        where: { regionId: competition.regionId, role: { in: rolesWith("objection.decide") }, active: true },
        select: { id: true },
      });
      await notify(tx, {
        userIds: admins.map((a) => a.id),
        kind: "objection.filed",
        title: `Sanggahan baru ${row.reference}: ${entry.innovation.title}`,
        body: `${competition.name}. Sanggahan menunggu keputusan.`,
        link: `/admin/kompetisi/${competition.id}/sanggahan?status=SUBMITTED`,
        en: {
          title: `New objection ${row.reference}: ${entry.innovation.title}`,
          body: `${competition.name}. The objection awaits a decision.`,
        },
      });
      // The OPD concerned hears of it too, without who filed it.
      const opdStaff = await tx.user.findMany({
        where: {
          opdId: entry.innovation.opdId,
          regionId: competition.regionId,
          role: { in: ["OPD_OPERATOR", "OPD_HEAD"] },
          active: true,
        },
        select: { id: true },
      });
      await notify(tx, {
        userIds: opdStaff.map((u) => u.id),
        kind: "objection.filed",
        title: `Sanggahan terhadap inovasi Anda: ${entry.innovation.title}`,
        body: `${competition.name}. Sekretariat akan memeriksa sanggahan ini dan dapat meminta klarifikasi.`,
        link: `/opd/kompetisi`,
        en: {
          title: `Objection against your innovation: ${entry.innovation.title}`,
          body: `${competition.name}. The secretariat will examine it and may ask you for a clarification.`,
        },
      });
      return { reference: row.reference, saved: true };
    });
  } catch (err) {
    // Nothing was filed: the slots go back to the sender.
    await giveBack(db, [entryKey, ipKey]);
    if (documentKey)
      await storage
        .delete(documentKey)
        .catch((cleanupErr: unknown) => log.error("objection document cleanup failed", { err: cleanupErr }));
    throw err;
  }
}

async function createWithFreshReference(
  tx: Tx,
  data: Omit<Prisma.ObjectionUncheckedCreateInput, "reference">,
) {
  for (let attempt = 0; ; attempt++) {
    const reference = newReference();
    // A savepoint, so a (very unlikely) duplicate reference does not abort the transaction.
    await tx.$executeRaw`SAVEPOINT objection_ref`;
    try {
      const row = await tx.objection.create({
        data: { ...data, reference },
        select: { id: true, reference: true },
      });
      await tx.$executeRaw`RELEASE SAVEPOINT objection_ref`;
      return row;
    } catch (err) {
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT objection_ref`;
      const duplicate = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
      if (!duplicate || attempt >= 4) throw err;
    }
  }
}

/**
 * The secretariat decides an objection against an entry of a competition in its own region:
 * dismiss it, uphold it without consequence, or uphold it and disqualify the entry (an Override
 * of kind DISQUALIFY and the entry's move to DISQUALIFIED, in the same transaction). Always with
 * a written reason; a decided objection cannot be decided again, even by two admins at once.
 */
export async function decideObjection(
  db: Db,
  ctx: ActionContext,
  raw: DecideObjection | Record<string, unknown>,
  now = new Date(),
) {
  assertCan(ctx.user, "objection.decide");
  const input = decideObjectionSchema.parse(raw);
  const found = await db.objection.findFirst({
    where: scopes.objection.write(ctx.user, { id: input.objectionId }),
    select: { id: true, status: true, entry: { select: { competitionId: true } } },
  });
  if (!found) throw new ActionError("errors.notFound");
  if (found.status !== "SUBMITTED") throw new ActionError(OBJECTION_ERRORS.alreadyDecided);

  const status = input.outcome === "DISMISS" ? "REJECTED" : "UPHELD";
  const consequence =
    input.outcome === "DISQUALIFY" ? "DISQUALIFY" : input.outcome === "UPHOLD" ? "NONE" : null;

  return db.$transaction(async (tx) => {
    // A disqualification is a ranking decision: taken under the competition's ranking lock, like the others.
    if (consequence === "DISQUALIFY") await lockRanking(tx, found.entry.competitionId);
    // Conditional on SUBMITTED: of two concurrent decisions exactly one changes the row.
    const { count } = await tx.objection.updateMany({
      where: { id: found.id, status: "SUBMITTED" },
      data: { status, consequence, decision: input.reason, decidedById: ctx.user.id, decidedAt: now },
    });
    if (count !== 1) throw new ActionError(OBJECTION_ERRORS.alreadyDecided);
    const o = await tx.objection.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true,
        reference: true,
        submitterName: true,
        submitterContact: true,
        entry: {
          select: {
            id: true,
            status: true,
            competitionId: true,
            competition: { select: { name: true } },
            innovation: { select: { title: true, opdId: true } },
          },
        },
      },
    });
    await audit(tx, {
      ...by(ctx),
      action: status === "REJECTED" ? "objection.dismiss" : "objection.uphold",
      entityType: "Objection",
      entityId: o.id,
      before: { status: "SUBMITTED" },
      after: { status, consequence, decision: input.reason },
    });

    if (consequence === "DISQUALIFY")
      await disqualify(tx, ctx, o.entry, `Sanggahan ${o.reference} dikabulkan: ${input.reason}`);

    const opdUsers = await tx.user.findMany({
      where: { opdId: o.entry.innovation.opdId, active: true },
      select: { id: true },
    });
    const outcome =
      status === "REJECTED"
        ? "ditolak"
        : consequence === "DISQUALIFY"
          ? "dikabulkan; entri didiskualifikasi"
          : "dikabulkan tanpa konsekuensi";
    await notify(tx, {
      userIds: opdUsers.map((u) => u.id),
      kind: `objection.${status === "REJECTED" ? "dismissed" : "upheld"}`,
      title: `Sanggahan ${o.reference} terhadap "${o.entry.innovation.title}" ${outcome}`,
      body: `${o.entry.competition.name}. Alasan: ${input.reason}`,
      link: "/opd/kompetisi",
      en: {
        title: `Objection ${o.reference} against "${o.entry.innovation.title}" ${
          status === "REJECTED"
            ? "rejected"
            : consequence === "DISQUALIFY"
              ? "upheld; the entry is disqualified"
              : "upheld without consequence"
        }`,
        body: `${o.entry.competition.name}. Reason: ${input.reason}`,
      },
    });
    await mailFiler(tx, ctx.user.regionId, o, status, input.reason);
    return { reference: o.reference, status, consequence, competitionId: o.entry.competitionId };
  }, LOCKING_TRANSACTION);
}

async function disqualify(
  tx: Tx,
  ctx: ActionContext,
  entry: { id: string; status: string; competitionId: string },
  reason: string,
) {
  // Lock the entry so a parallel disqualification (another upheld objection) waits and sees it.
  const [locked] = await tx.$queryRaw<
    { status: string }[]
  >`SELECT "status"::text AS "status" FROM "Entry" WHERE "id" = ${entry.id} FOR UPDATE`;
  const active = await tx.override.findFirst({
    where: { entryId: entry.id, kind: { in: ["MOVE", "DISQUALIFY"] }, revokedAt: null },
    select: { kind: true },
  });
  // One jury decision per entry: a MOVE in force must be revoked before the entry can be disqualified.
  if (active?.kind === "MOVE") throw new ActionError("ranking.errors.overrideExists");
  if (!active) {
    const override = await tx.override
      .create({
        data: {
          competitionId: entry.competitionId,
          entryId: entry.id,
          kind: "DISQUALIFY",
          reason,
          createdById: ctx.user.id,
        },
        select: { id: true },
      })
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? new ActionError("ranking.errors.overrideExists") : e;
      });
    await audit(tx, {
      ...by(ctx),
      action: "override.create",
      entityType: "Override",
      entityId: override.id,
      after: { kind: "DISQUALIFY", entryId: entry.id, reason },
    });
  }
  const from = (locked?.status ?? entry.status) as Prisma.EntryStatusChangeUncheckedCreateInput["fromStatus"];
  if (from === "DISQUALIFIED") return;
  await tx.entry.update({ where: { id: entry.id }, data: { status: "DISQUALIFIED" } });
  await tx.entryStatusChange.create({
    data: { entryId: entry.id, fromStatus: from, toStatus: "DISQUALIFIED", actorId: ctx.user.id, reason },
  });
  await audit(tx, {
    ...by(ctx),
    action: "entry.disqualified",
    entityType: "Entry",
    entityId: entry.id,
    before: { status: from },
    after: { status: "DISQUALIFIED", reason },
  });
}

/** The filer hears of the decision when the contact they gave is an e-mail address (not a phone number). */
async function mailFiler(
  tx: Prisma.TransactionClient,
  regionId: string,
  o: {
    id: string;
    reference: string;
    submitterName: string;
    submitterContact: string;
    entry: { competitionId: string; competition: { name: string }; innovation: { title: string } };
  },
  decision: "UPHELD" | "REJECTED",
  reason: string,
) {
  const to = emailIn(o.submitterContact);
  if (!to || (await isSuppressed(tx, to))) return;
  await enqueueMail(tx, {
    template: "objection.decided",
    to,
    locale: "id",
    regionId,
    dedupeKey: `objection.decided:${o.id}`,
    data: {
      name: o.submitterName,
      reference: o.reference,
      innovation: o.entry.innovation.title,
      competition: o.entry.competition.name,
      competitionId: o.entry.competitionId,
      decision,
      reason,
    },
  });
}

// Before deciding an objection, the secretariat may ask the OPD whose entry it concerns to clarify;
// the OPD answers in the portal and the answer is shown on the objection. The filer is never named
// to the OPD: it sees the objection's reference, its own entry and the question.

/** Only the region's secretariat asks, and only on an objection still awaiting its decision. */
export async function askClarification(db: Db, ctx: ActionContext, raw: unknown, now = new Date()) {
  assertCan(ctx.user, "objection.decide");
  const input = askClarificationSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const objection = await tx.objection.findFirst({
      where: scopes.objection.write(ctx.user, { id: input.objectionId }),
      select: {
        id: true,
        reference: true,
        status: true,
        entry: {
          select: {
            competitionId: true,
            competition: { select: { name: true } },
            innovation: { select: { title: true, opdId: true } },
          },
        },
      },
    });
    if (!objection) throw new ActionError("errors.notFound");
    if (objection.status !== "SUBMITTED") throw new ActionError("objections.clarification.errors.decided");
    const row = await tx.objectionClarification.create({
      data: { objectionId: objection.id, question: input.question, askedById: ctx.user.id, askedAt: now },
      select: { id: true },
    });
    await audit(tx, {
      ...by(ctx),
      action: "objection.clarification.ask",
      entityType: "ObjectionClarification",
      entityId: row.id,
      after: { objectionId: objection.id, reference: objection.reference, question: input.question },
    });
    const { title, opdId } = objection.entry.innovation;
    const opdStaff = await tx.user.findMany({
      where: { opdId, regionId: ctx.user.regionId, role: { in: ["OPD_OPERATOR", "OPD_HEAD"] }, active: true },
      select: { id: true },
    });
    await notify(tx, {
      userIds: opdStaff.map((u) => u.id),
      kind: "objection.clarificationRequested",
      title: `Sekretariat meminta klarifikasi atas sanggahan ${objection.reference}: ${title}`,
      body: `${objection.entry.competition.name}. ${input.question}`,
      link: `/opd/klarifikasi#k-${row.id}`,
      en: {
        title: `The secretariat asks for a clarification on objection ${objection.reference}: ${title}`,
        body: `${objection.entry.competition.name}. ${input.question}`,
      },
    });
    return { id: row.id, competitionId: objection.entry.competitionId, reference: objection.reference };
  });
}

/**
 * Only the OPD the objection concerns answers, once, while the objection is undecided. Anything
 * outside that OPD (another OPD, another region, the secretariat) finds nothing to answer.
 */
export async function answerClarification(db: Db, ctx: ActionContext, raw: unknown, now = new Date()) {
  assertCan(ctx.user, "objection.answer");
  const input = answerClarificationSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const found = await tx.objectionClarification.findFirst({
      where: scopes.objectionClarification.write(ctx.user, { id: input.clarificationId }),
      select: {
        id: true,
        askedById: true,
        objection: {
          select: {
            reference: true,
            status: true,
            entry: { select: { competitionId: true, innovation: { select: { title: true } } } },
          },
        },
      },
    });
    if (!found) throw new ActionError("errors.notFound");
    if (found.objection.status !== "SUBMITTED")
      throw new ActionError("objections.clarification.errors.decided");
    // Conditional on "not answered yet": of two answers sent at once exactly one is kept.
    const { count } = await tx.objectionClarification.updateMany({
      where: { id: found.id, answeredAt: null },
      data: { answer: input.answer, answeredById: ctx.user.id, answeredAt: now },
    });
    if (count !== 1) throw new ActionError("objections.clarification.errors.answered");
    await audit(tx, {
      ...by(ctx),
      action: "objection.clarification.answer",
      entityType: "ObjectionClarification",
      entityId: found.id,
      after: { reference: found.objection.reference, answer: input.answer },
    });
    const { competitionId, innovation } = found.objection.entry;
    const admins = await tx.user.findMany({
      where: { regionId: ctx.user.regionId, role: { in: rolesWith("objection.decide") }, active: true },
      select: { id: true },
    });
    await notify(tx, {
      userIds: admins.map((a) => a.id),
      kind: "objection.clarificationAnswered",
      title: `Klarifikasi sanggahan ${found.objection.reference} dijawab: ${innovation.title}`,
      body: input.answer,
      link: `/admin/kompetisi/${competitionId}/sanggahan?status=SUBMITTED`,
      en: {
        title: `Clarification on objection ${found.objection.reference} answered: ${innovation.title}`,
        body: input.answer,
      },
    });
    return { reference: found.objection.reference };
  });
}
