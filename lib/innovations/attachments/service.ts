import "server-only";
import { createHash } from "node:crypto";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext, type Actor } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InnovationStatus } from "@/lib/generated/prisma/enums";
import { PUBLIC_ATTACHMENT, PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import { findEditable, findReadable } from "@/lib/innovations/access";
import { log } from "@/lib/log";
import { getStorage, newStorageKey, type Storage } from "@/lib/storage";
import { reopenForDocumentChange } from "./approval";
import { sanitizeFileName } from "./names";
import { recordId, uploadInputSchema, visibilitySchema, type UploadInput } from "./schemas";
import { sniffFileType } from "./sniff";
import {
  ALLOWED_TYPES,
  isAllowedMime,
  limitsFromMb,
  type AttachmentDto,
  type ChangedAttachment,
  type UploadLimits,
  type Visibility,
} from "./types";

type Tx = Prisma.TransactionClient;

/** The i18n keys of every refusal, so route handlers can map them to HTTP statuses. */
export const ATTACHMENT_ERRORS = {
  tooLarge: "attachments.errors.tooLarge",
  totalTooLarge: "attachments.errors.totalTooLarge",
  typeNotAllowed: "attachments.errors.typeNotAllowed",
  empty: "attachments.errors.empty",
  readOnly: "attachments.errors.readOnly",
} as const;

const NOT_FOUND = "errors.notFound";

/** Injectable for tests and for another storage backend; defaults come from the environment. */
type AttachmentOptions = { storage?: Storage; limits?: UploadLimits };

/** UPLOAD_MAX_FILE_MB and UPLOAD_MAX_TOTAL_MB, in bytes. */
export function uploadLimits(): UploadLimits {
  const e = env();
  return limitsFromMb(e.UPLOAD_MAX_FILE_MB, e.UPLOAD_MAX_TOTAL_MB);
}

const dtoSelect = {
  id: true,
  fileName: true,
  sizeBytes: true,
  mimeType: true,
  kind: true,
  visibility: true,
  approvedVisibility: true,
  createdAt: true,
} satisfies Prisma.AttachmentSelect;

type DtoRow = Prisma.AttachmentGetPayload<{ select: typeof dtoSelect }>;

function toDto({ approvedVisibility, ...row }: DtoRow): AttachmentDto {
  return { ...row, approvedPublic: approvedVisibility === "PUBLIC", createdAt: row.createdAt.toISOString() };
}

/** An id that cannot be a record is simply "not found". */
function parseId(value: string): string {
  const parsed = recordId.safeParse(value);
  if (!parsed.success) throw new ActionError(NOT_FOUND);
  return parsed.data;
}

/**
 * While the head of the OPD is reviewing a submission, the proposal and its documents are frozen. A change
 * to an approved innovation's documents is allowed but reopens it (approval.ts).
 */
function assertWritable(status: InnovationStatus) {
  if (status === "SUBMITTED") throw new ActionError(ATTACHMENT_ERRORS.readOnly);
}

/** Serialises uploads, deletions and size checks of one innovation. */
async function lockInnovation(tx: Tx, innovationId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Innovation" WHERE "id" = ${innovationId} FOR UPDATE`;
}

async function assertTotal(db: Tx | Db, innovationId: string, adding: number, limits: UploadLimits) {
  const { _sum } = await db.attachment.aggregate({ where: { innovationId }, _sum: { sizeBytes: true } });
  if ((_sum.sizeBytes ?? 0) + adding > limits.maxTotalBytes)
    throw new ActionError(ATTACHMENT_ERRORS.totalTooLarge);
}

/**
 * Stores a supporting document of an innovation of the caller's own OPD. Refusals (ActionError):
 * not found (another OPD, the secretariat, an evaluator), read-only while SUBMITTED, empty, too
 * large, over the innovation's total, or a type other than PDF/JPEG/PNG/DOCX/XLSX by content.
 * On an approved innovation the upload reopens it: the document is public only once the head approves
 * the next version. The bytes are written first; if the database write fails they are removed again.
 */
export async function uploadAttachment(
  db: Db,
  ctx: ActionContext,
  input: UploadInput,
  opts: AttachmentOptions = {},
): Promise<ChangedAttachment> {
  const parsed = uploadInputSchema.safeParse(input);
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "innovationId")) throw new ActionError(NOT_FOUND);
    throw new ActionError("errors.invalidInput");
  }
  const { innovationId, kind, visibility, fileName, bytes } = parsed.data;
  const limits = opts.limits ?? uploadLimits();
  const storage = opts.storage ?? getStorage();

  // Scope first: a caller outside the OPD learns nothing, not even that the file is too large.
  const innovation = await findEditable(db, ctx.user, innovationId, { id: true, status: true });
  assertWritable(innovation.status);
  if (bytes.length === 0) throw new ActionError(ATTACHMENT_ERRORS.empty);
  if (bytes.length > limits.maxFileBytes) throw new ActionError(ATTACHMENT_ERRORS.tooLarge);
  await assertTotal(db, innovation.id, bytes.length, limits);

  const type = await sniffFileType(bytes);
  if (!type) throw new ActionError(ATTACHMENT_ERRORS.typeNotAllowed);

  const name = sanitizeFileName(fileName, type.mime);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storageKey = newStorageKey();
  await storage.put(storageKey, bytes);
  try {
    return await db.$transaction(async (tx) => {
      // Checked again under the lock: a submission or a parallel upload may have happened meanwhile.
      await lockInnovation(tx, innovation.id);
      const current = await findEditable(tx, ctx.user, innovation.id, { id: true, status: true });
      assertWritable(current.status);
      await assertTotal(tx, current.id, bytes.length, limits);
      const reopened = await reopenForDocumentChange(tx, ctx, current, "upload");
      const row = await tx.attachment.create({
        data: {
          innovationId: current.id,
          kind,
          visibility,
          fileName: name,
          storageKey,
          mimeType: type.mime,
          sizeBytes: bytes.length,
          sha256,
          uploadedById: ctx.user.id,
        },
        select: dtoSelect,
      });
      await audit(tx, {
        ...by(ctx),
        action: "attachment.upload",
        entityType: "Attachment",
        entityId: row.id,
        after: {
          innovationId: current.id,
          fileName: name,
          kind,
          visibility,
          mimeType: type.mime,
          sizeBytes: bytes.length,
          sha256,
        },
      });
      return { ...toDto(row), reopened };
    });
  } catch (err) {
    await storage.delete(storageKey).catch((cleanupErr: unknown) => {
      log.error("attachment upload: could not remove the stored file after a failed write", {
        requestId: ctx.requestId,
        storageKey,
        err: cleanupErr,
      });
    });
    throw err;
  }
}

