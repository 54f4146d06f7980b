"use client";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { createUserAction } from "@/lib/admin/actions/users";
import type { ROLES } from "@/lib/admin/schemas";

export function UserCreateForm({
  opds,
  roles,
}: {
  opds: { id: string; name: string }[];
  roles: readonly (typeof ROLES)[number][];
}) {
  const t = useTranslations();
  const { state, pending, formProps } = useActionForm(createUserAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      {...formProps}
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2"
      noValidate
    >
      <h2 className="text-lg font-semibold md:col-span-2">{t("admin.users.create")}</h2>
      {state ? (
        <div className="flex flex-col gap-2 md:col-span-2">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
          {state.ok && state.data?.link ? <CopyLink link={state.data.link} /> : null}
        </div>
      ) : null}
      <TextField label={t("admin.users.name")} name="name" errors={errors?.name} required />
      <TextField label={t("admin.users.email")} name="email" type="email" errors={errors?.email} required />
      <TextField label={t("admin.users.nip")} name="nip" inputMode="numeric" errors={errors?.nip} />
      <SelectField
        label={t("admin.users.role")}
        name="role"
        errors={errors?.role}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        defaultValue="OPD_OPERATOR"
      />
      <SelectField
        label={t("admin.users.opd")}
        name="opdId"
        errors={errors?.opdId}
        options={[
          { value: "", label: t("admin.users.selectOpd") },
          ...opds.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("admin.users.create")}
        </Button>
      </div>
    </form>
  );
}
