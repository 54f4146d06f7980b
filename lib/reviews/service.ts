import "server-only";
import { assertCan, rolesWith } from "@/lib/access/policy";
import { freezeRubric } from "@/lib/competitions/service/rubric";
import { ActionError, type ActionContext, type Actor } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import { conflictingKeys } from "@/lib/autosave/merge";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/service";
import { CRITERIA_SELECT, ownAssignments } from "./queries";
import { commentsOf, snapshotTitle, toRubric, valuesOf } from "./rules/rows";
import { ensureStageOpen } from "./rules/stage";
import { flattenReview, type ReviewPart } from "./rules/autosave";
import { checkScoreValues, liveScore, missingRequired } from "./rules/review";
import { COMMENT_MAX, NOTE_MAX, OVERALL_MAX } from "./schemas";

type Tx = Prisma.TransactionClient;

function requireEvaluator(user: Actor) {
  if (user.role !== "EVALUATOR") throw new ActionError("errors.forbidden");
}

function requireAdmin(user: Actor) {
  assertCan(user, "competition.write");
}

const STAGE_DATES = { select: { kind: true, startsAt: true, endsAt: true } } as const;

/** What the scoring actions need of the caller's own assignment. */
const SCORING_SELECT = {
  id: true,
  noConflictAt: true,
  stage: {
    select: {
      kind: true,
      passFail: true,
      criteria: CRITERIA_SELECT,
      competition: { select: { id: true, stages: STAGE_DATES } },
    },
  },
  entry: {
    select: { id: true, innovation: { select: { title: true } }, version: { select: { snapshot: true } } },
  },
  review: { select: { id: true, locked: true, revision: true, overallComment: true, updatedAt: true } },
  scores: { select: { criterionId: true, value: true, comment: true } },
} as const satisfies Prisma.AssignmentSelect;

async function loadOwn(tx: Tx, ctx: ActionContext, assignmentId: string) {
  const row = await tx.assignment.findFirst({
    where: ownAssignments(ctx.user, { id: assignmentId }),
    select: SCORING_SELECT,
  });
  if (!row) throw new ActionError("errors.notFound");
  return row;
}

type Loaded = Awaited<ReturnType<typeof loadOwn>>;

const titleOf = (row: { entry: { version: { snapshot: unknown }; innovation: { title: string } } }) =>
  snapshotTitle(row.entry.version.snapshot, row.entry.innovation.title);

/** The order of refusals every scoring step shares: conflict check first, then lock, then stage dates. */
function ensureScorable(row: Loaded, now: Date, lockedMessage: string) {
  if (!row.noConflictAt) throw new ActionError("reviews.errors.declareFirst");
  if (row.review?.locked) throw new ActionError(lockedMessage);
  ensureStageOpen(row.stage.competition.stages, row.stage.kind, now);
}

// ───────────────────────── Conflict of interest ─────────────────────────

/** The evaluator confirms they have no conflict of interest with the entry; scoring needs it. */
export async function declareNoConflict(
  db: Db,
  ctx: ActionContext,
  input: { assignmentId: string },
  now = new Date(),
) {
  requireEvaluator(ctx.user);
  return db.$transaction(async (tx) => {
    const row = await loadOwn(tx, ctx, input.assignmentId);
    if (row.noConflictAt) return { noConflictAt: row.noConflictAt };
    const updated = await tx.assignment.updateMany({
      where: { id: row.id, noConflictAt: null, conflictDeclared: false },
      data: { noConflictAt: now },
    });
    if (updated.count !== 1) throw new ActionError("errors.notFound");
    await audit(tx, {
      ...by(ctx),
      action: "assignment.noConflict",
      entityType: "Assignment",
      entityId: row.id,
      before: { noConflictAt: null },
      after: { noConflictAt: now.toISOString() },
    });
    return { noConflictAt: now };
  });
}

/**
 * The evaluator declares a conflict of interest: the assignment leaves their queue for good (they
 * can no longer open or score it) and every admin of the region is told, to assign someone else.
 */
