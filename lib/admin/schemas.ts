import { z } from "zod";
import { optionalNip } from "@/lib/validation/nip";
import { isoDate, line, optionalLine } from "@/lib/validation/text";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const optionalId = optionalLine({ max: 40 });
const name = line({ min: 3, max: 200 });

export const OPD_KINDS = ["DINAS", "BADAN", "KECAMATAN", "RSUD", "UPTD", "LAINNYA"] as const;
export const ROLES = ["ADMIN", "HUB_ADMIN", "EVALUATOR", "OPD_HEAD", "OPD_OPERATOR"] as const;
/** The roles an imported file may give: a hub's account is given by hand, by a hub (lib/admin/service/users.ts). */
export const IMPORT_ROLES = ["ADMIN", "EVALUATOR", "OPD_HEAD", "OPD_OPERATOR"] as const;

/** The roles a secretariat may give: a hub's own only by a hub. */
export function assignableRoles(caller: { role: (typeof ROLES)[number] }): (typeof ROLES)[number][] {
  return caller.role === "HUB_ADMIN" ? [...ROLES] : ROLES.filter((r) => r !== "HUB_ADMIN");
}

export const createOpdSchema = z.object({
  name,
  shortName: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,20}$/, "validation.shortName"),
  kind: z.enum(OPD_KINDS, "validation.invalidChoice"),
  parentId: optionalId,
});

export const setActiveSchema = z.object({
  id,
  active: z.enum(["true", "false"], "validation.invalidChoice").transform((v) => v === "true"),
});

export const createUserSchema = z
  .object({
    name,
    email: z.string().trim().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email")),
    nip: optionalNip(),
    role: z.enum(ROLES, "validation.invalidChoice"),
    opdId: optionalId,
  })
  .refine((v) => !(v.role === "OPD_HEAD" || v.role === "OPD_OPERATOR") || v.opdId, {
    path: ["opdId"],
    message: "admin.users.opdRequired",
  });

/** The updatedAt the form was loaded with: a save over someone else's newer change is refused. */
const version = z.iso.datetime({ message: "validation.invalidDate" }).transform((v) => new Date(v));
const active = z.enum(["true", "false"], "validation.invalidChoice").transform((v) => v === "true");
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const updateUserSchema = z
  .object({
    id,
    version,
    name,
    email,
    nip: optionalNip(),
    role: z.enum(ROLES, "validation.invalidChoice"),
    opdId: optionalId,
    active,
  })
  .refine((v) => !(v.role === "OPD_HEAD" || v.role === "OPD_OPERATOR") || v.opdId, {
    path: ["opdId"],
    message: "admin.users.opdRequired",
  });

export const updateOpdSchema = z.object({
  id,
  version,
  name,
  shortName: createOpdSchema.shape.shortName,
  kind: z.enum(OPD_KINDS, "validation.invalidChoice"),
  parentId: optionalId,
  active,
});

export const userIdSchema = z.object({ id });

export const listQuerySchema = z.object({
  q: line({ max: 100 }).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

// A malformed filter is dropped, never an error: the audit page and its exports read the same query string.
const dateParam = isoDate().optional().catch(undefined);
export const auditQuerySchema = z.object({
  action: line({ max: 60 }).optional().catch(undefined),
  entityType: line({ max: 60 }).optional().catch(undefined),
  actor: line({ max: 200 }).optional().catch(undefined),
  from: dateParam,
  to: dateParam,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;
