// Shared by the server and the attachments panel: no Node or server imports here.
import { AttachmentKind, Visibility } from "@/lib/generated/prisma/enums";

export const ATTACHMENT_KINDS = Object.values(AttachmentKind) as [AttachmentKind, ...AttachmentKind[]];
export const VISIBILITIES = Object.values(Visibility) as [Visibility, ...Visibility[]];

export type { AttachmentKind, Visibility };

/** The document types the portal accepts, decided from the file's bytes (see sniff.ts). */
export const ALLOWED_TYPES = {
  "application/pdf": { ext: "pdf", aliases: ["pdf"], disposition: "inline" },
  "image/jpeg": { ext: "jpg", aliases: ["jpg", "jpeg", "jpe", "jfif"], disposition: "inline" },
  "image/png": { ext: "png", aliases: ["png"], disposition: "inline" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    ext: "docx",
    aliases: ["docx"],
    disposition: "attachment",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    ext: "xlsx",
    aliases: ["xlsx"],
    disposition: "attachment",
  },
} as const satisfies Record<
  string,
  { ext: string; aliases: readonly string[]; disposition: "inline" | "attachment" }
>;

export type AllowedMime = keyof typeof ALLOWED_TYPES;
export type AllowedExt = (typeof ALLOWED_TYPES)[AllowedMime]["ext"];

export function isAllowedMime(mime: string): mime is AllowedMime {
  return Object.hasOwn(ALLOWED_TYPES, mime);
}

/** For `<input type="file" accept=…>`: extensions and MIME types of every allowed type. */
export const ACCEPT_ATTRIBUTE = Object.entries(ALLOWED_TYPES)
  .flatMap(([mime, t]) => [...t.aliases.map((a) => `.${a}`), mime])
  .join(",");

/** Every extension the browser-side pre-check lets through (the server still decides by content). */
export const ALLOWED_EXTENSIONS: readonly string[] = Object.values(ALLOWED_TYPES).flatMap((t) => [
  ...t.aliases,
]);

/** One document as the API and the panel see it. */
export type AttachmentDto = {
  id: string;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  kind: AttachmentKind;
  visibility: Visibility;
  /** PUBLIC in the innovation's approved version: what the catalogue may serve (docs/decisions/010). */
  approvedPublic: boolean;
  createdAt: string;
};

/** A document just uploaded or changed; `reopened` when the change sent an approved innovation back to draft. */
export type ChangedAttachment = AttachmentDto & { reopened: boolean };

export const MB = 1024 * 1024;

/** The configured limits in bytes. */
export type UploadLimits = { maxFileBytes: number; maxTotalBytes: number };

export function limitsFromMb(maxFileMb: number, maxTotalMb: number): UploadLimits {
  return { maxFileBytes: Math.floor(maxFileMb * MB), maxTotalBytes: Math.floor(maxTotalMb * MB) };
}