/** The documents of an innovation the user may read, oldest first. */
export async function listAttachments(db: Db, user: Actor, innovationId: string): Promise<AttachmentDto[]> {
  const innovation = await findReadable(db, user, parseId(innovationId), { id: true });
  const rows = await db.attachment.findMany({
    where: scopes.attachment.read(user, { innovationId: innovation.id }),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: dtoSelect,
  });
  return rows.map(toDto);
}

const editSelect = {
  ...dtoSelect,
  innovationId: true,
  storageKey: true,
  sha256: true,
} satisfies Prisma.AttachmentSelect;

/** Loads a document the caller may change (its innovation's scope), then its innovation, not frozen, under the lock. */
async function findEditableAttachment(tx: Tx, user: Actor, attachmentId: string) {
  const attachment = await tx.attachment.findFirst({
    where: scopes.attachment.write(user, { id: attachmentId }),
    select: editSelect,
  });
  if (!attachment) throw new ActionError(NOT_FOUND);
  await lockInnovation(tx, attachment.innovationId);
  // The status as it is under the lock (the document was found through its innovation's scope just now).
  const innovation = await tx.innovation.findUniqueOrThrow({
    where: { id: attachment.innovationId },
    select: { id: true, status: true },
  });
  assertWritable(innovation.status);
  return { attachment, innovation };
}

/**
 * Removes a document of the caller's OPD's innovation (not while SUBMITTED); audited. On an approved
 * innovation the deletion reopens it, so the document leaves the catalogue at once with the innovation.
 */
