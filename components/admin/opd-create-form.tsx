"use client";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { createOpdAction } from "@/lib/admin/actions/opds";
import { OPD_KINDS } from "@/lib/admin/schemas";

export function OpdCreateForm({ parents }: { parents: { id: string; name: string }[] }) {
  const t = useTranslations();
  const { state, pending, formProps } = useActionForm(createOpdAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      {...formProps}
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2"
      noValidate
    >
      <h2 className="text-lg font-semibold md:col-span-2">{t("admin.opd.create")}</h2>
      {state ? (
        <div className="md:col-span-2">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
      <TextField label={t("admin.opd.name")} name="name" errors={errors?.name} required />
      <TextField label={t("admin.opd.shortName")} name="shortName" errors={errors?.shortName} required />
      <SelectField
        label={t("admin.opd.kind")}
        name="kind"
        errors={errors?.kind}
        options={OPD_KINDS.map((k) => ({ value: k, label: t(`opdKinds.${k}`) }))}
      />
      <SelectField
        label={t("admin.opd.parent")}
        name="parentId"
        errors={errors?.parentId}
        options={[
          { value: "", label: t("admin.opd.noParent") },
          ...parents.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("admin.opd.create")}
        </Button>
      </div>
    </form>
  );
}