export async function declareConflict(
  db: Db,
  ctx: ActionContext,
  input: { assignmentId: string; note: string },
) {
  requireEvaluator(ctx.user);
  const note = input.note.trim();
  if (!note) throw new ActionError("reviews.errors.noteRequired");
  if (note.length > NOTE_MAX) throw new ActionError("validation.tooLong");
  return db.$transaction(async (tx) => {
    const row = await loadOwn(tx, ctx, input.assignmentId);
    if (row.review?.locked) throw new ActionError("reviews.errors.alreadySubmitted");
    const updated = await tx.assignment.updateMany({
      where: { id: row.id, conflictDeclared: false },
      data: { conflictDeclared: true, conflictNote: note },
    });
    if (updated.count !== 1) throw new ActionError("errors.notFound");
    await audit(tx, {
      ...by(ctx),
      action: "assignment.conflict",
      entityType: "Assignment",
      entityId: row.id,
      before: { conflictDeclared: false, noConflictAt: row.noConflictAt?.toISOString() ?? null },
      after: { conflictDeclared: true, conflictNote: note },
    });
    const admins = await tx.user.findMany({
      where: { regionId: ctx.user.regionId, role: { in: rolesWith("competition.write") }, active: true },
      select: { id: true },
    });
    await notify(tx, {
      userIds: admins.map((a) => a.id),
      kind: "conflict.declared",
      title: `Konflik kepentingan: ${ctx.user.name} — ${titleOf(row)}`,
      body: note,
      link: "/admin",
      en: { title: `Conflict of interest: ${ctx.user.name} — ${titleOf(row)}`, body: note },
    });
    return { conflictDeclared: true as const };
  });
}

// ───────────────────────── Scoring ─────────────────────────

type ReviewState = {
  /** Criterion id → value; criteria never scored are absent. */
  values: Record<string, number | null>;
  comments: Record<string, string | null>;
  overallComment: string;
};

export type SaveScoresResult =
  | {
      kind: "saved";
      revision: number;
      savedAt: string;
      /** The saved items as stored (comments trimmed): what the client's next edit of them starts from. */
      stored: ReviewPart;
      /** The review as stored now, when an earlier save of another tab was merged in. */
      server?: ReviewState;
    }
  | {
      kind: "conflict";
      revision: number;
      server: ReviewState;
      /** Flat keys ("v:<id>", "c:<id>", "overall") another save changed that this one changes too. */
      fields: string[];
      updatedAt: string;
    };

type SaveScoresInput = {
  assignmentId: string;
  /** The review revision the client's base values were read at (1 before the first save). */
  revision: number;
  /** Only the criteria present are written; null clears a value. */
  values: Record<string, number | null>;
  comments: Record<string, string | null>;
  /** Undefined leaves it as it is. */
  overallComment?: string;
  /** For each item of the patch, the stored value the evaluator's edit started from. */
  base?: ReviewPart;
  /** Earlier sends of this client whose answer never arrived. */
  unconfirmed?: readonly ReviewPart[];
};

/** Attempts of a save that keeps losing the race to simultaneous saves before it is called a conflict. */
const SAVE_ATTEMPTS = 3;

/**
 * Autosave of a review, with the draft save's rule: a newer revision (another tab or device of the
 * evaluator saved) is a conflict only when that save changed an item this one changes too, to a
 * third value; then nothing is written and the stored review comes back. Otherwise the patch is
 * written on top. The revision bump is conditional on the revision just read, so a save racing in
 * between is checked anew; the scores are upserted in the same transaction. Values are checked
 * against their criterion's scale here; the database trigger Score_within_scale is the last line
 * of defence.
 */
