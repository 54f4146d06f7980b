import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export default async function AdminDashboard() {
  const user = await requireUser(["ADMIN"]);
  const where = { regionId: user.regionId };
  const [t, opds, users, innovations, competitions] = await Promise.all([
    getTranslations(),
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
      <Link href="/admin/audit" className="text-brand-700 underline">
        {t("nav.audit")}
      </Link>
    </div>
  );
}
