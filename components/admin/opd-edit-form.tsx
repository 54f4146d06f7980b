"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateOpdAction } from "@/lib/admin/actions/opds";
import { OPD_KINDS } from "@/lib/admin/schemas";
import { useDeactivationConfirm } from "./confirm-deactivation";

type EditableOpd = {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  parentId: string | null;
  active: boolean;
  version: string;
};

export function OpdEditForm({
  opd,
  parents,
}: {
  opd: EditableOpd;
  parents: { id: string; name: string; shortName: string }[];
}) {
  const t = useTranslations();
  const { state, pending, fieldErrors: errors, formProps } = useActionForm(updateOpdAction);
  const { onSubmit, confirmDialog } = useDeactivationConfirm(
    opd.active,
    formProps.onSubmit,
    t("accounts.confirmDeactivateOpd"),
  );
  const version = state?.ok && state.data?.version ? state.data.version : opd.version;
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
      <input type="hidden" name="id" value={opd.id} />
      <input type="hidden" name="version" value={version} />
      <div className="md:col-span-2">
        <TextField
          label={t("admin.opd.name")}
          name="name"
          defaultValue={opd.name}
          errors={errors?.name}
          required
        />
      </div>
      <TextField
        label={t("admin.opd.shortName")}
        name="shortName"
        defaultValue={opd.shortName}
        errors={errors?.shortName}
        required
      />
      <SelectField
        label={t("admin.opd.kind")}
        name="kind"
        defaultValue={opd.kind}
        errors={errors?.kind}
        options={OPD_KINDS.map((k) => ({ value: k, label: t(`opdKinds.${k}`) }))}
      />
      <SelectField
        label={t("admin.opd.parent")}
        name="parentId"
        defaultValue={opd.parentId ?? ""}
        errors={errors?.parentId}
        options={[
          { value: "", label: t("admin.opd.noParent") },
          ...parents.map((p) => ({ value: p.id, label: `${p.shortName} — ${p.name}` })),
        ]}
      />
      <SelectField
        label={t("admin.opd.status")}
        name="active"
        defaultValue={opd.active ? "true" : "false"}
        errors={errors?.active}
        options={[
          { value: "true", label: t("common.active") },
          { value: "false", label: t("common.inactive") },
        ]}
      />
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("accounts.save")}
        </Button>
      </div>
      {confirmDialog}
    </form>
  );
}
