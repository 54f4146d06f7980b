import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import { conflictingKeys, type FlatValues } from "@/lib/autosave/merge";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { yearIn, type RegionZone } from "@/lib/time/zones";
import { findEditable } from "./queries";
import { publishApprovedDocuments } from "./attachments/service";
import type { InnovationDraft } from "./rules/form/sections";
import { DRAFT_SELECT, toDbData, toDraft } from "./rules/mapping";
import { notify } from "@/lib/notifications/service";

type Tx = Prisma.TransactionClient;

/** An OPD's staff edit their OPD's innovations: the permission, and an OPD to edit in. */
function requireOpdRole(ctx: ActionContext): string {
  assertCan(ctx.user, "innovation.edit");
  if (!ctx.user.opdId) throw new ActionError("errors.forbidden");
  return ctx.user.opdId;
}

export async function createInnovation(
  db: Db,
  ctx: ActionContext,
  input: { title: string },
  now = new Date(),
) {
  const opdId = requireOpdRole(ctx);
  return db.$transaction(async (tx) => {
    const opd = await tx.opd.findFirst({
      where: scopes.opd.read(ctx.user, { id: opdId, active: true }),
      select: { id: true, region: { select: { timeZone: true } } },
    });
    if (!opd) throw new ActionError("innovations.errors.opdInactive");
    const row = await tx.innovation.create({
      data: {
        regionId: ctx.user.regionId,
        opdId: opd.id,
        year: yearIn(now, opd.region.timeZone),
        title: input.title,
        createdById: ctx.user.id,
        updatedById: ctx.user.id,
      },
      select: { id: true, title: true, status: true },
    });
    await audit(tx, {
      ...by(ctx),
      action: "innovation.create",
      entityType: "Innovation",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export type SaveResult =
  | {
      kind: "saved";
      revision: number;
      savedAt: string;
      /** An approved innovation went back to draft (left the catalogue). */ reopened: boolean;
      /** The saved fields as stored (normalised): what the client's next edit of them starts from. */
      stored: Partial<InnovationDraft>;
      /** The whole draft as stored now, when someone else's save was merged in. */
      server?: InnovationDraft;
    }
  | {
      kind: "conflict";
      revision: number;
      server: InnovationDraft;
      /** The fields someone else changed that this save changes too, to another value. */
      fields: string[];
      /** Who saved last; null when it was the caller (another tab or device of theirs). */
      updatedBy: string | null;
      updatedAt: string;
    };

type SaveDraftInput = {
  id: string;
  /** The revision the client's base values were read at. */
  revision: number;
  patch: Partial<InnovationDraft>;
  /** For each field of the patch, the stored value the user's edit started from. */
  base?: FlatValues;
  /** Earlier sends of this client whose answer never arrived. */
  unconfirmed?: readonly FlatValues[];
};

/** Attempts of a save that keeps losing the race to simultaneous saves before it is called a conflict. */
const SAVE_ATTEMPTS = 3;

/**
 * Autosave. A newer revision alone is no conflict: the save is refused (nothing written, the
 * stored draft returned) only when another save changed a field this one changes too, to a third
 * value (lib/autosave/merge.ts). Otherwise the patch is written on top of the other save. The
 * write is conditional on the revision just read, so a save racing in between is checked anew.
 */
export async function saveDraft(db: Db, ctx: ActionContext, input: SaveDraftInput): Promise<SaveResult> {
  requireOpdRole(ctx);
  for (let attempt = 1; ; attempt++) {
    const result = await db.$transaction(async (tx): Promise<SaveResult | null> => {
      const row = await findEditable(tx, ctx.user, input.id, {
        ...DRAFT_SELECT,
        id: true,
        status: true,
        revision: true,
        updatedAt: true,
        updatedById: true,
        updatedBy: { select: { name: true } },
      });
      if (row.status === "SUBMITTED") throw new ActionError("innovations.errors.readOnly");
      const stored = toDraft(row);
      const sameRevision = row.revision === input.revision;
      const clash = conflictingKeys({
        stored,
        patch: input.patch,
        base: input.base ?? {},
        unconfirmed: input.unconfirmed,
        sameRevision,
      });
      const lastTry = attempt >= SAVE_ATTEMPTS;
      if (clash.length || lastTry) {
        return {
          kind: "conflict",
          revision: row.revision,
          server: stored,
          fields: clash.length ? clash : Object.keys(input.patch),
          updatedBy: row.updatedById === ctx.user.id ? null : row.updatedBy.name,
          updatedAt: row.updatedAt.toISOString(),
        };
      }

      // Editing an approved innovation starts its next version; the approved one stays frozen.
      const reopened = row.status === "APPROVED";
      const updated = await tx.innovation.updateMany({
        where: { id: row.id, revision: row.revision },
        data: {
          ...(toDbData(input.patch) as Prisma.InnovationUncheckedUpdateManyInput),
          revision: { increment: 1 },
          updatedById: ctx.user.id,
          ...(reopened ? { status: "DRAFT" } : {}),
        },
      });
      if (updated.count !== 1) return null;
      if (reopened) {
        await audit(tx, {
          ...by(ctx),
          action: "innovation.reopen",
          entityType: "Innovation",
          entityId: row.id,
          before: { status: "APPROVED" },
          after: { status: "DRAFT" },
        });
      }
      const fresh = await tx.innovation.findUniqueOrThrow({
        where: { id: row.id },
        select: { ...DRAFT_SELECT, revision: true, updatedAt: true },
      });
      const now = toDraft(fresh);
      return {
        kind: "saved",
        revision: fresh.revision,
        savedAt: fresh.updatedAt.toISOString(),
        reopened,
        stored: Object.fromEntries(Object.keys(input.patch).map((k) => [k, now[k as keyof InnovationDraft]])),
        ...(sameRevision ? {} : { server: now }),
      };
    });
    if (result) return result;
  }
}

async function nextVersionNo(tx: Tx, innovationId: string) {
  const last = await tx.innovationVersion.findFirst({
    where: { innovationId },
    orderBy: { versionNo: "desc" },
    select: { versionNo: true },
  });
  return (last?.versionNo ?? 0) + 1;
}

/** The submission rules, judged in the innovation's region's zone ("today" for the implementation date). */
export type SubmitCheck = (draft: InnovationDraft, zone: RegionZone) => Record<string, string[]> | null;

/** Freezes what the operator sees into a new version and sends it to the head of the OPD. */
export async function submitInnovation(
  db: Db,
  ctx: ActionContext,
  input: { id: string; revision: number },
  check: SubmitCheck,
): Promise<{ ok: true; versionNo: number } | { ok: false; fieldErrors: Record<string, string[]> }> {
  requireOpdRole(ctx);
  return db.$transaction(async (tx) => {
    const row = await findEditable(tx, ctx.user, input.id, {
      ...DRAFT_SELECT,
      id: true,
      opdId: true,
      status: true,
      revision: true,
      region: { select: { timeZone: true } },
    });
    if (row.status === "SUBMITTED") throw new ActionError("innovations.errors.alreadySubmitted");
    if (row.status === "APPROVED") throw new ActionError("innovations.errors.nothingToSubmit");
    if (row.revision !== input.revision) throw new ActionError("innovations.errors.staleSubmit");
    const draft = toDraft(row);
    const fieldErrors = check(draft, row.region.timeZone);
    if (fieldErrors) return { ok: false as const, fieldErrors };
    const versionNo = await nextVersionNo(tx, row.id);
    const attachments = await tx.attachment.findMany({
      where: { innovationId: row.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, kind: true, visibility: true, sha256: true },
    });
    await tx.innovationVersion.create({
      data: {
        innovationId: row.id,
        versionNo,
        snapshot: { ...draft, attachments } as Prisma.InputJsonValue,
        status: "SUBMITTED",
        createdById: ctx.user.id,
      },
    });
    await tx.innovation.update({
      where: { id: row.id },
      data: {
        status: "SUBMITTED",
        submittedAt: new Date(),
        revision: { increment: 1 },
        updatedById: ctx.user.id,
      },
    });
    await audit(tx, {
      ...by(ctx),
      action: "innovation.submit",
      entityType: "Innovation",
      entityId: row.id,
      before: { status: row.status },
      after: { status: "SUBMITTED", versionNo },
    });
    await notifyHeads(tx, row.opdId, row.id, draft.title ?? "");
    return { ok: true as const, versionNo };
  });
}

/** The heads of the innovation's OPD hear that a version awaits them. */
async function notifyHeads(tx: Tx, opdId: string, innovationId: string, title: string) {
  const heads = await tx.user.findMany({
    where: { opdId, role: "OPD_HEAD", active: true },
    select: { id: true },
  });
  if (heads.length === 0) return;
  await notify(tx, {
    userIds: heads.map((h) => h.id),
    kind: "innovation.submitted",
    title: `Menunggu persetujuan: ${title}`,
    link: `/inovasi/${innovationId}`,
    en: { title: `Awaiting approval: ${title}` },
  });
}

/** The head of the OPD decides on the submitted version: approve (frozen) or return with a comment. */
export async function decideInnovation(
  db: Db,
  ctx: ActionContext,
  input: { id: string; decision: "APPROVE" | "RETURN"; comment: string | null },
) {
  assertCan(ctx.user, "innovation.decide");
  if (input.decision === "RETURN" && !input.comment)
    throw new ActionError("innovations.errors.commentRequired");
  return db.$transaction(async (tx) => {
    const row = await findEditable(tx, ctx.user, input.id, {
      id: true,
      status: true,
      title: true,
      updatedById: true,
      createdById: true,
    });
    if (row.status !== "SUBMITTED") throw new ActionError("innovations.errors.notAwaiting");
    const version = await tx.innovationVersion.findFirstOrThrow({
      where: { innovationId: row.id, status: "SUBMITTED" },
      orderBy: { versionNo: "desc" },
      select: { id: true, versionNo: true, snapshot: true },
    });
    const now = new Date();
    const status = input.decision === "APPROVE" ? "APPROVED" : "RETURNED";
    await tx.innovationVersion.update({
      where: { id: version.id },
      data: { status, decidedById: ctx.user.id, decidedAt: now, comment: input.comment },
    });
    await tx.innovation.update({
      where: { id: row.id },
      data: {
        status,
        revision: { increment: 1 },
        ...(status === "APPROVED" ? { approvedAt: now } : {}),
      },
    });
    if (status === "APPROVED") await publishApprovedDocuments(tx, row.id, version.snapshot);
    await audit(tx, {
      ...by(ctx),
      action: status === "APPROVED" ? "innovation.approve" : "innovation.return",
      entityType: "Innovation",
      entityId: row.id,
      before: { status: "SUBMITTED" },
      after: { status, versionNo: version.versionNo, comment: input.comment },
    });
    const recipients = [...new Set([row.createdById, row.updatedById])];
    await notify(tx, {
      userIds: recipients,
      kind: status === "APPROVED" ? "innovation.approved" : "innovation.returned",
      title: `${status === "APPROVED" ? "Disetujui" : "Dikembalikan"}: ${row.title}`,
      body: input.comment ?? "",
      link: `/inovasi/${row.id}`,
      en: {
        title: `${status === "APPROVED" ? "Approved" : "Returned"}: ${row.title}`,
        body: input.comment ?? "",
      },
    });
    return { status, versionNo: version.versionNo };
  });
}
