"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { screenEntryAction } from "@/lib/competitions/actions/entries";
import {
  SCREENING_CHECKS,
  SCREENING_DECISIONS,
  screeningReasonRule,
  type Checklist,
  type ScreeningDecision,
} from "@/lib/competitions/rules/screening";

type Facts = { implementedOneYear: boolean; documents: boolean };
type FieldErrors = Record<string, string[]> | undefined;

/**
 * The screening of one entry: a first decision, or a change to the one recorded while screening is open. The
 * confirmation lives outside the fields, which start afresh whenever the recorded decision changes.
 */
export function ScreeningForm({
  entryId,
  facts,
  checklist,
  current,
  open,
}: {
  entryId: string;
  facts: Facts;
  /** The checklist saved with the recorded decision, if any. */
  checklist: Checklist | null;
  current: ScreeningDecision | null;
  /** Whether the screening stage is open now; when it is not the page says why and the form is disabled. */
  open: boolean;
}) {
  const t = useTranslations("competitions.screening");
  const { state, pending, fieldErrors, formProps } = useActionForm(screenEntryAction);
  const fields = (
    <ScreeningFields
      key={current ?? "none"}
      entryId={entryId}
      facts={facts}
      initial={checklist ?? { complete: false, oneTitle: false, ...facts }}
      current={current}
      disabled={!open || pending}
      pending={pending}
      fieldErrors={fieldErrors}
    />
  );
  if (current && !open) return state ? <Outcome ok={state.ok} message={state.message} /> : null;
  return (
    <form {...formProps} className="flex flex-col gap-3" noValidate aria-label={t("formLabel")}>
      <input type="hidden" name="entryId" value={entryId} />
      {current ? (
        <details key={current} className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("change")}</summary>
          <div className="mt-3">{fields}</div>
        </details>
      ) : (
        fields
      )}
      {state ? <Outcome ok={state.ok} message={state.message} /> : null}
    </form>
  );
}

function Outcome({ ok, message }: { ok: boolean; message?: string }) {
  if (!message) return null;
  return <Notice tone={ok ? "success" : "error"}>{message}</Notice>;
}

function ScreeningFields({
  entryId,
  facts,
  initial,
  current,
  disabled,
  pending,
  fieldErrors,
}: {
  entryId: string;
  facts: Facts;
  initial: Checklist;
  current: ScreeningDecision | null;
  disabled: boolean;
  pending: boolean;
  fieldErrors: FieldErrors;
}) {
  const t = useTranslations("competitions.screening");
  const ta = useTranslations("competitions.admin");
  const tc = useTranslations("common");
  const [checks, setChecks] = useState<Checklist>(initial);
  const [decision, setDecision] = useState<ScreeningDecision | null>(null);
  const rule = decision
    ? screeningReasonRule({ decision, checklist: checks, computed: facts, previous: current })
    : null;
  const id = (name: string) => `screening-${entryId}-${name}`;
  const decisionError = fieldErrors?.decision;
  const reasonError = fieldErrors?.reason;
  const reasonDescribedBy = [
    rule?.required ? id("reason-hint") : null,
    reasonError ? id("reason-error") : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset disabled={disabled} className="flex min-w-0 flex-col gap-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-semibold">{ta("checklist")}</legend>
        {SCREENING_CHECKS.map((key) => {
          const computed = key === "implementedOneYear" || key === "documents" ? facts[key] : undefined;
          return (
            <label key={key} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={key}
                checked={checks[key]}
                onChange={(e) => setChecks({ ...checks, [key]: e.target.checked })}
                className="mt-1"
              />
              <span>
                {ta(`checks.${key}`)}
                {computed !== undefined ? " " : null}
                {computed !== undefined ? (
                  <span className={`text-xs ${computed ? "text-slate-600" : "font-semibold text-red-800"}`}>
                    ({ta("computed", { value: computed ? tc("yes") : tc("no") })})
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset
        className="flex flex-col gap-1"
        aria-invalid={decisionError ? true : undefined}
        aria-describedby={decisionError ? id("decision-error") : undefined}
      >
        <legend className="text-sm font-semibold">{current ? t("newDecision") : ta("decision")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {SCREENING_DECISIONS.map((d) => (
            <label key={d} className="flex items-center gap-1 text-sm">
              <input
                type="radio"
                name="decision"
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
              />
              {ta(`decisions.${d}`)}
            </label>
          ))}
        </div>
        {decisionError ? (
          <p id={id("decision-error")} className="text-sm text-red-700">
            {decisionError.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {rule?.required && rule.contradiction ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t(`contradiction.${rule.contradiction}`)}
        </p>
      ) : null}
      <label htmlFor={id("reason")} className="text-sm font-semibold">
        {ta("reason")}
        {rule?.required ? <span className="font-normal"> — {t("reasonRequired")}</span> : null}
      </label>
      <textarea
        id={id("reason")}
        name="reason"
        rows={2}
        aria-invalid={reasonError ? true : undefined}
        aria-describedby={reasonDescribedBy || undefined}
        className="rounded border border-slate-300 px-2 py-1"
      />
      {rule?.required ? (
        <p id={id("reason-hint")} className="text-xs text-slate-600">
          {t(`because.${rule.because}`)}
        </p>
      ) : null}
      {reasonError ? (
        <p id={id("reason-error")} className="text-sm text-red-700">
          {reasonError.join(" ")}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={disabled}>
          {pending ? tc("saving") : ta("submitDecision")}
        </Button>
      </div>
    </fieldset>
  );
}
