import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { InnovationTable } from "@/components/innovations/innovation-table";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listInnovations } from "@/lib/innovations/queries";

export default async function OpdDashboard() {
  const user = await requireUser(["OPD_HEAD", "OPD_OPERATOR"]);
  const [t, opd, recent, awaiting] = await Promise.all([
    getTranslations(),
    db.opd.findFirst({ where: { id: user.opdId ?? "", regionId: user.regionId }, select: { name: true } }),
    listInnovations(db, user, { page: 1 }),
    user.role === "OPD_HEAD" ? listInnovations(db, user, { status: "SUBMITTED", page: 1 }) : null,
  ]);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">{t("dashboard.opdTitle", { opd: opd?.name ?? "OPD" })}</h1>
        <p className="text-slate-600">
          {t("dashboard.welcome", { name: user.name })} · {t(`roles.${user.role}`)}
        </p>
      </div>
      {awaiting ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">
            {t("dashboard.awaitingApproval")} ({awaiting.total})
          </h2>
          {awaiting.rows.length ? <InnovationTable rows={awaiting.rows} showOpd={false} /> : null}
        </section>
      ) : null}
      <section className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("dashboard.opdInnovations")}</h2>
          <Link href="/opd/inovasi" className="text-brand-700 underline">
            {t("nav.innovations")}
          </Link>
        </div>
        {recent.rows.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            {t("dashboard.opdEmpty")}
          </p>
        ) : (
          <InnovationTable rows={recent.rows.slice(0, 5)} showOpd={false} />
        )}
      </section>
    </div>
  );
}
