"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { installAction } from "@/lib/install/actions";
import { REGION_KINDS, TIME_ZONES } from "@/lib/install/schemas";

export function InstallForm({ token }: { token: string }) {
  const t = useTranslations("install");
  const { state, pending, formProps } = useActionForm(installAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="mt-6 flex flex-col gap-6" encType="multipart/form-data" noValidate>
      {state && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="token" value={token} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("regionSection")}</legend>
        <TextField
          label={t("regionName")}
          name="regionName"
          hint={t("regionNameHint")}
          errors={errors?.regionName}
          required
        />
        <SelectField
          label={t("kind")}
          name="kind"
          defaultValue="KABUPATEN"
          options={REGION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          errors={errors?.kind}
        />
        <TextField label={t("province")} name="province" hint={t("provinceHint")} errors={errors?.province} />
        <TextField label={t("code")} name="code" hint={t("codeHint")} errors={errors?.code} />
        <TextField label={t("address")} name="address" errors={errors?.address} />
        <TextField
          label={t("website")}
          name="website"
          type="url"
          hint={t("websiteHint")}
          errors={errors?.website}
        />
        <SelectField
          label={t("timeZone")}
          name="timeZone"
          defaultValue="WIB"
          options={TIME_ZONES.map((z) => ({ value: z, label: t(`timeZones.${z}`) }))}
          errors={errors?.timeZone}
        />
        <TextField
          label={t("logo")}
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          hint={t("logoHint")}
          errors={errors?.logo}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("adminSection")}</legend>
        <TextField
          label={t("adminName")}
          name="adminName"
          autoComplete="name"
          errors={errors?.adminName}
          required
        />
        <TextField
          label={t("adminEmail")}
          name="adminEmail"
          type="email"
          autoComplete="email"
          errors={errors?.adminEmail}
          required
        />
        <TextField
          label={t("adminNip")}
          name="adminNip"
          inputMode="numeric"
          hint={t("adminNipHint")}
          errors={errors?.adminNip}
        />
        <TextField
          label={t("password")}
          name="password"
          type="password"
          autoComplete="new-password"
          errors={errors?.password}
          required
        />
        <TextField
          label={t("confirm")}
          name="confirm"
          type="password"
          autoComplete="new-password"
          errors={errors?.confirm}
          required
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
