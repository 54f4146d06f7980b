"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { addRegionAction, addRegionAdminAction } from "@/lib/hub/actions";

const FORM = "grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2";

/** The hub adds a kabupaten/kota under its province. */
export function AddRegionForm({ defaultTimeZone }: { defaultTimeZone: "WIB" | "WITA" | "WIT" }) {
  const t = useTranslations();
  const { state, pending, formProps } = useActionForm(addRegionAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className={FORM} noValidate aria-labelledby="add-region">
      <h2 id="add-region" className="text-lg font-semibold md:col-span-2">
        {t("hub.addRegion")}
      </h2>
      {state ? (
        <div className="md:col-span-2">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
      <TextField label={t("hub.regionName")} name="name" errors={errors?.name} required />
      <SelectField
        label={t("hub.regionKind")}
        name="kind"
        errors={errors?.kind}
        options={[
          { value: "KABUPATEN", label: "Kabupaten" },
          { value: "KOTA", label: "Kota" },
        ]}
      />
      <TextField
        label={t("hub.regionCode")}
        hint={t("hub.regionCodeHint")}
        name="code"
        inputMode="numeric"
        errors={errors?.code}
        required
      />
      <SelectField
        label={t("hub.timeZone")}
        name="timeZone"
        errors={errors?.timeZone}
        defaultValue={defaultTimeZone}
        options={["WIB", "WITA", "WIT"].map((z) => ({ value: z, label: z }))}
      />
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("hub.addRegion")}
        </Button>
      </div>
    </form>
  );
}

/** The hub adds a secretariat (ADMIN) account to a region under it. */
export function AddRegionAdminForm({ regionId }: { regionId: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useActionForm(addRegionAdminAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className={FORM} noValidate aria-labelledby="add-admin">
      <h2 id="add-admin" className="text-lg font-semibold md:col-span-2">
        {t("hub.addAdmin")}
      </h2>
      {state ? (
        <div className="flex flex-col gap-2 md:col-span-2">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
          {state.ok && state.data?.link ? (
            <>
              <p className="text-sm">{t("hub.adminLink")}</p>
              <CopyLink link={state.data.link} />
            </>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="regionId" value={regionId} />
      <TextField label={t("hub.adminName")} name="name" errors={errors?.name} required />
      <TextField label={t("hub.adminEmail")} name="email" type="email" errors={errors?.email} required />
      <TextField label={t("hub.adminNip")} name="nip" inputMode="numeric" errors={errors?.nip} />
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("hub.addAdmin")}
        </Button>
      </div>
    </form>
  );
}
