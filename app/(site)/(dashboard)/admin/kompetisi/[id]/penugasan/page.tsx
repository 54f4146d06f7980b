import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  AutoAssignForm,
  BulkAssignForm,
  ManualAssignForm,
  RemindForm,
} from "@/components/competitions/assign-forms";
import { ReopenReviewForm } from "@/components/reviews/reopen-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { ActionError } from "@/lib/action-types";
import { requirePermission } from "@/lib/auth/session";
import { removeAssignmentAction } from "@/lib/competitions/actions/assignments";
import { assignmentBoard } from "@/lib/competitions/queries/assignments";
import { SCORED_STAGES } from "@/lib/competitions/rules/config";
import { db } from "@/lib/db";
import { DataTable } from "@/components/ui/data-table";

const query = z.object({ stage: z.enum(SCORED_STAGES).catch("DESK") });

export default async function AssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePermission("competition.write");
  const { id } = await params;
  const { stage } = query.parse(await searchParams);
  const board = await assignmentBoard(db, user, id, stage).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const t = await getTranslations("competitions");
  return (
    <div className="flex flex-col gap-5">
      <Link href={`/admin/kompetisi/${id}`} className="text-brand-700 underline">
        ← {board.stage.competition.name}
      </Link>
      <h1 className="text-2xl font-bold">{t("assign.title", { stage: t(`stages.${stage}`) })}</h1>
      <nav className="flex flex-wrap gap-2" aria-label={t("assign.stage")}>
        {SCORED_STAGES.map((s) => (
          <Link
            key={s}
            href={`/admin/kompetisi/${id}/penugasan?stage=${s}`}
            aria-current={s === stage ? "page" : undefined}
            className={`rounded px-3 py-1.5 text-sm ${s === stage ? "bg-brand-600 text-white" : "border border-slate-300 bg-white"}`}
          >
            {t(`stages.${s}`)}
          </Link>
        ))}
      </nav>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <AutoAssignForm
          competitionId={id}
          stage={stage}
          label={t("assign.auto")}
          hint={t("assign.autoHint", { perEntry: board.perEntry })}
        />
      </section>
      {board.entries.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="bulk-title">
          <h2 id="bulk-title" className="mb-2 text-lg font-semibold">
            {t("assign.bulk")}
          </h2>
          <BulkAssignForm
            competitionId={id}
            stage={stage}
            entries={board.entries.map((e) => ({
              id: e.id,
              title: e.innovation.title,
              opd: e.innovation.opd.shortName,
              panel: e.assignments.filter((a) => !a.conflictDeclared).length,
            }))}
            evaluators={board.evaluators.map((ev) => ({ id: ev.id, name: ev.name, assigned: ev.assigned }))}
          />
        </section>
      ) : null}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("assign.entries")}</h2>
        {board.entries.length === 0 ? (
          <p className="text-slate-600">{t("assign.noEntries")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100">
            {board.entries.map((e) => {
              const active = e.assignments.filter((a) => !a.conflictDeclared);
              const taken = new Set(e.assignments.map((a) => a.evaluator.id));
              const submitted = active.filter((a) => a.review?.submittedAt).length;
              return (
                <li key={e.id} className="flex flex-col gap-2 py-3" data-testid={`assign-${e.id}`}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium">
                      {e.innovation.title}{" "}
                      <span className="text-xs text-slate-500">({e.innovation.opd.shortName})</span>
                    </span>
                    <span
                      className={`text-xs font-semibold ${active.length >= board.perEntry ? "text-green-800" : "text-amber-800"}`}
                    >
                      {t("assign.panel", { count: active.length, perEntry: board.perEntry })} ·{" "}
                      {t("assign.reviews", { submitted, count: active.length })}
                    </span>
                  </div>
                  <ul className="flex flex-wrap gap-2 text-sm">
                    {e.assignments.map((a) => (
                      <li
                        key={a.id}
                        className="flex items-center gap-2 rounded bg-slate-100 px-2 py-1"
                        data-testid="panel-member"
                      >
                        {a.evaluator.name}
                        {a.conflictDeclared ? (
                          <span className="text-xs text-red-700">({t("assign.conflict")})</span>
                        ) : null}
                        {a.review?.submittedAt ? (
                          <>
                            <span className="text-xs text-green-800">({t("assign.submitted")})</span>
                            <ReopenReviewForm assignmentId={a.id} />
                          </>
                        ) : null}
                        {!a.review?.submittedAt ? (
                          <ConfirmAction
                            action={removeAssignmentAction}
                            fields={{ assignmentId: a.id, competitionId: id }}
                            label={t("assign.remove")}
                            confirmText={t("assign.confirmRemove", { name: a.evaluator.name })}
                            variant="danger"
                          />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                  <ManualAssignForm
                    competitionId={id}
                    stage={stage}
                    entryId={e.id}
                    evaluators={board.evaluators.filter(
                      (ev) => !taken.has(ev.id) && ev.opdId !== e.innovation.opdId,
                    )}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("assign.progress")}</h2>
        <DataTable
          framed={false}
          columns={[
            t("assign.evaluators"),
            { label: t("assign.assigned"), align: "right" },
            { label: t("assign.done"), align: "right" },
            { label: t("assign.overdue"), align: "right" },
          ]}
        >
          {board.evaluators.map((e) => (
            <tr key={e.id} className="border-t border-slate-100" data-testid={`progress-${e.id}`}>
              <td className="p-2">{e.name}</td>
              <td className="p-2 text-right">{e.assigned}</td>
              <td className="p-2 text-right">{e.submitted}</td>
              <td className={`p-2 text-right ${e.overdue ? "font-semibold text-red-700" : ""}`}>
                {e.overdue}
              </td>
            </tr>
          ))}
        </DataTable>
        <div className="mt-3">
          <RemindForm competitionId={id} stage={stage} />
        </div>
      </section>
    </div>
  );
}
