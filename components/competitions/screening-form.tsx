"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { screenEntryAction } from "@/lib/competitions/actions";

type Facts = { implementedOneYear: boolean; documents: boolean };

export function ScreeningForm({ entryId, facts }: { entryId: string; facts: Facts }) {
  const t = useTranslations("competitions.admin");
  const tc = useTranslations("common");
  const { state, pending, fieldErrors, formProps } = useActionForm(screenEntryAction);
  const checks: { key: "complete" | "implementedOneYear" | "oneTitle" | "documents"; computed?: boolean }[] =
    [
      { key: "complete" },
      { key: "implementedOneYear", computed: facts.implementedOneYear },
      { key: "oneTitle" },
      { key: "documents", computed: facts.documents },
    ];
  return (
    <form {...formProps} className="flex flex-col gap-3" noValidate aria-label={t("screen")}>
      <input type="hidden" name="entryId" value={entryId} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-semibold">{t("checklist")}</legend>
        {checks.map((c) => (
          <label key={c.key} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={c.key} defaultChecked={c.computed ?? false} className="mt-1" />
            <span>
              {t(`checks.${c.key}`)}
              {c.computed !== undefined ? (
                <span className="ml-1 text-xs text-slate-500">
                  ({t("computed", { value: c.computed ? tc("yes") : tc("no") })})
                </span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="text-sm font-semibold">{t("decision")}</legend>
        {(["PASS", "FAIL", "RETURN"] as const).map((d) => (
          <label key={d} className="flex items-center gap-1 text-sm">
            <input type="radio" name="decision" value={d} defaultChecked={d === "PASS"} />
            {t(`decisions.${d}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`reason-${entryId}`} className="text-sm font-semibold">
        {t("reason")}
      </label>
      <textarea
        id={`reason-${entryId}`}
        name="reason"
        rows={2}
        aria-invalid={fieldErrors?.reason ? true : undefined}
        aria-describedby={fieldErrors?.reason ? `reason-${entryId}-error` : undefined}
        className="rounded border border-slate-300 px-2 py-1"
      />
      {fieldErrors?.reason ? (
        <p id={`reason-${entryId}-error`} role="alert" className="text-sm text-red-700">
          {fieldErrors.reason.join(" ")}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {t("submitDecision")}
        </Button>
      </div>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
    </form>
  );
}
