// The first-run setup: the region's profile and its first secretariat (ADMIN) account, created together. Called by
// `npm run setup` and by the setup page (/pasang); neither may run once an ADMIN exists.
import { fileTypeFromBuffer } from "file-type";
import { rolesWith } from "@/lib/access/policy";
import { ActionError } from "@/lib/action-types";
import { hashPassword } from "@/lib/auth/password";
import { createSetupToken, hashToken, newToken } from "@/lib/auth/setup-token";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { newStorageKey } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/types";
import { hasAdmin } from "./queries";
import { regionCodeFromName } from "./rules/region-code";
import { InstallInvalid, parseInstall } from "./schemas";

/** Any fixed number: it keeps two setups (the command and the page, or two browsers) from both passing. */
const INSTALL_LOCK = 741_302_118;

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

// The region's logo from the setup page: judged by its bytes (never the name or the browser's type), kept small so
// the form stays under the server action's body limit, stored under a server-made key.

const LOGO_MAX_BYTES = 512 * 1024;
const LOGO_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

/** Stores the logo and returns its key; null when no file was chosen. */
export async function storeLogo(storage: Storage, file: unknown): Promise<string | null> {
  if (!(file instanceof File) || file.size === 0) return null;
  if (file.size > LOGO_MAX_BYTES) throw new InstallInvalid({ logo: ["install.logoInvalid"] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!type || !LOGO_TYPES.has(type.mime)) throw new InstallInvalid({ logo: ["install.logoInvalid"] });
  const key = newStorageKey();
  await storage.put(key, bytes);
  return key;
}

// The one-time link to the first-run setup page. While no ADMIN exists, every start makes one (earlier unused ones
// die) and prints it; only its hash is stored, as with setup links. Setting the region up spends it.

export const INSTALL_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** A new install token, or null when an ADMIN exists (the setup is done and the page is gone). */
export async function createInstallToken(db: Db, now = new Date()): Promise<string | null> {
  if (await hasAdmin(db)) return null;
  const token = newToken();
  await db.$transaction([
    db.installToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } }),
    db.installToken.create({
      data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INSTALL_TOKEN_TTL_MS) },
    }),
  ]);
  return token;
}
