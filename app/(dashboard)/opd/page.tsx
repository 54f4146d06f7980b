import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export default async function OpdDashboard() {
  const user = await requireUser(["OPD_HEAD", "OPD_OPERATOR"]);
  const year = new Date().getFullYear();
  const [t, opd, rows] = await Promise.all([
    getTranslations(),
    db.opd.findFirst({ where: { id: user.opdId ?? "", regionId: user.regionId }, select: { name: true } }),
    db.innovation.findMany({
      where: { opdId: user.opdId ?? "", year },
      orderBy: { updatedAt: "desc" },
      take: 20,
      select: { id: true, title: true, status: true },
    }),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("dashboard.opdTitle", { opd: opd?.name ?? "OPD" })}</h1>
      <p className="text-slate-600">
        {t("dashboard.welcome", { name: user.name })} · {t(`roles.${user.role}`)}
      </p>
      <h2 className="text-lg font-semibold">{t("dashboard.opdInnovations")}</h2>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("dashboard.opdEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {rows.map((r) => (
            <li key={r.id} className="flex justify-between gap-4 p-3">
              <span>{r.title}</span>
              <span className="text-xs font-semibold text-slate-600">{r.status}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
