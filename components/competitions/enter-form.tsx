"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { enterInnovationAction } from "@/lib/competitions/actions/entries";

export function EnterForm({
  competitionId,
  innovations,
  categories,
}: {
  competitionId: string;
  innovations: { id: string; title: string }[];
  categories: { id: string; name: string }[];
}) {
  const t = useTranslations("competitions");
  const { state, pending, fieldErrors, formProps } = useActionForm(enterInnovationAction);
  // Warnings belong to the innovation and category they were computed for: a new choice hides them,
  // so "enter anyway" never confirms warnings the operator has not seen.
  const [staleState, setStaleState] = useState<typeof state>(null);
  const warnings = state?.ok && state !== staleState ? state.data?.warnings : undefined;
  const warningsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (warnings) warningsRef.current?.focus();
  }, [warnings]);
  return (
    <form
      {...formProps}
      className="grid grid-cols-1 gap-3 rounded border border-slate-200 p-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] md:items-end"
      noValidate
      onChange={() => setStaleState(state)}
    >
      <input type="hidden" name="competitionId" value={competitionId} />
      <SelectField
        label={t("register.innovation")}
        name="innovationId"
        id={`innovation-${competitionId}`}
        errors={fieldErrors?.innovationId}
        options={innovations.map((i) => ({ value: i.id, label: i.title }))}
      />
      <SelectField
        label={t("register.category")}
        name="categoryId"
        id={`category-${competitionId}`}
        errors={fieldErrors?.categoryId}
        options={categories.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Button type="submit" disabled={pending}>
        {t("register.submit")}
      </Button>
      {warnings ? (
        <div
          ref={warningsRef}
          tabIndex={-1}
          role="alert"
          data-testid="entry-warnings"
          className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm outline-none md:col-span-3"
        >
          <p className="font-semibold text-amber-900">{t("eligibility.title")}</p>
          <ul className="list-disc pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <p>{t("eligibility.intro")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="confirmed" value="true" disabled={pending}>
              {t("register.confirmEnter")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setStaleState(state)}>
              {t("register.reconsider")}
            </Button>
          </div>
        </div>
      ) : state && !warnings && state !== staleState ? (
        <div className="md:col-span-3">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
