"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { createInnovationAction } from "@/lib/innovations/actions";

export function NewInnovationForm() {
  const t = useTranslations("innovations");
  const { state, pending, fieldErrors, formProps } = useActionForm(createInnovationAction);
  return (
    <form
      {...formProps}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      {state && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
      <TextField label={t("titleLabel")} name="title" errors={fieldErrors?.title} required maxLength={200} />
      <div>
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
