import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { kindLabelKey } from "@/lib/notifications/rules/link";
import { latestNotifications, MENU_SIZE, unreadCount } from "@/lib/notifications/queries";
import { BellMenu, type BellItem } from "./bell-menu";
import { getZonedFormatter } from "@/lib/time/format";

/**
 * The header's notification bell: the unread count and the latest notifications of the
 * signed-in user. Renders nothing for visitors. The strings are formatted here, so the client
 * part carries no translations or date code.
 */
export async function NotificationBell() {
  const user = await getCurrentUser();
  if (!user) return null;
  const [t, format, count, rows] = await Promise.all([
    getTranslations("notifications"),
    getZonedFormatter(),
    unreadCount(db, user),
    latestNotifications(db, user, MENU_SIZE),
  ]);
  const now = new Date();
  const items: BellItem[] = rows.map((n) => ({
    id: n.id,
    title: n.title,
    href: n.link,
    unread: n.readAt === null,
    kind: t(kindLabelKey(n.kind)),
    time: format.relativeTime(n.createdAt, now),
    timeIso: n.createdAt.toISOString(),
    timeFull: format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" }),
  }));
  return (
    <BellMenu
      count={count}
      items={items}
      strings={{
        button: t("bellLabel", { count }),
        panel: t("menuLabel"),
        unread: t("unread"),
        markRead: t("markRead"),
        markAllRead: t("markAllRead"),
        seeAll: t("seeAll"),
        empty: t("empty"),
      }}
    />
  );
}
