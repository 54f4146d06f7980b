import "server-only";
// Before deciding an objection, the secretariat may ask the OPD whose entry it concerns to clarify;
// the OPD answers in the portal and the answer is shown on the objection. The filer is never named
// to the OPD: it sees the objection's reference, its own entry and the question.
import { rolesWith } from "@/lib/access/policy";
import { z } from "zod";
import { assertCan, can } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/service";
import { text } from "@/lib/validation/text";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");

const TOO_SHORT = "objections.clarification.tooShort";
export const askClarificationSchema = z.object({
  objectionId: id,
  question: text({ min: 10, max: 2000, tooShort: TOO_SHORT }),
});
export const answerClarificationSchema = z.object({
  clarificationId: id,
  answer: text({ min: 10, max: 5000, tooShort: TOO_SHORT }),
});

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

/** The clarification requests addressed to the caller's OPD, unanswered first, newest first. */
export async function opdClarifications(db: Db, user: Caller) {
  if (!can(user, "objection.answer")) return [];
  return db.objectionClarification.findMany({
    where: scopes.objectionClarification.write(user),
    orderBy: [{ answeredAt: { sort: "desc", nulls: "first" } }, { askedAt: "desc" }],
    select: {
      id: true,
      question: true,
      askedAt: true,
      answer: true,
      answeredAt: true,
      answeredBy: { select: { name: true } },
      objection: {
        select: {
          reference: true,
          status: true,
          entry: {
            select: {
              innovation: { select: { id: true, title: true } },
              competition: { select: { name: true } },
            },
          },
        },
      },
    },
  });
}
