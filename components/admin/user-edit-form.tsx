"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateUserAction } from "@/lib/admin/actions/users";
import type { ROLES } from "@/lib/admin/schemas";
import { useDeactivationConfirm } from "./confirm-deactivation";

type EditableUser = {
  id: string;
  name: string;
  email: string;
  nip: string | null;
  role: string;
  opdId: string | null;
  active: boolean;
  version: string;
};

export function UserEditForm({
  user,
  opds,
  roles,
}: {
  user: EditableUser;
  opds: { id: string; name: string; shortName: string }[];
  roles: readonly (typeof ROLES)[number][];
}) {
  const t = useTranslations();
  const { state, pending, fieldErrors: errors, formProps } = useActionForm(updateUserAction);
  const { onSubmit, confirmDialog } = useDeactivationConfirm(
    user.active,
    formProps.onSubmit,
    t("accounts.confirmDeactivateUser"),
  );
  const version = state?.ok && state.data?.version ? state.data.version : user.version;
  return (
    <form
      {...formProps}
      onSubmit={onSubmit}
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2"
      noValidate
    >
      {state ? (
        <div className="md:col-span-2">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={version} />
      <TextField
        label={t("admin.users.name")}
        name="name"
        defaultValue={user.name}
        errors={errors?.name}
        required
      />
      <TextField
        label={t("admin.users.email")}
        name="email"
        type="email"
        defaultValue={user.email}
        errors={errors?.email}
        required
      />
      <TextField
        label={t("admin.users.nip")}
        name="nip"
        inputMode="numeric"
        defaultValue={user.nip ?? ""}
        errors={errors?.nip}
      />
      <SelectField
        label={t("admin.users.role")}
        name="role"
        defaultValue={user.role}
        errors={errors?.role}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <SelectField
        label={t("admin.users.opd")}
        name="opdId"
        defaultValue={user.opdId ?? ""}
        errors={errors?.opdId}
        hint={t("accounts.mutationHint")}
        options={[
          { value: "", label: t("admin.users.selectOpd") },
          ...opds.map((o) => ({ value: o.id, label: `${o.shortName} — ${o.name}` })),
        ]}
      />
      <SelectField
        label={t("admin.users.status")}
        name="active"
        defaultValue={user.active ? "true" : "false"}
        errors={errors?.active}
        options={[
          { value: "true", label: t("common.active") },
          { value: "false", label: t("common.inactive") },
        ]}
      />
      <p className="text-xs text-slate-600 md:col-span-2">{t("accounts.sessionsHint")}</p>
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("accounts.save")}
        </Button>
      </div>
      {confirmDialog}
    </form>
  );
}
