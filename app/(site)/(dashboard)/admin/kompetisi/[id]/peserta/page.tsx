import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScreeningForm } from "@/components/competitions/screening-form";
import { ActionError } from "@/lib/action-types";
import { requirePermission } from "@/lib/auth/session";
import { getCompetition } from "@/lib/competitions/queries/competitions";
import { listEntries, screeningFactsFor } from "@/lib/competitions/queries/entries";
import { entryLineage } from "@/lib/competitions/queries/nominations";
import { requireOpen } from "@/lib/competitions/rules/stages";
import { decisionOfStatus, type Checklist } from "@/lib/competitions/rules/screening";
import { db } from "@/lib/db";
import { getZonedFormatter } from "@/lib/time/format";

export default async function EntriesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("competition.write");
  const { id } = await params;
  const competition = await getCompetition(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const [t, th, format, entries, lineage] = await Promise.all([
    getTranslations("competitions"),
    getTranslations("hub"),
    getZonedFormatter(),
    listEntries(db, user, id),
    entryLineage(db, user, id),
  ]);
  const screenable = entries.filter((e) => e.status === "REGISTERED" || decisionOfStatus(e.status));
  const factsById = await screeningFactsFor(
    db,
    user,
    screenable.map((e) => e.id),
  );
  // Said before anyone fills a form: outside its dates screening is shown closed and every form disabled.
  const screening = requireOpen(competition.stages, "SCREENING", new Date());
  const closedParams: Record<string, unknown> = screening.ok ? {} : screening.params;
  const closedNotice = screening.ok
    ? null
    : t(screening.code.replace(/^competitions\./, ""), {
        stage: t("stages.SCREENING"),
        timing: String(closedParams.timing ?? "CLOSED"),
        startsAt: dateParam(closedParams.startsAt),
        endsAt: dateParam(closedParams.endsAt),
      });
  function dateParam(v: unknown) {
    return typeof v === "string"
      ? format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short" })
      : "—";
  }
  return (
    <div className="flex flex-col gap-5">
      <Link href={`/admin/kompetisi/${competition.id}`} className="text-brand-700 underline">
        ← {competition.name}
      </Link>
      <h1 className="text-2xl font-bold">{t("admin.entriesOf", { name: competition.name })}</h1>
      <p className="text-sm text-slate-600">{t("admin.entryCount", { count: entries.length })}</p>
      {closedNotice ? (
        <div
          role="status"
          className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <p className="font-semibold">{closedNotice}</p>
          <p>{t("screening.closedHint")}</p>
        </div>
      ) : null}
      {entries.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("admin.noEntries")}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {entries.map((e) => {
            const f = factsById.get(e.id);
            return (
              <li
                key={e.id}
                id={`entry-${e.id}`}
                className="flex scroll-mt-4 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
                data-testid={`admin-entry-${e.innovation.id}`}
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link
                    href={`/inovasi/${e.innovation.id}`}
                    className="font-semibold text-brand-700 underline"
                  >
                    {e.innovation.title}
                  </Link>
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">
                    {t(`entryStatus.${e.status}`)}
                  </span>
                </div>
                <p className="text-xs text-slate-600">
                  {e.innovation.opd.shortName} · {e.category.name} ·{" "}
                  {t("version", { n: e.version.versionNo })} ·{" "}
                  {format.dateTime(e.registeredAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                {lineage.has(e.id) ? (
                  <p className="text-sm text-brand-800" data-testid="entry-lineage">
                    {th("lineage", lineage.get(e.id)!)}
                  </p>
                ) : null}
                {e.screeningNote ? (
                  <p className="text-sm">{t("screeningNote", { note: e.screeningNote })}</p>
                ) : null}
                {f ? (
                  <ScreeningForm
                    entryId={e.id}
                    facts={f}
                    checklist={(e.screening as Checklist | null) ?? null}
                    current={decisionOfStatus(e.status)}
                    open={screening.ok}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