export async function saveScores(
  db: Db,
  ctx: ActionContext,
  input: SaveScoresInput,
  now = new Date(),
): Promise<SaveScoresResult> {
  requireEvaluator(ctx.user);
  for (let attempt = 1; ; attempt++) {
    const result = await db.$transaction(async (tx): Promise<SaveScoresResult | null> => {
      const row = await loadOwn(tx, ctx, input.assignmentId);
      ensureScorable(row, now, "reviews.errors.locked");
      checkInput(row, input);

      // A review row exists from the first save on; a missing one counts as revision 1, unchanged.
      await tx.review.createMany({ data: [{ assignmentId: row.id }], skipDuplicates: true });
      const current = await tx.review.findUniqueOrThrow({
        where: { assignmentId: row.id },
        select: { revision: true, locked: true, overallComment: true, updatedAt: true },
      });
      // Submitted in between (another tab): a refusal, not a conflict to resolve.
      if (current.locked) throw new ActionError("reviews.errors.locked");
      const scores = await tx.score.findMany({
        where: { assignmentId: row.id },
        select: { criterionId: true, value: true, comment: true },
      });
      const server: ReviewState = {
        values: valuesOf(scores),
        comments: commentsOf(scores),
        overallComment: current.overallComment,
      };
      const patch = flattenReview(input);
      const sameRevision = current.revision === input.revision;
      const clash = conflictingKeys({
        stored: flattenReview(server),
        patch,
        base: input.base ? flattenReview(input.base) : {},
        unconfirmed: input.unconfirmed?.map(flattenReview),
        sameRevision,
      });
      if (clash.length || attempt >= SAVE_ATTEMPTS) {
        return {
          kind: "conflict",
          revision: current.revision,
          server,
          fields: clash.length ? clash : Object.keys(patch),
          updatedAt: current.updatedAt.toISOString(),
        };
      }

      const updated = await tx.review.updateMany({
        where: { assignmentId: row.id, revision: current.revision, locked: false },
        data: {
          revision: { increment: 1 },
          ...(input.overallComment !== undefined ? { overallComment: input.overallComment } : {}),
        },
      });
      if (updated.count !== 1) return null;

      for (const criterionId of new Set([...Object.keys(input.values), ...Object.keys(input.comments)])) {
        const data = {
          ...(Object.hasOwn(input.values, criterionId) ? { value: input.values[criterionId] ?? null } : {}),
          ...(Object.hasOwn(input.comments, criterionId)
            ? { comment: input.comments[criterionId]?.trim() || null }
            : {}),
        };
        await tx.score.upsert({
          where: { assignmentId_criterionId: { assignmentId: row.id, criterionId } },
          create: { assignmentId: row.id, criterionId, ...data },
          update: data,
        });
      }
      // Scoring has started: from now on the rubric changes only through an audited unlock.
      const { stage } = await tx.assignment.findUniqueOrThrow({
        where: { id: row.id },
        select: { stage: { select: { competitionId: true } } },
      });
      await freezeRubric(tx, stage.competitionId, now);
      const fresh = await tx.review.findUniqueOrThrow({
        where: { assignmentId: row.id },
        select: { revision: true, updatedAt: true, overallComment: true },
      });
      const after = await tx.score.findMany({
        where: { assignmentId: row.id },
        select: { criterionId: true, value: true, comment: true },
      });
      const state: ReviewState = {
        values: valuesOf(after),
        comments: commentsOf(after),
        overallComment: fresh.overallComment,
      };
      return {
        kind: "saved",
        revision: fresh.revision,
        savedAt: fresh.updatedAt.toISOString(),
        stored: {
          values: pickIds(state.values, Object.keys(input.values)),
          comments: pickIds(state.comments, Object.keys(input.comments)),
          ...(input.overallComment !== undefined ? { overallComment: state.overallComment } : {}),
        },
        ...(sameRevision ? {} : { server: state }),
      };
    });
    if (result) return result;
  }
}

const pickIds = <T>(all: Record<string, T | null>, ids: readonly string[]): Record<string, T | null> =>
  Object.fromEntries(ids.map((id) => [id, all[id] ?? null]));

/** Every criterion named belongs to the stage's rubric and every value is within its scale. */
function checkInput(row: Loaded, input: SaveScoresInput) {
  const rubric = toRubric(row.stage.criteria);
  const commentIds = Object.keys(input.comments);
  const problems = checkScoreValues(rubric, input.values);
  const known = new Set(rubric.map((c) => c.id));
  const unknown = [...problems.unknown, ...commentIds.filter((id) => !known.has(id))];
  if (unknown.length) throw new ActionError("reviews.errors.unknownCriterion");
  const bad = problems.outOfScale[0];
  if (bad) {
    throw new ActionError("reviews.errors.outOfScale", {
      code: bad.code,
      min: bad.scaleMin,
      max: bad.scaleMax,
      codes: problems.outOfScale.map((c) => c.code).join(", "),
    });
  }
  for (const c of Object.values(input.comments))
    if (c && c.length > COMMENT_MAX) throw new ActionError("validation.tooLong");
  if (input.overallComment !== undefined && input.overallComment.length > OVERALL_MAX)
    throw new ActionError("validation.tooLong");
}

type MissingCriterion = { id: string; code: string; name: string };
export type SubmitResult =
  | { ok: true; score: number | null; verdict: boolean | null; revision: number }
  | { ok: false; missing: MissingCriterion[] };

/**
 * Sends the review: refused while any required criterion is empty (all of them listed), then locked. A pass/fail
 * stage (field verification) needs the evaluator's verdict; its criteria, if any, are a checklist and may leave
 * the review without a score.
 */
