import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/reviews/status-badge";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { evaluatorQueue } from "@/lib/reviews/queries";
import { daysLeft, parseQueueFilter, QUEUE_FILTERS, type QueueFilter } from "@/lib/reviews/rules/review";
import { getZonedFormatter } from "@/lib/time/format";

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The evaluator's queue: progress, filters by status (and competition), deadlines. */
export default async function EvaluatorQueuePage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser(["EVALUATOR"]);
  const sp = await searchParams;
  const filter = parseQueueFilter(sp.status);
  const competitionId = one(sp.kompetisi) || undefined;
  const now = new Date();
  const [t, format, queue] = await Promise.all([
    getTranslations("reviews"),
    getZonedFormatter(),
    evaluatorQueue(db, user, { filter, competitionId }, now),
  ]);
  const { rows, counts, competitions } = queue;
  const href = (f: QueueFilter) => {
    const q = new URLSearchParams();
    if (f !== "all") q.set("status", f);
    if (competitionId) q.set("kompetisi", competitionId);
    const s = q.toString();
    return s ? `/penilai?${s}` : "/penilai";
  };

  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("queue.title")}</h1>
        <p className="text-slate-600">{t("queue.welcome", { name: user.name })}</p>
      </header>

      {one(sp.konflik) === "1" ? <Notice tone="success">{t("queue.conflictDeclared")}</Notice> : null}

      {counts.all === 0 && !competitionId ? (
        <p
          className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600"
          data-testid="queue-empty"
        >
          {t("queue.empty")}
        </p>
      ) : (
        <>
          <section
            aria-labelledby="progress-title"
            className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id="progress-title" className="text-sm font-medium text-slate-600">
              {t("queue.progressLabel")}
            </h2>
            <p className="text-xl font-semibold" data-testid="queue-progress">
              {t("queue.progress", { done: counts.submitted, total: counts.all })}
            </p>
            <progress
              value={counts.submitted}
              max={Math.max(counts.all, 1)}
              aria-label={t("queue.progress", { done: counts.submitted, total: counts.all })}
              className="h-2 w-full overflow-hidden rounded bg-slate-200 accent-brand-600 [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
            />
          </section>

          <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
            <nav aria-label={t("queue.filterLabel")}>
              <ul className="flex flex-wrap gap-2">
                {QUEUE_FILTERS.map((f) => (
                  <li key={f}>
                    <Link
                      href={href(f)}
                      aria-current={f === filter ? "page" : undefined}
                      className={`inline-block rounded-full border px-3 py-1.5 text-sm ${f === filter ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
                    >
                      {t(`queue.filters.${f}`, { count: counts[f] })}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            {competitions.length > 1 ? (
              <form method="get" action="/penilai" className="flex flex-wrap items-end gap-2">
                {filter !== "all" ? <input type="hidden" name="status" value={filter} /> : null}
                <div className="flex flex-col gap-1">
                  <label htmlFor="queue-competition" className="text-sm font-medium">
                    {t("queue.competition")}
                  </label>
                  <select
                    id="queue-competition"
                    name="kompetisi"
                    defaultValue={competitionId ?? ""}
                    className="rounded border border-slate-300 bg-white px-3 py-2 text-base"
                  >
                    <option value="">{t("queue.allCompetitions")}</option>
                    {competitions.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm">
                  {t("queue.apply")}
                </button>
              </form>
            ) : null}
          </div>

          {rows.length === 0 ? (
            <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
              {t("queue.emptyFilter")}
            </p>
          ) : (
            <ul aria-label={t("queue.listLabel")} className="flex flex-col gap-3" data-testid="queue-list">
              {rows.map((r) => {
                const days = daysLeft(r.dueAt, now);
                const overdue = days <= 0 && r.status !== "submitted";
                const cta =
                  r.status === "submitted" ? "view" : r.status === "inProgress" ? "continue" : "start";
                return (
                  <li
                    key={r.assignmentId}
                    className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between"
                  >
                    <div className="flex min-w-0 flex-col gap-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <StatusBadge status={r.status} />
                        <span className="text-xs text-slate-600">
                          {r.competition.name} · {t(`stageKinds.${r.stageKind}`)}
                        </span>
                      </div>
                      <h2 className="break-words text-lg font-semibold">
                        <Link href={`/penilai/tugas/${r.assignmentId}`} className="hover:underline">
                          {r.title}
                        </Link>
                      </h2>
                      <p className="text-sm text-slate-700">
                        <abbr title={r.opdName} className="no-underline">
                          {r.opdShortName}
                        </abbr>{" "}
                        · {r.categoryName}
                      </p>
                      <p className={`text-sm ${overdue ? "font-medium text-red-700" : "text-slate-700"}`}>
                        {t("queue.due", {
                          date: format.dateTime(r.dueAt, { dateStyle: "medium", timeStyle: "short" }),
                        })}
                        {r.status === "submitted" ? null : (
                          <> · {overdue ? t("queue.overdue") : t("queue.daysLeft", { days })}</>
                        )}
                      </p>
                      <p className="text-sm text-slate-600">
                        {t("queue.criteriaProgress", { scored: r.scored, total: r.total })}
                      </p>
                      {r.needsConflictCheck ? (
                        <p className="text-sm text-amber-800">{t("queue.needsConflictCheck")}</p>
                      ) : null}
                      {!r.open && r.status !== "submitted" ? (
                        <p className="text-sm text-slate-600">{t("queue.stageNotOpen")}</p>
                      ) : null}
                    </div>
                    <Link
                      href={`/penilai/tugas/${r.assignmentId}`}
                      aria-label={`${t(`queue.open.${cta}`)}: ${r.title}`}
                      className={`shrink-0 rounded px-4 py-2 text-center text-sm font-medium ${cta === "view" ? "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100" : "bg-brand-600 text-white hover:bg-brand-700"}`}
                    >
                      {t(`queue.open.${cta}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
