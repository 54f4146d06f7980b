// zod schemas for every input of the attachments API; the keys are i18n message keys.
import { z } from "zod";
import { ATTACHMENT_KINDS, VISIBILITIES } from "./types";

/** Prisma cuid()s: letters and digits only. Anything else cannot name a record. */
export const recordId = z
  .string()
  .min(1, "validation.invalidId")
  .max(40, "validation.invalidId")
  .regex(/^[a-z0-9]+$/i, "validation.invalidId");

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
