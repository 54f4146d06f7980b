import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { audit, by } from "@/lib/audit";
import { ActionError, type ActionContext } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OpdKind } from "@/lib/generated/prisma/enums";
import { fieldDiff } from "@/lib/admin/rules/diff";

function isUniqueViolation(err: unknown) {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

export async function createOpd(
  db: Db,
  ctx: ActionContext,
  input: { name: string; shortName: string; kind: OpdKind; parentId: string | null },
) {
  try {
    return await db.$transaction(async (tx) => {
      if (input.parentId) {
        const parent = await tx.opd.findFirst({
          where: scopes.opd.write(ctx.user, { id: input.parentId }),
          select: { id: true },
        });
        if (!parent) throw new ActionError("errors.notFound");
      }
      const opd = await tx.opd.create({
        data: { ...input, regionId: ctx.user.regionId },
        select: { id: true, name: true, shortName: true, kind: true },
      });
      await audit(tx, { ...by(ctx), action: "opd.create", entityType: "Opd", entityId: opd.id, after: opd });
      return opd;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ActionError("admin.opd.duplicateShortName");
    throw err;
  }
}

export async function renameOpd(db: Db, ctx: ActionContext, input: { id: string; name: string }) {
  return db.$transaction(async (tx) => {
    const before = await tx.opd.findFirst({
      where: scopes.opd.write(ctx.user, { id: input.id }),
      select: { id: true, name: true },
    });
    if (!before) throw new ActionError("errors.notFound");
    const after = await tx.opd.update({
      where: { id: before.id },
      data: { name: input.name },
      select: { id: true, name: true },
    });
    await audit(tx, {
      ...by(ctx),
      action: "opd.rename",
      entityType: "Opd",
      entityId: before.id,
      before,
      after,
    });
  });
}

export async function setOpdActive(db: Db, ctx: ActionContext, input: { id: string; active: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await tx.opd.findFirst({
      where: scopes.opd.write(ctx.user, { id: input.id }),
      select: { id: true, active: true },
    });
    if (!before) throw new ActionError("errors.notFound");
    await tx.opd.update({ where: { id: before.id }, data: { active: input.active } });
    await audit(tx, {
      ...by(ctx),
      action: input.active ? "opd.activate" : "opd.deactivate",
      entityType: "Opd",
      entityId: before.id,
      before,
      after: { id: before.id, active: input.active },
    });
  });
}

type OpdUpdate = {
  id: string;
  version: Date;
  name: string;
  shortName: string;
  kind: OpdKind;
  parentId: string | null;
  active: boolean;
};

/**
 * Edits an OPD of the admin's region. The parent must be another OPD of the same region that does not sit,
 * however far down, under this one. Refused when someone saved the OPD since the form was loaded.
 */
export async function updateOpd(db: Db, ctx: ActionContext, input: OpdUpdate) {
  assertCan(ctx.user, "region.administer");
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.opd.findFirst({
        where: scopes.opd.write(ctx.user, { id: input.id }),
        select: {
          id: true,
          name: true,
          shortName: true,
          kind: true,
          parentId: true,
          active: true,
          updatedAt: true,
        },
      });
      if (!before) throw new ActionError("errors.notFound");
      if (before.updatedAt.getTime() !== input.version.getTime()) throw new ActionError("accounts.stale");
      if (input.parentId) {
        if (input.parentId === before.id) throw new ActionError("accounts.opdParentSelf");
        const parent = await tx.opd.findFirst({
          where: scopes.opd.write(ctx.user, { id: input.parentId }),
          select: { id: true },
        });
        if (!parent) throw new ActionError("accounts.opdParentUnknown");
        const chain = await tx.$queryRaw<{ id: string }[]>`
          WITH RECURSIVE up(id, "parentId", depth) AS (
            SELECT id, "parentId", 0 FROM "Opd" WHERE id = ${input.parentId}
            UNION ALL
            SELECT o.id, o."parentId", up.depth + 1 FROM "Opd" o JOIN up ON o.id = up."parentId" WHERE up.depth < 100
          )
          SELECT id FROM up`;
        if (chain.some((c) => c.id === before.id)) throw new ActionError("accounts.opdParentCycle");
      }
      const data = {
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        parentId: input.parentId,
        active: input.active,
      };
      const diff = fieldDiff(before, data);
      if (!diff.changed) return { changed: false, renamed: false, version: before.updatedAt };
      const saved = await tx.opd.updateMany({ where: { id: before.id, updatedAt: before.updatedAt }, data });
      if (saved.count !== 1) throw new ActionError("accounts.stale");
      await audit(tx, {
        ...by(ctx),
        action: "opd.update",
        entityType: "Opd",
        entityId: before.id,
        before: diff.before,
        after: diff.after,
      });
      const { updatedAt } = await tx.opd.findUniqueOrThrow({
        where: { id: before.id },
        select: { updatedAt: true },
      });
      return {
        changed: true,
        renamed: "name" in diff.after || "shortName" in diff.after,
        version: updatedAt,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ActionError("admin.opd.duplicateShortName");
    throw err;
  }
}
