"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignManuallyAction, autoAssignAction, remindAction } from "@/lib/competitions/actions/assignments";

export function AutoAssignForm({
  competitionId,
  stage,
  label,
  hint,
}: {
  competitionId: string;
  stage: string;
  label: string;
  hint: string;
}) {
  const { state, pending, formProps } = useActionForm(autoAssignAction);
  return (
    <form {...formProps} className="flex flex-col items-start gap-2">
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="stage" value={stage} />
      <p className="text-sm text-slate-600">{hint}</p>
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
    </form>
  );
}

export function RemindForm({ competitionId, stage }: { competitionId: string; stage: string }) {
  const t = useTranslations("competitions.assign");
  const { state, pending, formProps } = useActionForm(remindAction);
  return (
    <form {...formProps} className="flex flex-col items-start gap-2">
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="stage" value={stage} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("remind")}
      </Button>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
    </form>
  );
}

export function ManualAssignForm({
  competitionId,
  stage,
  entryId,
  evaluators,
}: {
  competitionId: string;
  stage: string;
  entryId: string;
  evaluators: { id: string; name: string }[];
}) {
  const t = useTranslations("competitions.assign");
  const { state, pending, formProps } = useActionForm(assignManuallyAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="stage" value={stage} />
      <input type="hidden" name="entryIds" value={entryId} />
      <label className="sr-only" htmlFor={`ev-${entryId}`}>
        {t("selectEvaluator")}
      </label>
      <select
        id={`ev-${entryId}`}
        name="evaluatorIds"
        className="rounded border border-slate-300 px-2 py-1 text-sm"
      >
        {evaluators.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending || evaluators.length === 0}>
        {t("manual")}
      </Button>
      {state ? (
        <span
          role={state.ok ? "status" : "alert"}
          className={`w-full text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

/** Bulk assignment: every ticked evaluator to every ticked entry, in one audited action. */
export function BulkAssignForm({
  competitionId,
  stage,
  entries,
  evaluators,
}: {
  competitionId: string;
  stage: string;
  entries: { id: string; title: string; opd: string; panel: number }[];
  evaluators: { id: string; name: string; assigned: number }[];
}) {
  const t = useTranslations("competitions.assign");
  const { state, pending, formProps } = useActionForm(assignManuallyAction);
  const errorOf = (key: string) => (state && !state.ok ? state.fieldErrors?.[key]?.[0] : undefined);
  return (
    <form {...formProps} className="flex flex-col gap-3" data-testid="bulk-assign">
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="stage" value={stage} />
      <p className="text-sm text-slate-600">{t("bulkHint")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset
          className="flex min-w-0 flex-col gap-1"
          aria-describedby={errorOf("entryIds") ? "bulk-entries-error" : undefined}
        >
          <legend className="mb-1 font-medium">{t("entries")}</legend>
          <div className="flex max-h-72 flex-col gap-1 overflow-y-auto rounded border border-slate-200 p-2">
            {entries.map((e) => (
              <label key={e.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="entryIds" value={e.id} className="mt-1" />
                <span>
                  {e.title}{" "}
                  <span className="text-xs text-slate-500">
                    ({e.opd} · {t("panelShort", { count: e.panel })})
                  </span>
                </span>
              </label>
            ))}
          </div>
          {errorOf("entryIds") ? (
            <p id="bulk-entries-error" className="text-sm text-red-700">
              {errorOf("entryIds")}
            </p>
          ) : null}
        </fieldset>
        <fieldset
          className="flex min-w-0 flex-col gap-1"
          aria-describedby={errorOf("evaluatorIds") ? "bulk-evaluators-error" : undefined}
        >
          <legend className="mb-1 font-medium">{t("evaluators")}</legend>
          <div className="flex max-h-72 flex-col gap-1 overflow-y-auto rounded border border-slate-200 p-2">
            {evaluators.map((e) => (
              <label key={e.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="evaluatorIds" value={e.id} className="mt-1" />
                <span>
                  {e.name}{" "}
                  <span className="text-xs text-slate-500">({t("load", { count: e.assigned })})</span>
                </span>
              </label>
            ))}
          </div>
          {errorOf("evaluatorIds") ? (
            <p id="bulk-evaluators-error" className="text-sm text-red-700">
              {errorOf("evaluatorIds")}
            </p>
          ) : null}
        </fieldset>
      </div>
      <div>
        <Button type="submit" disabled={pending || entries.length === 0 || evaluators.length === 0}>
          {t("bulkSubmit")}
        </Button>
      </div>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
    </form>
  );
}
