import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublishForm } from "@/components/publication/publish-form";
import { RankingTable } from "@/components/publication/ranking-table";
import { Winners } from "@/components/publication/winners";
import { Notice } from "@/components/ui/notice";
import { ActionError } from "@/lib/action-types";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listPublications, preparePublication } from "@/lib/publication/queries";
import { DataTable } from "@/components/ui/data-table";
import { NominateForm } from "@/components/hub/nominate-form";
import { nominationOptions } from "@/lib/competitions/queries/nominations";
import { getZonedFormatter } from "@/lib/time/format";

export default async function PublicationAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("competition.write");
  const { id } = await params;
  const prep = await preparePublication(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const [publications, nominations, t, tn, tp, format] = await Promise.all([
    listPublications(db, user, id),
    nominationOptions(db, user, id),
    getTranslations("publication.admin"),
    getTranslations("hub.nominate"),
    getTranslations("publication.public"),
    getZonedFormatter(),
  ]);
  const fmt = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const nextNumber = (prep.latest?.number ?? 0) + 1;
  const checks = [
    { ok: prep.shortlisted > 0, label: t("checkShortlist", { count: prep.shortlisted }), detail: null },
    {
      ok: prep.pendingObjections === 0,
      label: t("checkObjections", { count: prep.pendingObjections }),
      detail: null,
    },
    {
      ok: prep.incomplete.length === 0,
      label: t("checkRanking"),
      detail: prep.incomplete.length
        ? t("checkRankingMissing", { titles: prep.incomplete.join("; ") })
        : null,
    },
  ];
  const ready = checks.every((c) => c.ok);
  const objectionsOpen = prep.objectionStage?.open ? prep.objectionStage.endsAt : null;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href={`/admin/kompetisi/${id}`} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">
          {t("title")}: {prep.competition.name}
        </h1>
      </div>

      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="readiness">
        <h2 id="readiness" className="mb-2 text-lg font-semibold">
          {t("readiness")}
        </h2>
        <ul className="flex flex-col gap-2">
          {checks.map((c) => (
            <li key={c.label} className="flex items-start gap-2">
              <span aria-hidden className={c.ok ? "text-green-700" : "text-red-700"}>
                {c.ok ? "✔" : "✘"}
              </span>
              <span>
                <span className="sr-only">{c.ok ? t("ok") : t("notOk")}: </span>
                {c.label}
                {c.detail ? <span className="block text-sm text-red-800">{c.detail}</span> : null}
              </span>
            </li>
          ))}
        </ul>
        {objectionsOpen ? (
          <div className="mt-3">
            <Notice>{t("objectionOpen", { end: fmt(objectionsOpen) })}</Notice>
          </div>
        ) : null}
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="preview">
        <div>
          <h2 id="preview" className="text-lg font-semibold">
            {t("preview")}
          </h2>
          <p className="text-sm text-slate-600">{t("previewLead")}</p>
        </div>
        <Winners content={prep.content} />
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-brand-700">{tp("ranking")}</summary>
          <div className="mt-3">
            <RankingTable content={prep.content} caption={tp("ranking")} />
          </div>
        </details>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="publish">
        <h2 id="publish" className="mb-2 text-lg font-semibold">
          {prep.latest ? t("supersedeTitle", { number: prep.latest.number }) : t("publishTitle")}
        </h2>
        {prep.latest ? (
          <p className="mb-3 text-sm text-slate-700">{t("supersedeLead", { next: nextNumber })}</p>
        ) : null}
        {ready ? (
          <PublishForm
            competitionId={id}
            nextNumber={nextNumber}
            objectionsOpenUntil={objectionsOpen?.toISOString() ?? null}
          />
        ) : (
          <Notice tone="error">{t("notReady")}</Notice>
        )}
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="history">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          {t("history")}
        </h2>
        {publications.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <DataTable
            framed={false}
            columns={[t("number"), t("date"), t("by"), t("hash"), t("status"), t("documents")]}
          >
            {publications.map((p) => (
              <tr key={p.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">
                  <span className="font-semibold">{p.number}</span>
                  {p.documentNumber ? (
                    <p className="text-xs whitespace-nowrap text-slate-600">
                      {t("documentNumber", { number: p.documentNumber })}
                    </p>
                  ) : null}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{fmt(p.publishedAt)}</td>
                <td className="px-3 py-2">{p.publishedBy.name}</td>
                <td className="px-3 py-2 font-mono text-xs break-all" data-testid="publication-hash">
                  {p.contentHash}
                </td>
                <td className="px-3 py-2">
                  {p.supersededAt ? t("superseded", { date: fmt(p.supersededAt) }) : t("current")}
                  {p.reason ? <p className="text-xs text-slate-600">{p.reason}</p> : null}
                </td>
                <td className="px-3 py-2">
                  <ul className="flex flex-col gap-1">
                    <li>
                      <a
                        className="text-brand-700 underline"
                        href={`/admin/kompetisi/${id}/publikasi/berita-acara?nomor=${p.number}`}
                        download
                      >
                        {t("beritaAcara")}
                      </a>
                    </li>
                    <li>
                      <a
                        className="text-brand-700 underline"
                        href={`/admin/kompetisi/${id}/publikasi/sk?nomor=${p.number}`}
                        download
                      >
                        {t("decree")}
                      </a>
                    </li>
                    <li>
                      <a
                        className="text-brand-700 underline"
                        href={`/api/publik/kompetisi/${id}/hasil?nomor=${p.number}`}
                      >
                        {t("json")}
                      </a>
                    </li>
                    <li>
                      <Link
                        className="text-brand-700 underline"
                        href={`/kompetisi/${id}/hasil?nomor=${p.number}`}
                      >
                        {t("publicPage")}
                      </Link>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {nominations.winners.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="nominate">
          <h2 id="nominate" className="mb-1 text-lg font-semibold">
            {tn("title")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{tn("lead")}</p>
          {nominations.targets.length === 0 ? <Notice>{tn("none")}</Notice> : null}
          <ul className="flex flex-col gap-3">
            {nominations.winners.map((w) => (
              <li
                key={w.id}
                className="flex flex-col gap-2 border-t border-slate-200 pt-3"
                data-testid="nominee"
              >
                <span className="font-medium">
                  {w.innovation.title}{" "}
                  <span className="text-sm text-slate-600">({w.innovation.opd.shortName})</span>
                </span>
                {w.sentOn.map((s) => (
                  <span key={s.competition.id} className="text-sm text-green-800">
                    {tn("sentTo", { name: s.competition.name })}
                  </span>
                ))}
                {nominations.targets.length > 0 ? (
                  <NominateForm
                    sourceCompetitionId={id}
                    entryId={w.id}
                    title={w.innovation.title}
                    targets={nominations.targets.flatMap((c) =>
                      c.categories.map((k) => ({ value: `${c.id}:${k.id}`, label: `${c.name} — ${k.name}` })),
                    )}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
