"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { decideObjectionAction } from "@/lib/objections/actions";
import { OUTCOMES, type Outcome } from "@/lib/objections/schemas";

/** The secretariat's decision on one objection; a disqualification needs an explicit confirmation. */
export function DecideForm({ objectionId, reference }: { objectionId: string; reference: string }) {
  const t = useTranslations("objections.admin.decide");
  const { state, pending, fieldErrors, formProps } = useActionForm(decideObjectionAction);
  const [outcome, setOutcome] = useState<Outcome>("DISMISS");
  const id = (k: string) => `${k}-${objectionId}`;
  return (
    <form
      {...formProps}
      className="flex flex-col gap-3 border-t border-slate-200 pt-3"
      noValidate
      aria-label={`${t("legend")} ${reference}`}
    >
      <input type="hidden" name="objectionId" value={objectionId} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-semibold">{t("legend")}</legend>
        {OUTCOMES.map((o) => (
          <label key={o} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="outcome"
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            {t(o)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={id("reason")} className="text-sm font-semibold">
        {t("reason")}
      </label>
      <textarea
        id={id("reason")}
        name="reason"
        rows={3}
        aria-invalid={fieldErrors?.reason ? true : undefined}
        aria-describedby={fieldErrors?.reason ? id("reason-error") : undefined}
        className="rounded border border-slate-300 px-2 py-1"
      />
      {fieldErrors?.reason ? (
        <p id={id("reason-error")} role="alert" className="text-sm text-red-700">
          {fieldErrors.reason.join(" ")}
        </p>
      ) : null}
      {/* Always rendered, so the confirmation also works without JavaScript; highlighted when it matters. */}
      <div
        className={
          outcome === "DISQUALIFY"
            ? "rounded border border-red-300 bg-red-50 p-3"
            : "rounded border border-slate-200 p-3"
        }
      >
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="confirmDisqualify"
            className="mt-1"
            aria-describedby={fieldErrors?.confirmDisqualify ? id("confirm-error") : undefined}
          />
          {t("confirmDisqualify")}
        </label>
        {fieldErrors?.confirmDisqualify ? (
          <p id={id("confirm-error")} role="alert" className="text-sm text-red-700">
            {fieldErrors.confirmDisqualify.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" variant={outcome === "DISQUALIFY" ? "danger" : "primary"} disabled={pending}>
          {t("submit")}
        </Button>
      </div>
      {state && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
    </form>
  );
}
