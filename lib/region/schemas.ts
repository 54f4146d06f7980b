import { z } from "zod";
import { isWebAddress, REGION_KINDS, TIME_ZONES } from "@/lib/install/schemas";
import { numberPattern } from "@/lib/publication/schemas";
import { optionalNip } from "@/lib/validation/nip";
import { line, optionalLine, optionalText } from "@/lib/validation/text";

// The region's profile as the secretariat edits it (/admin/daerah). Messages are i18n keys (validation.*, install.*,
// region.*). The logo travels beside these fields as a file and is judged by storeLogo (lib/install/service.ts).

/** Telephone or fax as people write it: digits with +, spaces, dots, dashes, brackets and "ext". */
const PHONE = /^\+?[0-9 ().-]{6,30}( ?(ext|ekst)\.? ?\d{1,6})?$/i;
const phone = optionalLine({ max: 40 }).refine((v) => v === null || PHONE.test(v), "region.phoneInvalid");

export const regionProfileSchema = z
  .object({
    regionId: z.string().min(1, "validation.invalidId").max(40, "validation.invalidId"),
    /** The updatedAt the form was drawn from: a later save by someone else makes this form stale. */
    updatedAt: z.iso.datetime({ message: "validation.invalidDate" }).transform((v) => new Date(v)),
    name: line({ min: 3, max: 200 }),
    kind: z.string().trim().toUpperCase().pipe(z.enum(REGION_KINDS, "validation.invalidChoice")),
    province: optionalLine({ max: 100 }),
    address: optionalText({ max: 500 }),
    website: optionalLine({ max: 300 }).refine(
      (v) => v === null || isWebAddress(v),
      "install.websiteInvalid",
    ),
    phone,
    fax: phone,
    email: optionalLine({ max: 254 })
      .transform((v) => (v ? v.toLowerCase() : null))
      .refine((v) => v === null || z.email().safeParse(v).success, "validation.email"),
    timeZone: z.string().trim().toUpperCase().pipe(z.enum(TIME_ZONES, "validation.invalidChoice")),
    secretariatUnit: optionalLine({ max: 200 }),
    headName: optionalLine({ max: 200 }),
    headNip: optionalNip(),
    headTitle: optionalLine({ max: 200 }),
    secretaryName: optionalLine({ max: 200 }),
    secretaryNip: optionalNip(),
    secretaryTitle: optionalLine({ max: 200 }),
    secretaryRank: optionalLine({ max: 100 }),
    /** Numbering of the berita acara and the certificates; blank keeps the default pattern. */
    minutesNumberPattern: numberPattern(),
    certificateNumberPattern: numberPattern(),
    removeLogo: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true" || v === "1"),
    /** The chosen file, judged by its bytes in storeLogo (lib/install/service.ts); absent or empty keeps the stored logo. */
    logo: z.unknown().optional(),
  })
  .refine((v) => v.kind === "PROVINSI" || Boolean(v.province), {
    path: ["province"],
    message: "install.provinceRequired",
  })
  // The Sekda is a civil servant: a name printed under a signature needs the NIP beside it.
  .refine((v) => !v.secretaryName || v.secretaryNip, {
    path: ["secretaryNip"],
    message: "region.secretaryNipRequired",
  });

export type RegionProfileUpdate = z.output<typeof regionProfileSchema>;
