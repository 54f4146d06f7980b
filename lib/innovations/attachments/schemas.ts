// zod schemas for every input of the attachments API, with the kinds and visibilities they accept; the keys are
// i18n message keys.
import { z } from "zod";
import { ActionError } from "@/lib/action-types";
import { AttachmentKind, Visibility } from "@/lib/generated/prisma/enums";

export const ATTACHMENT_KINDS = Object.values(AttachmentKind) as [AttachmentKind, ...AttachmentKind[]];
export const VISIBILITIES = Object.values(Visibility) as [Visibility, ...Visibility[]];

export type { AttachmentKind, Visibility };

/** Prisma cuid()s: letters and digits only. Anything else cannot name a record. */
export const recordId = z
  .string()
  .min(1, "validation.invalidId")
  .max(40, "validation.invalidId")
  .regex(/^[a-z0-9]+$/i, "validation.invalidId");

/** An id that cannot be a record is simply "not found". */
export function parseId(value: string): string {
  const parsed = recordId.safeParse(value);
  if (!parsed.success) throw new ActionError("errors.notFound");
  return parsed.data;
}

const kindSchema = z.enum(ATTACHMENT_KINDS, "validation.invalidChoice");
export const visibilitySchema = z.enum(VISIBILITIES, "validation.invalidChoice");

/** The multipart fields of an upload, apart from the file itself. */
export const uploadFieldsSchema = z.object({
  kind: kindSchema,
  visibility: visibilitySchema,
});

export const uploadInputSchema = z.object({
  innovationId: recordId,
  kind: kindSchema,
  visibility: visibilitySchema,
  fileName: z.string().max(4096, "validation.tooLong"),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "validation.required"),
});

export type UploadInput = z.infer<typeof uploadInputSchema>;

export const setVisibilityBodySchema = z.object({ visibility: visibilitySchema });
