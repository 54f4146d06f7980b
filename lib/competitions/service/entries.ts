import "server-only";
// An entry's way through registration and screening: its OPD enters it, withdraws it before screening starts or
// resubmits it once returned; the secretariat screens it.
import { assertCan } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CompetitionStatus, EntryStatus, StageKind } from "@/lib/generated/prisma/enums";
import { findEditable } from "@/lib/innovations/queries";
import { notify } from "@/lib/notifications/service";
import { refuseIneligible, screeningFactsFor } from "../queries/entries";
import {
  decisionOfStatus,
  screeningProblems,
  type Checklist,
  type ScreeningDecision,
} from "../rules/screening";
import { requireOpen } from "../rules/stages";

type Tx = Prisma.TransactionClient;

const STAGE_SELECT = { kind: true, startsAt: true, endsAt: true } as const;

const TAKES_ENTRIES: CompetitionStatus[] = ["ACTIVE", "PUBLISHED"];
const COMPETITION_SELECT = {
  select: { id: true, name: true, status: true, stages: { select: STAGE_SELECT } },
} as const;

/** A competition that takes or took entries, read through the caller's scope. */
async function openCompetition(tx: Tx, caller: Caller, id: string) {
  const c = await tx.competition.findFirst({
    where: scopes.competition.read(caller, { id, status: { in: TAKES_ENTRIES } }),
    select: COMPETITION_SELECT.select,
  });
  if (!c) throw new ActionError("errors.notFound");
  return c;
}

/** The competition of an entry already read through its scope, when it takes or took entries. */
function openOf<C extends { status: CompetitionStatus }>(c: C): C {
  if (!TAKES_ENTRIES.includes(c.status)) throw new ActionError("errors.notFound");
  return c;
}

type StageDates = { kind: StageKind; startsAt: Date; endsAt: Date };

/** Refuses outside the stage's dates, with the dates in the message. */
function ensureOpen(stages: StageDates[], kind: StageKind, at: Date) {
  if (requireOpen(stages, kind, at).ok) return;
  stageClosed(
    stages.find((s) => s.kind === kind),
    kind,
  );
}

function stageClosed(stage: StageDates | undefined, kind: StageKind): never {
  throw new ActionError("competitions.errors.stageClosed", {
    stage: `competitions.stages.${kind}`,
    startsAt: stage?.startsAt ?? "—",
    endsAt: stage?.endsAt ?? "—",
  });
}

async function recordMove(
  tx: Tx,
  ctx: ActionContext,
  entryId: string,
  from: EntryStatus | null,
  to: EntryStatus,
  reason: string | null,
) {
  await tx.entryStatusChange.create({
    data: { entryId, fromStatus: from, toStatus: to, actorId: ctx.user.id, reason },
  });
  await audit(tx, {
    ...by(ctx),
    action: `entry.${to.toLowerCase()}`,
    entityType: "Entry",
    entityId: entryId,
    before: from ? { status: from } : undefined,
    after: { status: to, reason },
  });
}

/** An OPD enters one of its approved innovations; the entry freezes the approved version. */
export async function enterInnovation(
  db: Db,
  ctx: ActionContext,
  input: { competitionId: string; innovationId: string; categoryId: string },
  now = new Date(),
) {
  assertCan(ctx.user, "competition.enter");
  return db.$transaction(async (tx) => {
    const competition = await openCompetition(tx, ctx.user, input.competitionId);
    ensureOpen(competition.stages, "REGISTRATION", now);
    const innovation = await findEditable(tx, ctx.user, input.innovationId, { id: true, title: true });
    const version = await tx.innovationVersion.findFirst({
      where: { innovationId: innovation.id, status: "APPROVED" },
      orderBy: { versionNo: "desc" },
      select: { id: true },
    });
    if (!version) throw new ActionError("competitions.errors.notApproved");
    const category = await tx.competitionCategory.findFirst({
      where: { id: input.categoryId, competitionId: competition.id },
      select: { id: true },
    });
    if (!category) throw new ActionError("errors.notFound");
    await refuseIneligible(tx, ctx.user, input);
    const existing = await tx.entry.findUnique({
      where: { competitionId_innovationId: { competitionId: competition.id, innovationId: innovation.id } },
      select: { id: true },
    });
    if (existing) throw new ActionError("competitions.errors.alreadyEntered");
    const entry = await tx.entry.create({
      data: {
        competitionId: competition.id,
        innovationId: innovation.id,
        categoryId: category.id,
        versionId: version.id,
        registeredById: ctx.user.id,
      },
      select: { id: true },
    });
    await recordMove(tx, ctx, entry.id, null, "REGISTERED", null);
    return entry;
  });
}

/** A returned entry, corrected (a newer approved version), goes back to screening until it closes. */
export async function resubmitEntry(
  db: Db,
  ctx: ActionContext,
  input: { entryId: string },
  now = new Date(),
) {
  assertCan(ctx.user, "competition.enter");
  return db.$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({
      where: scopes.entry.write(ctx.user, { id: input.entryId }),
      select: {
        id: true,
        status: true,
        innovationId: true,
        versionId: true,
        competition: COMPETITION_SELECT,
      },
    });
    if (!entry) throw new ActionError("errors.notFound");
    if (entry.status !== "RETURNED") throw new ActionError("competitions.errors.notReturned");
    const competition = openOf(entry.competition);
    const screening = competition.stages.find((s) => s.kind === "SCREENING");
    if (!screening || now >= screening.endsAt) stageClosed(screening, "SCREENING");
    const version = await tx.innovationVersion.findFirst({
      where: { innovationId: entry.innovationId, status: "APPROVED" },
      orderBy: { versionNo: "desc" },
      select: { id: true },
    });
    if (!version) throw new ActionError("competitions.errors.notApproved");
    await tx.entry.update({ where: { id: entry.id }, data: { status: "REGISTERED", versionId: version.id } });
    await recordMove(tx, ctx, entry.id, "RETURNED", "REGISTERED", null);
  });
}