export async function submitReview(
  db: Db,
  ctx: ActionContext,
  input: { assignmentId: string; revision: number; verdict?: "PASS" | "FAIL" },
  now = new Date(),
): Promise<SubmitResult> {
  requireEvaluator(ctx.user);
  return db.$transaction(async (tx) => {
    const row = await loadOwn(tx, ctx, input.assignmentId);
    ensureScorable(row, now, "reviews.errors.alreadySubmitted");
    if ((row.review?.revision ?? 1) !== input.revision) throw new ActionError("reviews.errors.staleSubmit");

    const rubric = toRubric(row.stage.criteria);
    const values = valuesOf(row.scores);
    const missing = missingRequired(rubric, values);
    if (missing.length)
      return { ok: false, missing: missing.map((c) => ({ id: c.id, code: c.code, name: c.name })) };
    const passFail = row.stage.passFail;
    if (passFail && !input.verdict) throw new ActionError("reviews.errors.verdictRequired");
    if (!passFail && input.verdict) throw new ActionError("reviews.errors.verdictNotExpected");
    const verdict = passFail ? input.verdict === "PASS" : null;
    const live = liveScore(rubric, values);
    if (!passFail && (!live.complete || live.score === null))
      throw new ActionError("reviews.errors.nothingScored");
    const score = live.complete ? live.score : null;

    await tx.review.createMany({ data: [{ assignmentId: row.id }], skipDuplicates: true });
    const locked = await tx.review.updateMany({
      where: { assignmentId: row.id, revision: input.revision, locked: false },
      data: { locked: true, submittedAt: now, verdict, revision: { increment: 1 } },
    });
    if (locked.count !== 1) throw new ActionError("reviews.errors.staleSubmit");
    const review = await tx.review.findUniqueOrThrow({
      where: { assignmentId: row.id },
      select: { id: true, revision: true },
    });
    await audit(tx, {
      ...by(ctx),
      action: "review.submit",
      entityType: "Review",
      entityId: review.id,
      before: { locked: false },
      after: {
        locked: true,
        submittedAt: now.toISOString(),
        assignmentId: row.id,
        score,
        verdict,
        values: Object.fromEntries(rubric.map((c) => [c.code, values[c.id] ?? null])),
      },
    });
    return { ok: true, score, verdict, revision: review.revision };
  });
}

/**
 * The secretariat reopens a submitted review (with a reason, e.g. a mis-scored criterion): it is
 * unlocked and counts as in progress again until the evaluator sends it anew.
 */
export async function reopenReview(
  db: Db,
  ctx: ActionContext,
  input: { assignmentId: string; reason: string },
  now = new Date(),
) {
  requireAdmin(ctx.user);
  const reason = input.reason.trim();
  if (!reason) throw new ActionError("reviews.errors.reasonRequired");
  if (reason.length > NOTE_MAX) throw new ActionError("validation.tooLong");
  return db.$transaction(async (tx) => {
    const row = await tx.assignment.findFirst({
      where: { id: input.assignmentId, stage: { competition: { regionId: ctx.user.regionId } } },
      select: {
        id: true,
        evaluatorId: true,
        entry: {
          select: { innovation: { select: { title: true } }, version: { select: { snapshot: true } } },
        },
        review: { select: { id: true, locked: true, submittedAt: true } },
      },
    });
    if (!row) throw new ActionError("errors.notFound");
    if (!row.review?.locked) throw new ActionError("reviews.errors.notSubmitted");
    const reopened = await tx.review.updateMany({
      where: { id: row.review.id, locked: true },
      data: {
        locked: false,
        submittedAt: null,
        reopenedAt: now,
        reopenReason: reason,
        verdict: null,
        revision: { increment: 1 },
      },
    });
    if (reopened.count !== 1) throw new ActionError("reviews.errors.notSubmitted");
    await audit(tx, {
      ...by(ctx),
      action: "review.reopen",
      entityType: "Review",
      entityId: row.review.id,
      before: { locked: true, submittedAt: row.review.submittedAt?.toISOString() ?? null },
      after: { locked: false, reopenedAt: now.toISOString(), reason, assignmentId: row.id },
    });
    await notify(tx, {
      userIds: [row.evaluatorId],
      kind: "review.reopened",
      title: `Penilaian dibuka kembali: ${titleOf(row)}`,
      body: reason,
      link: `/penilai/tugas/${row.id}`,
      en: { title: `Review reopened: ${titleOf(row)}`, body: reason },
    });
    return { reopenedAt: now };
  });
}
