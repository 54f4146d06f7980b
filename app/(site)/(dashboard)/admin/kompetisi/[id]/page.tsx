import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScheduleForm } from "@/components/competitions/schedule-form";
import { SettingsForm } from "@/components/competitions/settings-form";
import { StageSchedule } from "@/components/competitions/stage-schedule";
import { ActionError } from "@/lib/action-types";
import { requirePermission } from "@/lib/auth/session";
import { getCompetition } from "@/lib/competitions/queries/competitions";
import { db } from "@/lib/db";
import { getZonedFormatter } from "@/lib/time/format";
import { toLocalInput } from "@/lib/time/zones";

export default async function CompetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("competition.write");
  const { id } = await params;
  const c = await getCompetition(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const [t, format] = await Promise.all([
    getTranslations("competitions"),
    getZonedFormatter(c.region.timeZone),
  ]);
  const settings = [
    [t("admin.passingGrade"), format.number(Number(c.passingGrade))],
    [t("admin.shortlistSize"), c.shortlistSize],
    [t("admin.evaluatorsPerEntry"), c.evaluatorsPerEntry],
    [t("admin.aggregation"), t(`admin.aggregations.${c.aggregation}`)],
  ] as const;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href="/admin/kompetisi" className="text-brand-700 underline">
          ← {t("admin.list")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{c.name}</h1>
      </div>
      <nav className="flex flex-wrap gap-2" aria-label={t("admin.overview")}>
        <Link
          href={`/admin/kompetisi/${c.id}/peserta`}
          className="rounded bg-brand-600 px-4 py-2 text-sm text-white"
        >
          {t("admin.entries")}
        </Link>
        <Link
          href={`/admin/kompetisi/${c.id}/penugasan`}
          className="rounded bg-brand-600 px-4 py-2 text-sm text-white"
        >
          {t("admin.assignments")}
        </Link>
        <Link
          href={`/admin/kompetisi/${c.id}/rubrik`}
          className="rounded bg-brand-600 px-4 py-2 text-sm text-white"
        >
          {t("admin.rubricLink")}
        </Link>
        <Link
          href={`/admin/kompetisi/${c.id}/peringkat`}
          className="rounded bg-brand-600 px-4 py-2 text-sm text-white"
        >
          {t("admin.rankingLink")}
        </Link>
        <Link
          href={`/admin/kompetisi/${c.id}/sanggahan`}
          className="rounded bg-brand-600 px-4 py-2 text-sm text-white"
        >
          {t("admin.objectionsLink")}
        </Link>
        <Link
          href={`/admin/kompetisi/${c.id}/publikasi`}
          className="rounded bg-brand-600 px-4 py-2 text-sm text-white"
        >
          {t("admin.publicationLink")}
        </Link>
      </nav>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("schedule")}</h2>
        <StageSchedule stages={c.stages} zone={c.region.timeZone} />
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700">{t("admin.scheduleEdit")}</summary>
          <div className="mt-3">
            <ScheduleForm
              competitionId={c.id}
              zone={c.region.timeZone}
              stages={c.stages.map((s) => ({
                kind: s.kind,
                startsAt: toLocalInput(s.startsAt, c.region.timeZone),
                endsAt: toLocalInput(s.endsAt, c.region.timeZone),
              }))}
            />
          </div>
        </details>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("admin.settings")}</h2>
        <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {settings.map(([k, v]) => (
            <div key={k}>
              <dt className="text-sm text-slate-600">{k}</dt>
              <dd className="font-semibold">{v}</dd>
            </div>
          ))}
        </dl>
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700">{t("admin.settingsEdit")}</summary>
          <div className="mt-3">
            <SettingsForm
              s={{
                id: c.id,
                name: c.name,
                year: c.year,
                passingGrade: Number(c.passingGrade),
                shortlistSize: c.shortlistSize,
                evaluatorsPerEntry: c.evaluatorsPerEntry,
                aggregation: c.aggregation,
                zNormalize: c.zNormalize,
                hideEvaluatorNames: c.hideEvaluatorNames,
                categories: c.categories.map((k) => ({ code: k.code, name: k.name, quota: k.quota })),
                weights: (["DESK", "PRESENTATION", "FIELD_VERIFICATION"] as const).map((kind) => {
                  const st = c.stages.find((x) => x.kind === kind);
                  return { kind, weight: Number(st?.weight ?? 0), passFail: st?.passFail ?? false };
                }),
                tieBreakers: (Array.isArray(c.tieBreakers) ? c.tieBreakers : []) as Record<string, string>[],
              }}
            />
          </div>
        </details>
        <h3 className="mt-3 font-semibold">{t("admin.categories")}</h3>
        <ul className="text-sm">
          {c.categories.map((cat) => (
            <li key={cat.id}>
              {cat.name} ({cat.code}) —{" "}
              {cat.quota !== null ? t("admin.quota", { quota: cat.quota }) : t("admin.noQuota")}
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("admin.rubric")}</h2>
        {c.rubricFrozenAt ? (
          <p className="mb-2 text-sm">
            {t("admin.rubricFrozen", { date: format.dateTime(c.rubricFrozenAt, { dateStyle: "medium" }) })}
          </p>
        ) : null}
        {c.stages
          .filter((s) => s.criteria.length > 0)
          .map((s) => (
            <div key={s.id} className="mb-3">
              <h3 className="font-semibold">
                {t(`stages.${s.kind}`)} · {t("admin.weight", { weight: Number(s.weight) })} ·{" "}
                {t("admin.criteriaCount", { count: s.criteria.length })}
              </h3>
              <ol className="list-decimal pl-6 text-sm">
                {s.criteria.map((cr) => (
                  <li key={cr.id}>
                    <strong>{cr.code}</strong> {cr.name} — {t("admin.weight", { weight: Number(cr.weight) })},{" "}
                    {t("admin.scale", { min: cr.scaleMin, max: cr.scaleMax })}
                  </li>
                ))}
              </ol>
            </div>
          ))}
      </section>
    </div>
  );
}
