import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { WorkList } from "@/components/dashboard/work-list";
import { requirePermission } from "@/lib/auth/session";
import { secretariatWork } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { getZonedFormatter } from "@/lib/time/format";

export default async function AdminDashboard() {
  const user = await requirePermission("region.administer");
  const where = { regionId: user.regionId };
  const now = new Date();
  const [t, td, tc, format, work, opds, users, innovations, competitions] = await Promise.all([
    getTranslations(),
    getTranslations("dashboards"),
    getTranslations("competitions"),
    getZonedFormatter(),
    secretariatWork(db, user, now),
    db.opd.count({ where: { ...where, active: true } }),
    db.user.count({ where: { ...where, active: true } }),
    db.innovation.count({ where }),
    db.competition.count({ where }),
  ]);
  const stats = [
    { label: t("dashboard.opdCount"), value: opds, href: "/admin/opd" },
    { label: t("dashboard.userCount"), value: users, href: "/admin/pengguna" },
    { label: t("dashboard.innovationCount"), value: innovations, href: null },
    { label: t("dashboard.competitionCount"), value: competitions, href: null },
  ];
  // A region just set up (no OPD yet, or no account but the secretariat's): what to do next, in order.
  const firstSteps =
    opds === 0 || users <= 1
      ? [
          { href: "/admin/daerah", label: t("dashboard.firstSteps.profile"), done: false },
          { href: "/admin/impor?jenis=opd", label: t("dashboard.firstSteps.opds"), done: opds > 0 },
          { href: "/admin/impor?jenis=akun", label: t("dashboard.firstSteps.accounts"), done: users > 1 },
          { href: "/admin/surat", label: t("dashboard.firstSteps.mail"), done: false },
        ]
      : null;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const seeAll = (href: string, count: number) => ({ href, label: td("seeAll", { count }) });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("dashboard.adminTitle")}</h1>
        <p className="text-slate-600">{t("dashboard.welcome", { name: user.name })}</p>
      </div>
      {firstSteps ? (
        <section
          aria-labelledby="first-steps"
          className="rounded-lg border border-brand-100 bg-brand-50 p-4"
          data-testid="first-steps"
        >
          <h2 id="first-steps" className="text-lg font-semibold text-brand-800">
            {t("dashboard.firstSteps.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("dashboard.firstSteps.intro")}</p>
          <ol className="mt-3 flex list-decimal flex-col gap-2 pl-5 text-sm">
            {firstSteps.map((step) => (
              <li key={step.href}>
                <Link href={step.href} className="text-brand-700 underline">
                  {step.label}
                </Link>
                {step.done ? (
                  <span className="ml-2 font-semibold text-brand-700">
                    ✓ {t("dashboard.firstSteps.done")}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="text-3xl font-bold text-brand-700">{s.value}</div>
            {s.href ? (
              <Link href={s.href} className="text-sm text-slate-700 underline">
                {s.label}
              </Link>
            ) : (
              <div className="text-sm text-slate-700">{s.label}</div>
            )}
          </div>
        ))}
      </div>
      <h2 className="text-xl font-semibold">{td("secretariat.workTitle")}</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <WorkList
          id="screening"
          title={td("secretariat.screening")}
          count={work.screening.count}
          empty={td("secretariat.screeningEmpty")}
          seeAll={seeAll("/admin/kompetisi", work.screening.count)}
          items={work.screening.rows.map((e) => ({
            key: e.id,
            href: `/admin/kompetisi/${e.competition.id}/peserta#entry-${e.id}`,
            title: e.innovation.title,
            detail: td("secretariat.screeningRow", {
              opd: e.innovation.opd.shortName,
              competition: e.competition.name,
              date: when(e.registeredAt),
            }),
          }))}
        />
        <WorkList
          id="late-reviews"
          title={td("secretariat.lateReviews")}
          count={work.lateReviews.count}
          empty={td("secretariat.lateReviewsEmpty")}
          seeAll={seeAll("/admin/kompetisi", work.lateReviews.count)}
          items={work.lateReviews.rows.map((a) => ({
            key: a.id,
            href: `/admin/kompetisi/${a.competition.id}/penugasan?stage=${a.stageKind}`,
            title: a.title,
            overdue: td("overdue"),
            detail: td("secretariat.lateReviewRow", {
              evaluator: a.evaluatorName,
              stage: tc(`stages.${a.stageKind}`),
              competition: a.competition.name,
              date: when(a.dueAt),
            }),
          }))}
        />
        <WorkList
          id="objections"
          title={td("secretariat.objections")}
          count={work.objections.count}
          empty={td("secretariat.objectionsEmpty")}
          seeAll={seeAll("/admin/kompetisi", work.objections.count)}
          items={work.objections.rows.map((o) => ({
            key: o.id,
            href: `/admin/kompetisi/${o.entry.competition.id}/sanggahan?status=SUBMITTED`,
            title: o.entry.innovation.title,
            detail: td("secretariat.objectionRow", {
              reference: o.reference,
              competition: o.entry.competition.name,
              date: when(o.createdAt),
            }),
          }))}
        />
        <WorkList
          id="feedback"
          title={td("secretariat.feedback")}
          count={work.feedback.count}
          empty={td("secretariat.feedbackEmpty")}
          seeAll={seeAll("/admin/masukan?status=PENDING", work.feedback.count)}
          items={work.feedback.rows.map((f) => ({
            key: f.id,
            href: "/admin/masukan?status=PENDING",
            title: f.innovation.title,
            detail: td("secretariat.feedbackRow", { rating: f.rating, date: when(f.createdAt) }),
          }))}
        />
        <WorkList
          id="deadlines"
          title={td("secretariat.deadlines")}
          count={work.deadlines.count}
          empty={td("secretariat.deadlinesEmpty")}
          items={work.deadlines.rows.map((s) => ({
            key: s.id,
            href: `/admin/kompetisi/${s.competition.id}`,
            title: s.competition.name,
            detail: td("secretariat.deadlineRow", { stage: tc(`stages.${s.kind}`), date: when(s.endsAt) }),
          }))}
        />
      </div>
      <Link href="/admin/audit" className="text-brand-700 underline">
        {t("nav.audit")}
      </Link>
    </div>
  );
}
