"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { createCompetitionAction } from "@/lib/competitions/actions/setup";

export function CreateCompetitionForm({
  sources,
  year,
}: {
  sources: { id: string; name: string }[];
  year: number;
}) {
  const t = useTranslations("competitions.admin");
  const { state, pending, fieldErrors, formProps } = useActionForm(createCompetitionAction);
  return (
    <form
      {...formProps}
      className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      {state && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
      <TextField
        label={t("name")}
        name="name"
        defaultValue={`Kompetisi Inovasi Daerah ${year}`}
        errors={fieldErrors?.name}
        required
      />
      <TextField
        label={t("year")}
        name="year"
        type="number"
        defaultValue={year}
        errors={fieldErrors?.year}
        required
      />
      <TextField
        label={t("registrationStartsAt")}
        name="registrationStartsAt"
        type="date"
        errors={fieldErrors?.registrationStartsAt}
        required
      />
      <SelectField
        label={t("copyFrom")}
        name="copyFrom"
        hint={t("createHint")}
        errors={fieldErrors?.copyFrom}
        options={[
          { value: "", label: t("template") },
          ...sources.map((s) => ({ value: s.id, label: t("copyOf", { name: s.name }) })),
        ]}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
