// One document as the API and the panel see it, and how a database row becomes one. No server imports: the
// attachments panel uses the types.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttachmentKind, Visibility } from "@/lib/generated/prisma/enums";

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

export const dtoSelect = {
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

export function toDto({ approvedVisibility, ...row }: DtoRow): AttachmentDto {
  return { ...row, approvedPublic: approvedVisibility === "PUBLIC", createdAt: row.createdAt.toISOString() };
}
