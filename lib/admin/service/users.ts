import "server-only";
import { assertCan, can, rolesWith } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import { issueAndSendSetupLink } from "@/lib/auth/setup-mail";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { fieldDiff } from "@/lib/admin/rules/diff";
import { EDITABLE_USER } from "@/lib/admin/queries/users";

const OPD_ROLES: readonly Role[] = ["OPD_HEAD", "OPD_OPERATOR"];

/** A hub's own role is given and taken away only by a hub (lib/access/policy.ts "hub.manage"). */
function refuseHubRole(ctx: ActionContext, role: Role) {
  if (role === "HUB_ADMIN" && !can(ctx.user, "hub.manage")) throw new ActionError("accounts.hubRoleRefused");
}

type NewUser = { name: string; email: string; nip: string | null; role: Role; opdId: string | null };

/**
 * Creates the account without a password and e-mails it a one-time setup link, in one transaction; returns the
 * token too, for the secretariat to hand over should the mail not arrive.
 */
export async function createUser(
  db: Db,
  ctx: ActionContext,
  input: NewUser,
): Promise<{ id: string; token: string }> {
  const opdId = OPD_ROLES.includes(input.role) ? input.opdId : null;
  refuseHubRole(ctx, input.role);
  try {
    const user = await db.$transaction(async (tx) => {
      if (opdId) {
        const opd = await tx.opd.findFirst({
          where: scopes.opd.write(ctx.user, { id: opdId, active: true }),
          select: { id: true },
        });
        if (!opd) throw new ActionError("errors.notFound");
      }
      const created = await tx.user.create({
        data: { ...input, opdId, regionId: ctx.user.regionId },
        select: { id: true, name: true, email: true, nip: true, role: true, opdId: true, locale: true },
      });
      const { locale, ...after } = created;
      await audit(tx, {
        ...by(ctx),
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        after,
      });
      const token = await issueAndSendSetupLink(tx, { ...created, locale });
      return { id: created.id, token };
    });
    return user;
  } catch (err) {
    throw refuseDuplicateAccount(err);
  }
}

async function findInRegion(db: Prisma.TransactionClient | Db, ctx: ActionContext, id: string) {
  const user = await db.user.findFirst({
    where: scopes.user.write(ctx.user, { id }),
    select: { id: true, name: true, active: true, role: true },
  });
  if (!user) throw new ActionError("errors.notFound");
  return user;
}

export async function setUserActive(db: Db, ctx: ActionContext, input: { id: string; active: boolean }) {
  if (input.id === ctx.user.id && !input.active) throw new ActionError("admin.users.selfDeactivate");
  await db.$transaction(async (tx) => {
    const before = await findInRegion(tx, ctx, input.id);
    await tx.user.update({ where: { id: before.id }, data: { active: input.active } });
    await audit(tx, {
      ...by(ctx),
      action: input.active ? "user.activate" : "user.deactivate",
      entityType: "User",
      entityId: before.id,
      before: { active: before.active },
      after: { active: input.active },
    });
  });
}

/** Issues a new setup link, e-mailed to the account and returned for the secretariat's screen. */
export async function resetPassword(db: Db, ctx: ActionContext, input: { id: string }): Promise<string> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: scopes.user.write(ctx.user, { id: input.id }),
      select: { id: true, name: true, email: true, locale: true },
    });
    if (!user) throw new ActionError("errors.notFound");
    const token = await issueAndSendSetupLink(tx, user);
    await audit(tx, {
      ...by(ctx),
      action: "user.password_reset_link",
      entityType: "User",
      entityId: user.id,
    });
    return token;
  });
}

type UserUpdate = {
  id: string;
  version: Date;
  name: string;
  email: string;
  nip: string | null;
  role: Role;
  opdId: string | null;
  active: boolean;
};

/**
 * Edits an account of the admin's region: name, e-mail, NIP, role, OPD (a transfer, mutasi: what the person
 * wrote stays theirs, since innovations and versions point at the account, not at its OPD) and whether it is
 * active. Refused when someone saved the account since the form was loaded, and when it would leave the
 * region without an active admin. A new role, OPD or a deactivation ends the account's sessions (a trigger
 * on "User" does that in the same transaction).
 */
export async function updateUser(db: Db, ctx: ActionContext, input: UserUpdate) {
  assertCan(ctx.user, "region.administer");
  const opdId = OPD_ROLES.includes(input.role) ? input.opdId : null;
  if (input.id === ctx.user.id && !input.active) throw new ActionError("admin.users.selfDeactivate");
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findFirst({
        where: scopes.user.write(ctx.user, { id: input.id }),
        select: EDITABLE_USER,
      });
      if (!before) throw new ActionError("errors.notFound");
      if (before.updatedAt.getTime() !== input.version.getTime()) throw new ActionError("accounts.stale");
      if (opdId) {
        const opd = await tx.opd.findFirst({
          where: scopes.opd.write(ctx.user, {
            id: opdId,
            ...(opdId === before.opdId ? {} : { active: true }),
          }),
          select: { id: true },
        });
        if (!opd) throw new ActionError("accounts.opdUnavailable");
      }
      if (input.role !== before.role)
        refuseHubRole(ctx, input.role === "HUB_ADMIN" ? input.role : before.role);
      const secretariat = rolesWith("region.administer");
      if (
        secretariat.includes(before.role) &&
        before.active &&
        (!secretariat.includes(input.role) || !input.active)
      ) {
        // Row locks on the region's active admins: two admins demoting each other at once cannot both pass.
        const admins = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "User" WHERE "regionId" = ${ctx.user.regionId} AND role IN ('ADMIN', 'HUB_ADMIN') AND active FOR UPDATE`;
        if (!admins.some((a) => a.id !== before.id)) throw new ActionError("accounts.lastAdmin");
      }
      const data = {
        name: input.name,
        email: input.email,
        nip: input.nip,
        role: input.role,
        opdId,
        active: input.active,
      };
      const diff = fieldDiff(before, data);
      if (!diff.changed) return { changed: false, version: before.updatedAt };
      const saved = await tx.user.updateMany({ where: { id: before.id, updatedAt: before.updatedAt }, data });
      if (saved.count !== 1) throw new ActionError("accounts.stale");
      await audit(tx, {
        ...by(ctx),
        action: "user.update",
        entityType: "User",
        entityId: before.id,
        before: diff.before,
        after: diff.after,
      });
      const { updatedAt } = await tx.user.findUniqueOrThrow({
        where: { id: before.id },
        select: { updatedAt: true },
      });
      return { changed: true, version: updatedAt };
    });
  } catch (err) {
    throw refuseDuplicateAccount(err);
  }
}

/**
 * An account's e-mail or NIP already taken (the unique index refused it) as the refusal that names the field;
 * any other error as it was.
 */
export function refuseDuplicateAccount(err: unknown): unknown {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
    const target = JSON.stringify(err.meta ?? {});
    return new ActionError(
      target.includes("nip") ? "admin.users.duplicateNip" : "admin.users.duplicateEmail",
    );
  }
  return err;
}
