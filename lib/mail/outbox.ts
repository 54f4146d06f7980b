import "server-only";
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";
import type { MailStatus } from "@/lib/generated/prisma/enums";

const PAGE_SIZE = 25;

/**
 * The secretariat's view of the mail its region sent or keeps in the outbox: newest first. Only an ADMIN of the
 * region reads it (its scope, lib/access), since it shows users' addresses.
 */
export async function listMail(db: Db, user: Caller, page: number, status?: MailStatus) {
  const where = scopes.mailMessage.read(user, status ? { status } : {});
  const [total, rows] = await Promise.all([
    db.mailMessage.count({ where }),
    db.mailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        to: true,
        subject: true,
        status: true,
        attempts: true,
        createdAt: true,
        sentAt: true,
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

/** One mail of the region, with its text; null for another region's mail or an unknown id. */
export async function getMail(db: Db, user: Caller, id: string) {
  return db.mailMessage.findFirst({
    where: scopes.mailMessage.read(user, { id }),
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      template: true,
      locale: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      messageId: true,
    },
  });
}
