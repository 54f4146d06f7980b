import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import { issueAndSendSetupLink } from "@/lib/auth/setup-mail";
import { refuseDuplicateAccount } from "@/lib/admin/service/users";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AddRegion, AddRegionAdmin } from "./schemas";

// What a hub changes: the regions under its province and their first secretariat accounts. Nothing else of a region's
// own records (its OPDs, innovations, competitions) is the hub's to change; those scopes refuse it (lib/access).

/** Adds a kabupaten/kota under the hub's province. */
export async function addRegion(db: Db, ctx: ActionContext, input: AddRegion): Promise<{ id: string }> {
  assertCan(ctx.user, "hub.manage");
  try {
    return await db.$transaction(async (tx) => {
      const province = await tx.region.findFirst({
        where: scopes.region.write(ctx.user, { kind: "PROVINSI" }),
        select: { id: true, province: true, name: true },
      });
      if (!province) throw new ActionError("errors.notFound");
      const region = await tx.region.create({
        data: {
          code: input.code,
          name: input.name,
          kind: input.kind,
          timeZone: input.timeZone,
          province: province.province ?? province.name,
          parentId: province.id,
        },
        select: { id: true, code: true, name: true, kind: true, timeZone: true, parentId: true },
      });
      await audit(tx, {
        ...by(ctx),
        action: "hub.addRegion",
        entityType: "Region",
        entityId: region.id,
        after: region,
      });
      return { id: region.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new ActionError("install.duplicateCode");
    }
    throw err;
  }
}

/**
 * Adds a secretariat (ADMIN) account to a region under the hub and mails it a one-time setup link; returns the token
 * too, for the hub to hand over should the mail not arrive.
 */
export async function addRegionAdmin(
  db: Db,
  ctx: ActionContext,
  input: AddRegionAdmin,
): Promise<{ id: string; token: string }> {
  assertCan(ctx.user, "hub.manage");
  try {
    return await db.$transaction(async (tx) => {
      const region = await tx.region.findFirst({
        where: scopes.hubRegion.write(ctx.user, { id: input.regionId }),
        select: { id: true },
      });
      if (!region) throw new ActionError("errors.notFound");
      const created = await tx.user.create({
        data: { name: input.name, email: input.email, nip: input.nip, role: "ADMIN", regionId: region.id },
        select: { id: true, name: true, email: true, nip: true, role: true, regionId: true, locale: true },
      });
      const { locale, ...after } = created;
      await audit(tx, {
        ...by(ctx),
        action: "hub.addAdmin",
        entityType: "User",
        entityId: created.id,
        after,
      });
      const token = await issueAndSendSetupLink(tx, { ...created, locale });
      return { id: created.id, token };
    });
  } catch (err) {
    throw refuseDuplicateAccount(err);
  }
}
