import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/notifications/action-button";
import { NotificationLink } from "@/components/notifications/notification-link";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import { kindLabelKey, parseFilter, UNREAD_FILTER } from "@/lib/notifications/rules/link";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { getZonedFormatter } from "@/lib/time/format";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

const BASE = "/notifikasi";

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const user = await requireUser();
  const sp = await searchParams;
  const { unreadOnly } = parseFilter(sp.filter);
  const filter = unreadOnly ? UNREAD_FILTER : undefined;
  const page = parsePage(sp.page);
  const [t, format, list, unread] = await Promise.all([
    getTranslations("notifications"),
    getZonedFormatter(),
    listNotifications(db, user, { unreadOnly, page }),
    unreadCount(db, user),
  ]);
  // Past the last page (after marking the rest read, say): go to the last one.
  if (page > list.pages)
    redirect(
      `${BASE}?${new URLSearchParams({ ...(filter ? { filter } : {}), page: String(list.pages) }).toString()}`,
    );

  const tab = (active: boolean) =>
    `inline-block rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
          <p className="text-sm font-medium" data-testid="unread-summary">
            {t("unreadSummary", { count: unread })}
          </p>
        </div>
        <ActionButton action={markAllReadAction} label={t("markAllRead")} />
      </div>

      <nav aria-label={t("filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={BASE} aria-current={unreadOnly ? undefined : "page"} className={tab(!unreadOnly)}>
              {t("filterAll")}
            </Link>
          </li>
          <li>
            <Link
              href={`${BASE}?filter=${UNREAD_FILTER}`}
              aria-current={unreadOnly ? "page" : undefined}
              className={tab(unreadOnly)}
            >
              {t("filterUnread", { count: unread })}
            </Link>
          </li>
        </ul>
      </nav>

      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {unreadOnly ? t("emptyUnread") : t("empty")}
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white"
          data-testid="notification-list"
        >
          {list.rows.map((n) => {
            const isUnread = n.readAt === null;
            return (
              <li
                key={n.id}
                className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:gap-4 ${isUnread ? "bg-brand-50" : ""}`}
                data-testid="notification-item"
              >
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                    {isUnread ? (
                      <span className="rounded-full bg-brand-700 px-2 py-0.5 font-semibold text-white">
                        {t("unread")}
                      </span>
                    ) : null}
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">
                      {t(kindLabelKey(n.kind))}
                    </span>
                    <time dateTime={n.createdAt.toISOString()}>
                      {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </p>
                  <p className={`break-words ${isUnread ? "font-semibold" : ""}`}>
                    {n.link ? (
                      <NotificationLink
                        id={n.id}
                        href={n.link}
                        unread={isUnread}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {n.title}
                      </NotificationLink>
                    ) : (
                      n.title
                    )}
                  </p>
                  {n.body ? (
                    <p className="whitespace-pre-line break-words text-sm text-slate-700">{n.body}</p>
                  ) : null}
                </div>
                {isUnread ? (
                  <ActionButton
                    action={markReadAction}
                    fields={{ id: n.id }}
                    label={t("markRead")}
                    accessibleName={t("markReadOf", { title: n.title })}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={list.page} pages={list.pages} basePath={BASE} query={{ filter }} />
    </div>
  );
}
