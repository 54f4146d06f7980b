"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignManuallyAction, autoAssignAction, remindAction } from "@/lib/competitions/actions";

export function AutoAssignForm({ competitionId, stage, label, hint }: { competitionId: string; stage: string; label: string; hint: string }) {
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
      <select id={`ev-${entryId}`} name="evaluatorIds" className="rounded border border-slate-300 px-2 py-1 text-sm">
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
        <span role={state.ok ? "status" : "alert"} className={`w-full text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
