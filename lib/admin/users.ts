import "server-only";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import { issueAndSendSetupLink } from "@/lib/auth/setup-mail";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

const PAGE_SIZE = 20;
const OPD_ROLES: readonly Role[] = ["OPD_HEAD", "OPD_OPERATOR"];

export async function listUsers(
  db: Db,
  regionId: string,
  q: string | undefined,
  role: Role | undefined,
  page: number,
) {
  const where: Prisma.UserWhereInput = {
    regionId,
    ...(role ? { role } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
            { nip: { contains: q } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        nip: true,
        role: true,
        active: true,
        lastLoginAt: true,
        opd: { select: { shortName: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

export type NewUser = { name: string; email: string; nip: string | null; role: Role; opdId: string | null };

/**
 * Creates the account without a password and e-mails it a one-time setup link, in one transaction; returns the
 * token too, for the secretariat to hand over should the mail not arrive.
 */
export async function createUser(
  db: Db,
  ctx: ActionContext,
  input: NewUser,
): Promise<{ id: string; token: string }> {
  const regionId = ctx.user.regionId;
  const opdId = OPD_ROLES.includes(input.role) ? input.opdId : null;
  try {
    const user = await db.$transaction(async (tx) => {
      if (opdId) {
        const opd = await tx.opd.findFirst({
          where: { id: opdId, regionId, active: true },
          select: { id: true },
        });
        if (!opd) throw new ActionError("errors.notFound");
      }
      const created = await tx.user.create({
        data: { ...input, opdId, regionId },
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
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const target = JSON.stringify(err.meta ?? {});
      throw new ActionError(
        target.includes("nip") ? "admin.users.duplicateNip" : "admin.users.duplicateEmail",
      );
    }
    throw err;
  }
}

async function findInRegion(db: Prisma.TransactionClient | Db, ctx: ActionContext, id: string) {
  const user = await db.user.findFirst({
    where: { id, regionId: ctx.user.regionId },
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
      where: { id: input.id, regionId: ctx.user.regionId },
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
