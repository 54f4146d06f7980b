import { z } from "zod";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

export const OPD_KINDS = ["DINAS", "BADAN", "KECAMATAN", "RSUD", "UPTD", "LAINNYA"] as const;
export const ROLES = ["ADMIN", "EVALUATOR", "OPD_HEAD", "OPD_OPERATOR"] as const;

export const createOpdSchema = z.object({
  name: z.string().trim().min(3, "validation.tooShort").max(200, "validation.tooLong"),
  shortName: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,20}$/, "validation.shortName"),
  kind: z.enum(OPD_KINDS, "validation.invalidChoice"),
  parentId: optionalText(40),
});

export const renameOpdSchema = z.object({
  id,
  name: z.string().trim().min(3, "validation.tooShort").max(200, "validation.tooLong"),
});

export const setActiveSchema = z.object({
  id,
  active: z.enum(["true", "false"], "validation.invalidChoice").transform((v) => v === "true"),
});

export const createUserSchema = z
  .object({
    name: z.string().trim().min(3, "validation.tooShort").max(200, "validation.tooLong"),
    email: z.string().trim().toLowerCase().pipe(z.email("validation.email")),
    nip: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^\d{18}$/.test(v), "validation.nip"),
    role: z.enum(ROLES, "validation.invalidChoice"),
    opdId: optionalText(40),
  })
  .refine((v) => !(v.role === "OPD_HEAD" || v.role === "OPD_OPERATOR") || v.opdId, {
    path: ["opdId"],
    message: "admin.users.opdRequired",
  });

export const userIdSchema = z.object({ id });

export const listQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
