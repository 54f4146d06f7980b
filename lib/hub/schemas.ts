import { z } from "zod";
import { createUserSchema } from "@/lib/admin/schemas";
import { line } from "@/lib/validation/text";

const TIME_ZONES = ["WIB", "WITA", "WIT"] as const;

/** A kabupaten or kota the hub adds under its province. */
export const addRegionSchema = z.object({
  name: line({ min: 3, max: 200 }),
  kind: z.enum(["KABUPATEN", "KOTA"], "validation.invalidChoice"),
  // Kemendagri's code of a kabupaten/kota: "33.01" or "3301".
  code: z
    .string()
    .trim()
    .regex(/^\d{2}\.?\d{2}$/, "install.codeInvalid")
    .transform((v) => v.replace(".", "")),
  timeZone: z.enum(TIME_ZONES, "validation.invalidChoice"),
});

/** A region's first secretariat account, added by its hub; it sets its own password from the mailed link. */
export const addRegionAdminSchema = z.object({
  regionId: z.string().min(1, "validation.invalidId").max(40, "validation.invalidId"),
  name: createUserSchema.shape.name,
  email: createUserSchema.shape.email,
  nip: createUserSchema.shape.nip,
});

export type AddRegion = z.infer<typeof addRegionSchema>;
export type AddRegionAdmin = z.infer<typeof addRegionAdminSchema>;
