import "server-only";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_ATTACHMENT, PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import { findReadable } from "@/lib/innovations/queries";
import { log } from "@/lib/log";
import { getStorage, type Storage } from "@/lib/storage";
import { dtoSelect, toDto, type AttachmentDto } from "./rules/dto";
import { ALLOWED_TYPES, isAllowedMime } from "./rules/file-types";
import { parseId } from "./schemas";

const NOT_FOUND = "errors.notFound";

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

/** A document with what its changes need: its innovation, its stored file and its hash. */
export const editSelect = {
  ...dtoSelect,
  innovationId: true,
  storageKey: true,
  sha256: true,
} satisfies Prisma.AttachmentSelect;

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
  opts: { storage?: Storage } = {},
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
