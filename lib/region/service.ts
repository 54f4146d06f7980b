import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { storeLogo } from "@/lib/install/service";
import { log } from "@/lib/log";
import { getStorage, type Storage } from "@/lib/storage";
import type { RegionProfileUpdate } from "./schemas";
import { PROFILE_SELECT, type RegionProfile } from "./queries/profile";

const STALE_PROFILE = "region.stale";

type ProfileSaved = {
  profile: RegionProfile;
  /** The storage key the profile no longer names (replaced or removed logo): the caller deletes its bytes. */
  unusedLogoKey: string | null;
};

/**
 * Saves the region's profile for its secretariat. Only an ADMIN of that very region may; the form's updatedAt must
 * still be the stored one, so a form drawn before someone else's save is refused instead of overwriting it.
 * `newLogoKey` is a logo the caller has already stored (null: keep or remove as `input.removeLogo` says).
 */
export async function updateRegionProfile(
  db: Db,
  ctx: ActionContext,
  input: RegionProfileUpdate,
  newLogoKey: string | null = null,
): Promise<ProfileSaved> {
  assertCan(ctx.user, "region.administer");
  return db.$transaction(async (tx) => {
    const before = await tx.region.findFirst({
      where: scopes.region.write(ctx.user, { id: input.regionId }),
      select: PROFILE_SELECT,
    });
    if (!before) throw new ActionError("errors.notFound");
    const { regionId: _id, updatedAt, removeLogo, logo: _file, ...fields } = input;
    const logoKey = newLogoKey ?? (removeLogo ? null : before.logoKey);
    // The updatedAt condition makes the check and the write one statement: two saves of the same form cannot both pass.
    const saved = await tx.region.updateMany({
      where: { id: before.id, updatedAt },
      data: {
        ...fields,
        province: fields.kind === "PROVINSI" ? (fields.province ?? fields.name) : fields.province,
        logoKey,
      },
    });
    if (saved.count !== 1) throw new ActionError(STALE_PROFILE);
    const after = await tx.region.findUniqueOrThrow({ where: { id: before.id }, select: PROFILE_SELECT });
    await audit(tx, {
      ...by(ctx),
      action: "region.update",
      entityType: "Region",
      entityId: before.id,
      before,
      after,
    });
    return { profile: after, unusedLogoKey: before.logoKey !== logoKey ? before.logoKey : null };
  });
}

/**
 * The secretariat's save of the profile form (/admin/daerah): the logo, when chosen, is stored first and replaces the
 * stored one, whose file is deleted once the profile no longer names it. A file that is no logo throws InstallInvalid
 * (storeLogo in lib/install/service.ts) before anything is saved.
 */
export async function saveRegionProfile(
  db: Db,
  ctx: ActionContext,
  input: RegionProfileUpdate,
  storage: Storage = getStorage(),
): Promise<void> {
  const newLogoKey = await storeLogo(storage, input.logo);
  let unused: string | null;
  try {
    unused = (await updateRegionProfile(db, ctx, input, newLogoKey)).unusedLogoKey;
  } catch (err) {
    if (newLogoKey) await storage.delete(newLogoKey).catch(() => {});
    throw err;
  }
  if (unused)
    await storage.delete(unused).catch((err: unknown) => log.warn("region logo: old file kept", { err }));
}
