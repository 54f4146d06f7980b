import "server-only";
import { assertCan } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { auditMany, by } from "@/lib/audit";
import { sendSetupLink } from "@/lib/auth/setup-mail";
import { hashToken, newToken, SETUP_TOKEN_TTL_MS } from "@/lib/auth/setup-token";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkOpds, checkUsers } from "./queries";
import { creationLevels, type ImportKind } from "./rules/checks";
import type { Table } from "./rules/table";

type Tx = Prisma.TransactionClient;

type CreatedAccount = { id: string; name: string; email: string };
type SetupLink = { userId: string; name: string; email: string; token: string };

/**
 * Gives each imported account its one-time link to set a password and e-mails it, the way a single new account gets
 * one, inside the import's transaction: the accounts, their tokens and their mails commit together or not at all.
 * The tokens are also returned for the admin's screen.
 */
export async function issueSetupLinks(
  tx: Tx,
  users: CreatedAccount[],
  now = new Date(),
): Promise<SetupLink[]> {
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_MS);
  const links = users.map((u) => ({ userId: u.id, name: u.name, email: u.email, token: newToken() }));
  await tx.setupToken.createMany({
    data: links.map((l) => ({
      userId: l.userId,
      tokenHash: hashToken(l.token),
      purpose: "SETUP",
      expiresAt,
    })),
  });
  // A new account speaks Indonesian until its owner chooses otherwise.
  for (const l of links)
    await sendSetupLink(
      tx,
      { id: l.userId, name: l.name, email: l.email, locale: "id" },
      { token: l.token, expiresAt },
    );
  return links;
}

type ImportResult = { created: number; links: SetupLink[] };

/**
 * Creates every row of a checked file in one transaction, checking it again inside: all rows or none. One
 * audit line per created record ("opd.import" / "user.import"), sharing the request id.
 */
export async function commitImport(
  db: Db,
  ctx: ActionContext,
  kind: ImportKind,
  table: Table,
  opts: { issueLinks?: typeof issueSetupLinks } = {},
): Promise<ImportResult> {
  assertCan(ctx.user, "region.administer");
  const regionId = ctx.user.regionId;
  const issueLinks = opts.issueLinks ?? issueSetupLinks;
  try {
    return await db.$transaction(
      async (tx) => {
        if (kind === "opd") {
          const { problems, records } = await checkOpds(tx, ctx.user, table);
          if (problems.length) throw new ActionError("accounts.import.changed", { count: problems.length });
          const ids = new Map(
            (
              await tx.opd.findMany({
                where: scopes.opd.write(ctx.user, {
                  shortName: { in: records.flatMap((r) => (r.parent ? [r.parent] : [])) },
                }),
                select: { id: true, shortName: true },
              })
            ).map((o) => [o.shortName, o.id]),
          );
          let created = 0;
          for (const level of creationLevels(records)) {
            const rows = await tx.opd.createManyAndReturn({
              data: level.map((r) => ({
                regionId,
                name: r.name,
                shortName: r.shortName,
                kind: r.kind,
                parentId: r.parent ? (ids.get(r.parent) ?? null) : null,
              })),
              select: { id: true, name: true, shortName: true, kind: true, parentId: true },
            });
            for (const o of rows) ids.set(o.shortName, o.id);
            await auditMany(
              tx,
              rows.map((o) => ({
                ...by(ctx),
                action: "opd.import",
                entityType: "Opd",
                entityId: o.id,
                after: o,
              })),
            );
            created += rows.length;
          }
          return { created, links: [] };
        }
        const { problems, records, opdIds } = await checkUsers(tx, ctx.user, table);
        if (problems.length) throw new ActionError("accounts.import.changed", { count: problems.length });
        const users = await tx.user.createManyAndReturn({
          data: records.map((r) => ({
            regionId,
            name: r.name,
            email: r.email,
            nip: r.nip,
            role: r.role,
            opdId: r.opdShortName ? (opdIds.get(r.opdShortName) ?? null) : null,
          })),
          select: { id: true, name: true, email: true, nip: true, role: true, opdId: true },
        });
        await auditMany(
          tx,
          users.map((u) => ({
            ...by(ctx),
            action: "user.import",
            entityType: "User",
            entityId: u.id,
            after: u,
          })),
        );
        const links = await issueLinks(tx, users);
        return { created: users.length, links };
      },
      { timeout: 60_000 },
    );
  } catch (err) {
    // Someone else created the same e-mail, NIP or short name between the check and this transaction.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new ActionError("accounts.import.conflict");
    }
    throw err;
  }
}
