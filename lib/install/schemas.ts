import { z } from "zod";
import { collectFieldErrors } from "@/lib/action-types";
import { createUserSchema } from "@/lib/admin/schemas";
import { passwordSchema } from "@/lib/auth/schemas";
import { REGION_ZONES } from "@/lib/time/zones";
import { line, optionalLine, optionalText } from "@/lib/validation/text";

// Messages are i18n keys (messages/*.json → "validation.*" and "install.*"), translated where they are shown.
export const REGION_KINDS = ["PROVINSI", "KABUPATEN", "KOTA"] as const;
export const TIME_ZONES = REGION_ZONES;

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => v || fallback)
    .pipe(z.enum(values, "validation.invalidChoice"));

const installFields = {
  regionName: line({ min: 3, max: 200 }),
  kind: z.string().trim().toUpperCase().pipe(z.enum(REGION_KINDS, "validation.invalidChoice")),
  province: optionalLine({ max: 100 }),
  // Kemendagri's region code: "33" for a province, "33.01" (or "3301") for a kabupaten/kota.
  code: optionalLine({ max: 13 }).refine(
    (v) => v === null || /^\d{2}(\.?\d{2})?$/.test(v),
    "install.codeInvalid",
  ),
  address: optionalText({ max: 500 }),
  website: optionalLine({ max: 300 }).refine((v) => v === null || isWebAddress(v), "install.websiteInvalid"),
  timeZone: optionalChoice(TIME_ZONES, "WIB"),
  adminName: createUserSchema.shape.name,
  adminEmail: createUserSchema.shape.email,
  adminNip: createUserSchema.shape.nip,
};

const needsProvince = (v: { kind: string; province: string | null }) =>
  v.kind === "PROVINSI" || Boolean(v.province);
const provinceRequired = { path: ["province"], message: "install.provinceRequired" };

/** What the first-run setup needs: the region's profile and its first secretariat (ADMIN) account. */
export const installSchema = z.object(installFields).refine(needsProvince, provinceRequired);

export type Install = z.output<typeof installSchema>;

/** The web page's form: the same fields, its one-time token, and the admin's password chosen on the page. */
export const installFormSchema = z
  .object({
    ...installFields,
    token: z.string().min(20, "validation.invalidToken").max(200, "validation.invalidToken"),
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine(needsProvince, provinceRequired)
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation.passwordMismatch" });

export function isWebAddress(v: string): boolean {
  try {
    const url = new URL(v);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The input broke the schema; `fieldErrors` holds message keys (validation.*, install.*) by field. */
export class InstallInvalid extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("install.invalid");
  }
}

export function parseInstall(input: unknown): Install {
  const parsed = installSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InstallInvalid(
    collectFieldErrors(parsed.error.issues.map((i) => [i.path.join(".") || "_", i.message])),
  );
}
