import { can } from "@/lib/access/policy";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import type { ActionContext } from "@/lib/action-types";
import { db } from "@/lib/db";
import { STATES, type FeedbackState } from "@/lib/feedback/schemas";
import { listFeedback } from "@/lib/feedback/queries";
import { ModerateButtons, ReplyForm } from "./moderation-forms";
import { getZonedFormatter } from "@/lib/time/format";

export function parseState(v: string | undefined): FeedbackState | null {
  return STATES.includes(v as FeedbackState) ? (v as FeedbackState) : null;
}

/** The moderation list shared by /opd/masukan (own OPD) and /admin/masukan (region-wide). */
export async function FeedbackModeration({
  user,
  basePath,
  status,
  page,
}: {
  user: ActionContext["user"];
  basePath: string;
  status?: string;
  page?: string;
}) {
  const state = parseState(status);
  const current = Math.max(1, Number.parseInt(page ?? "1", 10) || 1);
  const [t, format, list] = await Promise.all([
    getTranslations("feedback.moderation"),
    getZonedFormatter(),
    listFeedback(db, user, { state, page: current }),
  ]);
  const all = Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0);
  const tabs: { key: FeedbackState | null; label: string; count: number }[] = [
    { key: null, label: t("all"), count: all },
    ...STATES.map((s) => ({ key: s, label: t(`states.${s}`), count: list.counts[s] ?? 0 })),
  ];
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <nav aria-label={t("filter")} className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab.key === state;
          return (
            <Link
              key={tab.key ?? "all"}
              href={tab.key ? `${basePath}?status=${tab.key}` : basePath}
              aria-current={active ? "page" : undefined}
              className={`rounded-full border px-3 py-1 text-sm ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800"}`}
            >
              {tab.label} ({tab.count})
            </Link>
          );
        })}
      </nav>
      {list.rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="feedback-list">
          {list.rows.map((f) => (
            <li
              key={f.id}
              className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
              data-testid="feedback-item"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/katalog/${f.innovation.id}`} className="font-semibold text-brand-700 underline">
                  {f.innovation.title}
                </Link>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">
                  {t(`states.${f.state}`)}
                </span>
              </div>
              <p className="text-sm text-slate-600">
                {can(user, "region.administer") ? `${f.innovation.opd.shortName} · ` : null}
                <span className="font-medium text-slate-800">{f.name ?? t("anonymous")}</span> ·{" "}
                {t("received", {
                  date: format.dateTime(f.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                })}{" "}
                · <span className="text-amber-700">{t("stars", { rating: f.rating })}</span>
              </p>
              {f.contact ? (
                <p className="text-sm text-slate-600">{t("contact", { contact: f.contact })}</p>
              ) : f.hasContact ? (
                <p className="text-sm text-slate-600">{t("contactHidden")}</p>
              ) : null}
              <p className="whitespace-pre-line">{f.comment ?? t("noComment")}</p>
              <ModerateButtons feedbackId={f.id} state={f.state} />
              {f.comment ? <ReplyForm feedbackId={f.id} reply={f.reply} /> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pages={Math.ceil(list.total / list.pageSize)}
        basePath={basePath}
        query={{ status: state ?? undefined }}
      />
    </div>
  );
}
