import { z } from "zod";

export const importSchema = z.object({
  kind: z.enum(["opd", "user"], "validation.invalidChoice"),
  mode: z.enum(["check", "commit"], "validation.invalidChoice"),
  file: z.instanceof(File, { message: "accounts.import.file.missing" }),
  /** The checksum the dry run answered with: the file confirmed must be the file checked. */
  checked: z.string().max(64).optional(),
});