const DECIDED: EntryStatus[] = ["SCREENED_PASS", "SCREENED_FAIL", "RETURNED"];
const STATUS_OF: Record<ScreeningDecision, EntryStatus> = {
  PASS: "SCREENED_PASS",
  FAIL: "SCREENED_FAIL",
  RETURN: "RETURNED",
};

/**
 * Records the screening decision, or changes one already made, while screening is open. The checks the system
 * computes are computed again here, so a contradiction (or an empty reason where one is needed) is refused as a
 * field problem whatever the form sent; a change is audited with the decision before and after.
 */
export async function screenEntry(
  db: Db,
  ctx: ActionContext,
  input: { entryId: string; decision: ScreeningDecision; reason: string; checklist: Checklist },
  now = new Date(),
): Promise<
  | { ok: true; status: EntryStatus; changed: boolean }
  | { ok: false; problems: { path: string; code: string }[] }
> {
  assertCan(ctx.user, "competition.write");
  return db.$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({
      where: scopes.entry.write(ctx.user, { id: input.entryId }),
      select: {
        id: true,
        status: true,
        competitionId: true,
        screening: true,
        screeningNote: true,
        innovation: { select: { title: true, opdId: true } },
        competition: COMPETITION_SELECT,
      },
    });
    if (!entry) throw new ActionError("errors.notFound");
    if (entry.status !== "REGISTERED" && !DECIDED.includes(entry.status))
      throw new ActionError("competitions.errors.notAwaitingScreening");
    const competition = openOf(entry.competition);
    ensureOpen(competition.stages, "SCREENING", now);
    const facts = (await screeningFactsFor(tx, ctx.user, [entry.id])).get(entry.id);
    const previous = decisionOfStatus(entry.status);
    const problems = screeningProblems({
      ...input,
      computed: { implementedOneYear: facts?.implementedOneYear, documents: facts?.documents },
      previous,
    });
    if (problems.length) return { ok: false as const, problems };

    const to = STATUS_OF[input.decision];
    const reason = input.reason.trim() || null;
    await tx.entry.update({
      where: { id: entry.id },
      data: { status: to, screening: input.checklist, screeningNote: reason },
    });
    await recordMove(tx, ctx, entry.id, entry.status, to, reason);
    if (previous) {
      await audit(tx, {
        ...by(ctx),
        action: "entry.screening_changed",
        entityType: "Entry",
        entityId: entry.id,
        before: { decision: previous, reason: entry.screeningNote, checklist: entry.screening },
        after: { decision: input.decision, reason, checklist: input.checklist },
      });
    }
    const opdUsers = await tx.user.findMany({
      where: { opdId: entry.innovation.opdId, active: true, role: { in: ["OPD_OPERATOR", "OPD_HEAD"] } },
      select: { id: true },
    });
    await notify(tx, {
      userIds: opdUsers.map((u) => u.id),
      kind: to === "RETURNED" ? "entry.returned" : "screening.result",
      title: `${competition.name}: ${entry.innovation.title}`,
      body: reason,
      link: "/opd/kompetisi",
      en: { title: `${competition.name}: ${entry.innovation.title}`, body: reason },
    });
    return { ok: true as const, status: to, changed: previous !== null };
  });
}

/**
 * The OPD takes its entry back before screening starts: the entry is deleted (it may be entered
 * again while registration is open) and the withdrawal is audited with what the entry was.
 */
export async function withdrawEntry(
  db: Db,
  ctx: ActionContext,
  input: { entryId: string },
  now = new Date(),
) {
  const { user } = ctx;
  assertCan(user, "competition.enter");
  return db.$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({
      where: scopes.entry.write(user, { id: input.entryId }),
      select: {
        id: true,
        status: true,
        competitionId: true,
        innovationId: true,
        categoryId: true,
        versionId: true,
        registeredAt: true,
        innovation: { select: { title: true } },
        competition: { select: { stages: { where: { kind: "SCREENING" }, select: { startsAt: true } } } },
        _count: { select: { statusChanges: { where: { fromStatus: { not: null } } } } },
      },
    });
    if (!entry) throw new ActionError("errors.notFound");
    const screeningStarts = entry.competition.stages[0]?.startsAt;
    // Once screening has begun (or this entry was ever screened) the secretariat's work is not undone.
    if (
      entry.status !== "REGISTERED" ||
      entry._count.statusChanges > 0 ||
      (screeningStarts && now >= screeningStarts)
    )
      throw new ActionError("competitions.withdraw.tooLate");
    await tx.entry.delete({ where: { id: entry.id } });
    await audit(tx, {
      ...by(ctx),
      action: "entry.withdraw",
      entityType: "Entry",
      entityId: entry.id,
      before: {
        status: entry.status,
        competitionId: entry.competitionId,
        innovationId: entry.innovationId,
        categoryId: entry.categoryId,
        versionId: entry.versionId,
        registeredAt: entry.registeredAt.toISOString(),
      },
      after: { withdrawn: true },
    });
    return { title: entry.innovation.title };
  });
}
