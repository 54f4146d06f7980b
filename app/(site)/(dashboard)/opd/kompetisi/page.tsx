import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { EnterForm } from "@/components/competitions/enter-form";
import { ResubmitButton } from "@/components/competitions/resubmit-button";
import { WithdrawButton } from "@/components/competitions/withdraw-button";
import { StageSchedule } from "@/components/competitions/stage-schedule";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { opdCompetitions } from "@/lib/competitions/queries/competitions";
import { db } from "@/lib/db";
import { opdClarifications } from "@/lib/objections/queries";
import { getZonedFormatter } from "@/lib/time/format";

export async function generateMetadata() {
  return { title: (await getTranslations("competitions"))("opdTitle") };
}

export default async function OpdCompetitionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser(["OPD_OPERATOR", "OPD_HEAD"]);
  const [t, tk, format, data, clarifications] = await Promise.all([
    getTranslations("competitions"),
    getTranslations("objections.clarification"),
    getZonedFormatter(),
    opdCompetitions(db, user),
    opdClarifications(db, user),
  ]);
  const now = new Date();
  const withdrawn = (await searchParams).ditarik === "1";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("opdTitle")}</h1>
      {withdrawn ? <Notice tone="success">{t("withdraw.success")}</Notice> : null}
      {clarifications.length > 0 ? (
        <Link href="/opd/klarifikasi" className="text-brand-700 underline">
          {tk("link", { count: clarifications.filter((c) => !c.answeredAt).length })}
        </Link>
      ) : null}
      {data.competitions.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center">{t("none")}</p>
      ) : null}
      {data.competitions.map((c) => {
        const registration = c.stages.find((s) => s.kind === "REGISTRATION");
        const registrationOpen = Boolean(
          registration && registration.startsAt <= now && now < registration.endsAt,
        );
        const screening = c.stages.find((s) => s.kind === "SCREENING");
        const beforeScreening = !screening || now < screening.startsAt;
        return (
          <section
            key={c.id}
            className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
            aria-labelledby={`c-${c.id}`}
          >
            <h2 id={`c-${c.id}`} className="text-xl font-semibold">
              {c.name}
            </h2>
            <StageSchedule stages={c.stages} now={now} />
            <h3 className="font-semibold">{t("register.title")}</h3>
            {!registrationOpen ? (
              <Notice>{t("register.closed")}</Notice>
            ) : data.approved.length === 0 ? (
              <Notice>{t("register.noApproved")}</Notice>
            ) : (
              <EnterForm competitionId={c.id} innovations={data.approved} categories={c.categories} />
            )}
            <h3 className="font-semibold">{t("myEntries")}</h3>
            {c.entries.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noEntries")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded border border-slate-200">
                {c.entries.map((e) => (
                  <li key={e.id} className="flex flex-col gap-1 p-3" data-testid={`entry-${e.innovation.id}`}>
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link
                        href={`/inovasi/${e.innovation.id}`}
                        className="font-medium text-brand-700 underline"
                      >
                        {e.innovation.title}
                      </Link>
                      <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">
                        {t(`entryStatus.${e.status}`)}
                      </span>
                    </div>
                    <p className="text-xs text-slate-600">
                      {e.category.name} · {t("version", { n: e.version.versionNo })} ·{" "}
                      {format.dateTime(e.registeredAt, { dateStyle: "medium" })}
                    </p>
                    {e.screeningNote ? (
                      <p className="text-sm">{t("screeningNote", { note: e.screeningNote })}</p>
                    ) : null}
                    {e.status === "RETURNED" ? <ResubmitButton entryId={e.id} /> : null}
                    {e.status === "REGISTERED" && beforeScreening ? (
                      <WithdrawButton entryId={e.id} title={e.innovation.title} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
