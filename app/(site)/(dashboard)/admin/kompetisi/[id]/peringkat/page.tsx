import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdjustShortlistForm, OverrideForm } from "@/components/ranking/forms";
import { OverridesList } from "@/components/ranking/overrides-list";
import { RankingTable } from "@/components/ranking/ranking-table";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { ActionError } from "@/lib/action-types";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { generateShortlistAction } from "@/lib/ranking/actions";
import { FINAL, parseSort, rankingRows, sortRows, stageViews } from "@/lib/ranking/rules/rows";
import { lastRun, listOverrides, liveRanking, shortlistDrawn } from "@/lib/ranking/queries";
import { engineText } from "@/components/ranking/engine-text";
import { getZonedFormatter } from "@/lib/time/format";

type Search = { stage?: string; sort?: string; dir?: string };

export default async function RankingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const user = await requirePermission("competition.write");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const live = await liveRanking(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const [t, say, format, overrides, run, drawn] = await Promise.all([
    getTranslations("ranking"),
    engineText(live.file),
    getZonedFormatter(),
    listOverrides(db, user, id),
    lastRun(db, user, id),
    shortlistDrawn(db, user, live.competition.id),
  ]);
  const views = stageViews(live.file);
  const view = views.includes(search.stage ?? "")
    ? (search.stage as string)
    : live.file.competition.deskStage;
  const sort = parseSort(search.sort, search.dir);
  const rows = sortRows(rankingRows(live.file, live.output, view) ?? [], sort.key, sort.dir);
  const base = `/admin/kompetisi/${id}/peringkat`;
  const stageLabel = (s: string) => (s === FINAL ? t("views.FINAL") : say.stage(s));
  // Until the secretariat draws the shortlist, the engine's shortlist is only what drawing it would give.
  const provisional = !drawn;
  const titles = new Map(live.file.entries.map((e) => [e.id, `${e.title} (${e.opd})`]));
  const desk = live.output.desk;
  const c = live.file.competition;

  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href={`/admin/kompetisi/${id}`} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">
          {t("title")} — {live.competition.name}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t("live")}</p>
      </div>

      <nav aria-label={t("views.label")} className="flex flex-wrap gap-2">
        {views.map((v) => (
          <Link
            key={v}
            href={`${base}?stage=${v}`}
            aria-current={v === view ? "page" : undefined}
            className={`rounded px-3 py-1.5 text-sm ${v === view ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-800"}`}
          >
            {stageLabel(v)}
          </Link>
        ))}
        <a
          href={`${base}/csv?stage=${view}`}
          className="ml-auto rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
          download
        >
          {t("exportCsv")}
        </a>
        <a
          href={`/api/kompetisi/${id}/peringkat`}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
        >
          {t("json")}
        </a>
      </nav>

      <RankingTable
        rows={rows}
        stages={views.filter((v) => v !== FINAL)}
        stageLabel={stageLabel}
        say={say}
        provisional={provisional}
        view={view}
        sort={sort}
        base={base}
        final={view === FINAL}
      />

      {live.output.shortlistNotes.length + live.output.overrideNotes.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 className="mb-2 font-semibold">{t("notes")}</h2>
          <ul className="list-disc pl-5">
            {[...live.output.shortlistNotes, ...live.output.overrideNotes].map((n, i) => (
              <li key={i}>{say.note(n)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-labelledby="shortlist-title"
      >
        <h2 id="shortlist-title" className="text-lg font-semibold">
          {t("shortlist.title")}
        </h2>
        <p className="text-sm text-slate-700">
          {t("shortlist.explain", { size: c.shortlistSize, grade: say.score(c.passingGrade) })}
        </p>
        {live.published ? <p className="text-sm font-medium text-amber-800">{t("published")}</p> : null}
        <p className="text-sm text-slate-600">
          {run
            ? t("shortlist.lastRun", {
                date: format.dateTime(run.computedAt, { dateStyle: "medium", timeStyle: "short" }),
                name: run.computedBy.name,
                hash: run.inputHash.slice(0, 12),
              })
            : provisional
              ? t("shortlist.neverRunProvisional")
              : t("shortlist.neverRun")}
        </p>
        {live.published ? null : (
          <>
            <ConfirmAction
              action={generateShortlistAction}
              fields={{ competitionId: id }}
              label={t("shortlist.generate")}
              confirmText={t("shortlist.generateConfirm")}
              variant="primary"
            />
            <details>
              <summary className="cursor-pointer text-brand-700">{t("shortlist.adjust")}</summary>
              <div className="mt-3 max-w-xl">
                <AdjustShortlistForm
                  competitionId={id}
                  entries={desk
                    .filter((d) => d.passed)
                    .map((d) => ({ value: d.entryId, label: titles.get(d.entryId) ?? d.entryId }))}
                />
              </div>
            </details>
          </>
        )}
      </section>

      <section
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-labelledby="overrides-title"
      >
        <h2 id="overrides-title" className="text-lg font-semibold">
          {t("overrides.title")}
        </h2>
        <OverridesList
          competitionId={id}
          items={overrides.map((o) => ({ ...o, entryTitle: titles.get(o.entryId) ?? o.entryId }))}
        />
        <details>
          <summary className="cursor-pointer text-brand-700">{t("overrides.add")}</summary>
          <div className="mt-3 max-w-xl">
            <OverrideForm
              competitionId={id}
              entries={live.output.shortlist.map((e) => ({ value: e, label: titles.get(e) ?? e }))}
            />
          </div>
        </details>
      </section>
    </div>
  );
}
