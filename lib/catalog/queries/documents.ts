import "server-only";
// Public documents of the catalogue: only an Attachment that the approved version of a public
// innovation holds as PUBLIC (lib/catalog/queries/visibility.ts). Everything else answers "not found", whoever asks (no session is consulted), so
// an INTERNAL document's existence is never revealed. Internal readers keep /api/lampiran/[id].
import { ActionError } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import { ALLOWED_TYPES, isAllowedMime } from "@/lib/innovations/attachments/rules/file-types";
import { log } from "@/lib/log";
import { getStorage, type Storage } from "@/lib/storage";
import { PUBLIC_ATTACHMENT } from "./visibility";

export async function readPublicDocument(db: Db, attachmentId: string, storage?: Storage) {
  if (!/^[a-z0-9]{8,40}$/.test(attachmentId)) throw new ActionError("errors.notFound");
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, ...PUBLIC_ATTACHMENT },
    select: { fileName: true, storageKey: true, mimeType: true, sizeBytes: true, sha256: true },
  });
  if (!attachment) throw new ActionError("errors.notFound");
  const body = await (storage ?? getStorage()).stream(attachment.storageKey);
  if (!body) {
    log.error("public document: stored file is missing", { attachmentId, storageKey: attachment.storageKey });
    throw new ActionError("errors.notFound");
  }
  const allowed = isAllowedMime(attachment.mimeType);
  return {
    fileName: attachment.fileName,
    mimeType: allowed ? attachment.mimeType : "application/octet-stream",
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    disposition: allowed
      ? ALLOWED_TYPES[attachment.mimeType as keyof typeof ALLOWED_TYPES].disposition
      : ("attachment" as const),
    body,
  };
}
