// The first-run setup: the region's profile and its first secretariat (ADMIN) account, created together. Called by
// `npm run setup` and by the setup page (/pasang); neither may run once an ADMIN exists.
import { rolesWith } from "@/lib/access/policy";
import { ActionError, collectFieldErrors } from "@/lib/action-types";
import { hashPassword } from "@/lib/auth/password";
import { createSetupToken, hashToken } from "@/lib/auth/setup-token";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { installSchema, type Install } from "@/lib/validation/install";

/** Any fixed number: it keeps two setups (the command and the page, or two browsers) from both passing. */
const INSTALL_LOCK = 741_302_118;

/** The input broke the schema; `fieldErrors` holds message keys (validation.*, install.*) by field. */
export class InstallInvalid extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("install.invalid");
  }
}

type SetupOptions = {
  /** The admin's password, chosen on the setup page; without it a one-time password-setup link is made. */
  password?: string;
  /** The setup page's one-time token: spent in the same transaction, refused when unknown, used or expired. */
  installToken?: string;
  /** Storage key of the logo, already stored by the caller. */
  logoKey?: string | null;
  /** For the audit trail of a setup done on the page. */
  ip?: string | null;
  requestId?: string | null;
  now?: Date;
};

type SetupResult = {
  regionId: string;
  adminId: string;
  /** The password-setup token for the admin, when no password was given. */
  setupToken: string | null;
};

export function parseInstall(input: unknown): Install {
  const parsed = installSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InstallInvalid(
    collectFieldErrors(parsed.error.issues.map((i) => [i.path.join(".") || "_", i.message])),
  );
}

export async function setupRegion(db: Db, input: unknown, opts: SetupOptions = {}): Promise<SetupResult> {
  const data = parseInstall(input);
  const now = opts.now ?? new Date();
  const passwordHash = opts.password ? await hashPassword(opts.password) : null;
  let created: { regionId: string; adminId: string };
  try {
    created = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INSTALL_LOCK})`;
      if (opts.installToken !== undefined) {
        const spent = await tx.installToken.updateMany({
          where: { tokenHash: hashToken(opts.installToken), usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        });
        if (spent.count !== 1) throw new ActionError("install.invalidLink");
      }
      if ((await tx.user.count({ where: { role: { in: rolesWith("region.administer") } } })) > 0)
        throw new ActionError("install.adminExists");
      // Whichever way the setup was done, no printed link may open the page afterwards.
      await tx.installToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } });
      const region = await tx.region.create({
        data: {
          code: data.code ?? regionCodeFromName(data.regionName),
          name: data.regionName,
          kind: data.kind,
          province: data.kind === "PROVINSI" ? (data.province ?? data.regionName) : data.province,
          address: data.address,
          website: data.website,
          timeZone: data.timeZone,
          logoKey: opts.logoKey ?? null,
        },
        select: { id: true, code: true, name: true, kind: true, province: true, timeZone: true },
      });
      const admin = await tx.user.create({
        data: {
          regionId: region.id,
          name: data.adminName,
          email: data.adminEmail,
          nip: data.adminNip,
          // A province is installed with its hub: its first account reads and compares the regions under it.
          role: data.kind === "PROVINSI" ? "HUB_ADMIN" : "ADMIN",
          passwordHash,
        },
        select: { id: true, name: true, email: true, nip: true, role: true },
      });
      await tx.auditLog.create({
        data: {
          actorId: admin.id,
          regionId: region.id,
          action: "region.install",
          entityType: "Region",
          entityId: region.id,
          after: { region, admin } as Prisma.InputJsonValue,
          ip: opts.ip ?? null,
          requestId: opts.requestId ?? null,
        },
      });
      return { regionId: region.id, adminId: admin.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const target = JSON.stringify(err.meta ?? {});
      if (target.includes("nip")) throw new InstallInvalid({ adminNip: ["admin.users.duplicateNip"] });
      if (target.includes("email")) throw new InstallInvalid({ adminEmail: ["admin.users.duplicateEmail"] });
      throw new InstallInvalid({ code: ["install.duplicateCode"] });
    }
    throw err;
  }
  const setupToken = passwordHash
    ? null
    : await db.$transaction((tx) => createSetupToken(tx, created.adminId, now));
  return { ...created, setupToken };
}

/** A code for a region set up without its Kemendagri code: its name in capitals, words joined by "-". */
export function regionCodeFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toUpperCase()
    .slice(0, 60);
  return slug || "WILAYAH";
}
