import "server-only";
import { scopes } from "@/lib/access/scopes";
import { ActionError } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail } from "@/lib/mail/queue";
import { safeLink } from "./link";
import { wantsMail } from "./mail-categories";

type Tx = Prisma.TransactionClient | Db;
/** The signed-in user (CurrentUser or ctx.user): everything here is scoped to its id. */
type Owner = { id: string };

export const PAGE_SIZE = 20;
/** How many notifications the header bell lists. */
export const MENU_SIZE = 8;
const TITLE_MAX = 300;
const BODY_MAX = 2_000;

type NewNotification = {
  userIds: readonly (string | null | undefined)[];
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  /** false: the caller mails the recipients itself (reminders); default true. */
  mail?: boolean;
  /**
   * The same title and body in English, for the mail to an account that chose English (the in-app notice keeps
   * the Indonesian). Without it, such an account reads the Indonesian words inside an English mail.
   */
  en?: { title: string; body?: string | null };
};

/**
 * Tells users something, inside the caller's transaction so the notice and the change it is
 * about land together. Recipients are deduplicated and an empty list writes nothing. `link`
 * must be a path inside the portal ("/inovasi/…"); any other value is dropped (the notification
 * is still sent, without a link). Each active recipient also gets it by mail, in the same transaction, unless
 * they switched off the kind's category (lib/notifications/mail-categories.ts). Returns how many notifications
 * were written.
 */
export async function notify(tx: Tx, input: NewNotification): Promise<number> {
  const userIds = [
    ...new Set(input.userIds.filter((id): id is string => typeof id === "string" && id.length > 0)),
  ];
  if (userIds.length === 0) return 0;
  const kind = input.kind.trim();
  const title = input.title.trim().slice(0, TITLE_MAX);
  if (!kind || !title) throw new Error("notify: kind and title are required");
  const body = (input.body ?? "").trim().slice(0, BODY_MAX);
  const link = input.link == null ? null : safeLink(input.link);
  const { count } = await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, kind, title, body, link })),
  });
  const en = input.en
    ? {
        title: input.en.title.trim().slice(0, TITLE_MAX) || title,
        body: (input.en.body ?? "").trim().slice(0, BODY_MAX),
      }
    : null;
  if (input.mail !== false) await mailNotification(tx, userIds, { kind, title, body, link }, en);
  return count;
}

async function mailNotification(
  tx: Tx,
  userIds: string[],
  n: { kind: string; title: string; body: string; link: string | null },
  en: { title: string; body: string } | null,
) {
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, active: true },
    select: { id: true, email: true, name: true, locale: true, mailOptOut: true },
    orderBy: { id: "asc" },
  });
  for (const u of users) {
    if (!wantsMail(n.kind, u.mailOptOut)) continue;
    await enqueueMail(tx as Prisma.TransactionClient, {
      template: "notification",
      to: u.email,
      locale: u.locale,
      userId: u.id,
      data: { name: u.name, ...n, ...(u.locale === "en" && en ? en : {}) },
    });
  }
}

const ROW = {
  id: true,
  kind: true,
  title: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} as const;

type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** The caller's notifications, newest first, `pageSize` (20) a page. */
export async function listNotifications(
  db: Db,
  user: Owner,
  input: { unreadOnly?: boolean; page?: number; pageSize?: number } = {},
): Promise<{ rows: NotificationRow[]; total: number; page: number; pages: number }> {
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const page = Number.isInteger(input.page) && input.page! > 0 ? input.page! : 1;
  const where = scopes.notification.read(user, input.unreadOnly ? { readAt: null } : {});
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: ROW,
    }),
  ]);
  // Rows written before notify() existed are checked again on the way out.
  return {
    rows: rows.map((r) => ({ ...r, link: safeLink(r.link) })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** The caller's latest notifications, for the header bell. */
export async function latestNotifications(db: Db, user: Owner, take = MENU_SIZE): Promise<NotificationRow[]> {
  const rows = await db.notification.findMany({
    where: scopes.notification.read(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: ROW,
  });
  return rows.map((r) => ({ ...r, link: safeLink(r.link) }));
}

export async function unreadCount(db: Db, user: Owner): Promise<number> {
  return db.notification.count({ where: scopes.notification.read(user, { readAt: null }) });
}

/**
 * Marks one of the caller's own notifications read (already read: left as it was). Someone
 * else's id, or an unknown one, is "not found" and nothing changes. Returns its link.
 */
export async function markRead(
  db: Db,
  user: Owner,
  input: { id: string },
  now = new Date(),
): Promise<{ id: string; link: string | null }> {
  const row = await db.notification.findFirst({
    where: scopes.notification.write(user, { id: input.id }),
    select: { id: true, link: true, readAt: true },
  });
  if (!row) throw new ActionError("errors.notFound");
  if (!row.readAt) {
    await db.notification.updateMany({
      where: scopes.notification.write(user, { id: row.id, readAt: null }),
      data: { readAt: now },
    });
  }
  return { id: row.id, link: safeLink(row.link) };
}

/** Marks every unread notification of the caller read; returns how many changed. */
export async function markAllRead(db: Db, user: Owner, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: scopes.notification.write(user, { readAt: null }),
    data: { readAt: now },
  });
  return count;
}
