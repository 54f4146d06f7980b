"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { enterInnovationAction } from "@/lib/competitions/actions";

export function EnterForm({
  competitionId,
  innovations,
  categories,
}: {
  competitionId: string;
  innovations: { id: string; title: string }[];
  categories: { id: string; name: string }[];
}) {
  const t = useTranslations("competitions.register");
  const { state, pending, fieldErrors, formProps } = useActionForm(enterInnovationAction);
  return (
    <form
      {...formProps}
      className="grid grid-cols-1 gap-3 rounded border border-slate-200 p-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] md:items-end"
      noValidate
    >
      <input type="hidden" name="competitionId" value={competitionId} />
      <SelectField
        label={t("innovation")}
        name="innovationId"
        id={`innovation-${competitionId}`}
        errors={fieldErrors?.innovationId}
        options={innovations.map((i) => ({ value: i.id, label: i.title }))}
      />
      <SelectField
        label={t("category")}
        name="categoryId"
        id={`category-${competitionId}`}
        errors={fieldErrors?.categoryId}
        options={categories.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
      {state ? (
        <div className="md:col-span-3">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