export async function deleteAttachment(
  db: Db,
  ctx: ActionContext,
  attachmentId: string,
  opts: Pick<AttachmentOptions, "storage"> = {},
): Promise<{ reopened: boolean }> {
  const id = parseId(attachmentId);
  const storage = opts.storage ?? getStorage();
  const { removed, reopened } = await db.$transaction(async (tx) => {
    const { attachment, innovation } = await findEditableAttachment(tx, ctx.user, id);
    const reopened = await reopenForDocumentChange(tx, ctx, innovation, "delete");
    await tx.attachment.delete({ where: { id: attachment.id } });
    await audit(tx, {
      ...by(ctx),
      action: "attachment.delete",
      entityType: "Attachment",
      entityId: attachment.id,
      before: {
        innovationId: attachment.innovationId,
        fileName: attachment.fileName,
        kind: attachment.kind,
        visibility: attachment.visibility,
        mimeType: attachment.mimeType,
        sizeBytes: attachment.sizeBytes,
        sha256: attachment.sha256,
      },
    });
    return { removed: attachment, reopened };
  });
  // After the commit: a failed transaction must not lose the file. A leftover file is only logged.
  await storage.delete(removed.storageKey).catch((err: unknown) => {
    log.error("attachment delete: could not remove the stored file", {
      requestId: ctx.requestId,
      storageKey: removed.storageKey,
      err,
    });
  });
  return { reopened };
}

/**
 * Makes a document public or internal; audited. The catalogue follows once the head approves a version
 * with it (on an approved innovation the change reopens it).
 */
export async function setVisibility(
  db: Db,
  ctx: ActionContext,
  attachmentId: string,
  visibility: Visibility,
): Promise<ChangedAttachment> {
  const id = parseId(attachmentId);
  const parsed = visibilitySchema.safeParse(visibility);
  if (!parsed.success) throw new ActionError("errors.invalidInput");
  return db.$transaction(async (tx) => {
    const { attachment, innovation } = await findEditableAttachment(tx, ctx.user, id);
    if (attachment.visibility === parsed.data) return { ...toDto(attachment), reopened: false };
    const reopened = await reopenForDocumentChange(tx, ctx, innovation, "visibility");
    const row = await tx.attachment.update({
      where: { id: attachment.id },
      data: { visibility: parsed.data },
      select: dtoSelect,
    });
    await audit(tx, {
      ...by(ctx),
      action: "attachment.visibility",
      entityType: "Attachment",
      entityId: attachment.id,
      before: { innovationId: attachment.innovationId, visibility: attachment.visibility },
      after: { innovationId: attachment.innovationId, visibility: parsed.data },
    });
    return { ...toDto(row), reopened };
  });
}

type AttachmentDownload = {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  disposition: "inline" | "attachment";
  /** True when anyone may read it (PUBLIC in the approved version of an approved, public innovation). */
  isPublic: boolean;
  body: ReadableStream<Uint8Array>;
};

/**
 * The bytes of a document for whoever may read it: every document of an innovation the user may
 * read (their OPD's, or the region's for the secretariat), and to anyone, signed in or not, a
 * document that the approved version of an APPROVED, public innovation holds as PUBLIC (not what the
 * OPD may have changed since). Everything else is "not found".
 */
export async function readAttachmentForDownload(
  db: Db,
  user: Actor | null,
  attachmentId: string,
  opts: Pick<AttachmentOptions, "storage"> = {},
): Promise<AttachmentDownload> {
  const id = parseId(attachmentId);
  const attachment = await db.attachment.findUnique({
    where: { id },
    select: {
      ...editSelect,
      approvedVisibility: true,
      innovation: { select: { id: true, status: true, isPublic: true } },
    },
  });
  if (!attachment) throw new ActionError(NOT_FOUND);
  const isPublic =
    attachment.approvedVisibility === PUBLIC_ATTACHMENT.approvedVisibility &&
    attachment.innovation.status === PUBLIC_INNOVATION.status &&
    attachment.innovation.isPublic === PUBLIC_INNOVATION.isPublic;
  if (!isPublic) {
    const readable =
      user &&
      (await db.attachment.findFirst({ where: scopes.attachment.read(user, { id }), select: { id: true } }));
    if (!readable) throw new ActionError(NOT_FOUND);
  }
  const body = await (opts.storage ?? getStorage()).stream(attachment.storageKey);
  if (!body) {
    log.error("attachment download: stored file is missing", {
      attachmentId: id,
      storageKey: attachment.storageKey,
    });
    throw new ActionError(NOT_FOUND);
  }
  const mime = attachment.mimeType;
  return {
    fileName: attachment.fileName,
    mimeType: isAllowedMime(mime) ? mime : "application/octet-stream",
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    disposition: isAllowedMime(mime) ? ALLOWED_TYPES[mime].disposition : "attachment",
    isPublic,
    body,
  };
}
