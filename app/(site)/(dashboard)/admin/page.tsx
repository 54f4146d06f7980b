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
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("dashboard.adminTitle")}</h1>
        <p className="text-slate-600">{t("dashboard.welcome", { name: user.name })}</p>
      </div>
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
