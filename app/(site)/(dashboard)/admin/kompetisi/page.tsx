import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { StageSchedule } from "@/components/competitions/stage-schedule";
import { requirePermission } from "@/lib/auth/session";
import { listCompetitions } from "@/lib/competitions/queries/competitions";
import { db } from "@/lib/db";

export async function generateMetadata() {
  return { title: (await getTranslations("competitions"))("title") };
}

export default async function CompetitionsPage() {
  const user = await requirePermission("competition.write");
  const [t, rows] = await Promise.all([getTranslations("competitions"), listCompetitions(db, user)]);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link
          href="/admin/kompetisi/baru"
          className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white"
        >
          {t("admin.create")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center">{t("none")}</p>
      ) : null}
      {rows.map((c) => (
        <section key={c.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">
              <Link href={`/admin/kompetisi/${c.id}`} className="text-brand-700 underline">
                {c.name}
              </Link>
            </h2>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">
              {t(`admin.statusLabel.${c.status}`)}
            </span>
          </div>
          <p className="text-sm text-slate-600">{t("admin.entryCount", { count: c._count.entries })}</p>
          <StageSchedule stages={c.stages} />
        </section>
      ))}
    </div>
  );
}
