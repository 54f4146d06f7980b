"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateRegionProfileAction } from "@/lib/region/actions";
import { DEFAULT_CERTIFICATE_PATTERN, DEFAULT_MINUTES_PATTERN } from "@/lib/publication/rules/numbering";
import { REGION_KINDS, TIME_ZONES } from "@/lib/install/schemas";

export type ProfileFormValues = {
  id: string;
  updatedAt: string;
  name: string;
  kind: string;
  province: string | null;
  address: string | null;
  website: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  timeZone: string;
  secretariatUnit: string | null;
  headName: string | null;
  headNip: string | null;
  headTitle: string | null;
  secretaryName: string | null;
  secretaryNip: string | null;
  secretaryTitle: string | null;
  secretaryRank: string | null;
  minutesNumberPattern: string | null;
  certificateNumberPattern: string | null;
  logoUrl: string | null;
};

const sectionClass = "grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2";
const legendClass = "px-1 text-lg font-semibold";

export function RegionProfileForm({ profile }: { profile: ProfileFormValues }) {
  const t = useTranslations("region");
  const ti = useTranslations("install");
  const { state, pending, fieldErrors: errors, formProps } = useActionForm(updateRegionProfileAction);
  const [removeLogo, setRemoveLogo] = useState(false);
  const v = (s: string | null) => s ?? "";

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    if (removeLogo && !window.confirm(t("confirmRemoveLogo"))) {
      e.preventDefault();
      return;
    }
    formProps.onSubmit(e);
  }

  const stale = state && !state.ok && state.message === t("stale");
  return (
    <form
      {...formProps}
      onSubmit={onSubmit}
      className="flex flex-col gap-6"
      encType="multipart/form-data"
      noValidate
    >
      {state ? (
        <Notice tone={state.ok ? "success" : "error"}>
          {state.message}{" "}
          {stale ? (
            <button type="button" className="font-medium underline" onClick={() => window.location.reload()}>
              {t("reload")}
            </button>
          ) : null}
        </Notice>
      ) : null}
      <input type="hidden" name="regionId" value={profile.id} />
      <input type="hidden" name="updatedAt" value={profile.updatedAt} />
      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("identitySection")}</legend>
        <TextField
          label={t("name")}
          name="name"
          defaultValue={profile.name}
          hint={t("nameHint")}
          errors={errors?.name}
          required
        />
        <SelectField
          label={t("kind")}
          name="kind"
          defaultValue={profile.kind}
          options={REGION_KINDS.map((k) => ({ value: k, label: ti(`kinds.${k}`) }))}
          errors={errors?.kind}
        />
        <TextField
          label={t("province")}
          name="province"
          defaultValue={v(profile.province)}
          hint={t("provinceHint")}
          errors={errors?.province}
        />
        <SelectField
          label={t("timeZone")}
          name="timeZone"
          defaultValue={profile.timeZone}
          options={TIME_ZONES.map((z) => ({ value: z, label: ti(`timeZones.${z}`) }))}
          errors={errors?.timeZone}
        />
        <TextField
          label={t("secretariatUnit")}
          name="secretariatUnit"
          defaultValue={v(profile.secretariatUnit)}
          hint={t("secretariatUnitHint")}
          errors={errors?.secretariatUnit}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("contactSection")}</legend>
        <div className="md:col-span-2">
          <TextField
            label={t("address")}
            name="address"
            defaultValue={v(profile.address)}
            errors={errors?.address}
          />
        </div>
        <TextField
          label={t("phone")}
          name="phone"
          type="tel"
          defaultValue={v(profile.phone)}
          hint={t("phoneHint")}
          errors={errors?.phone}
        />
        <TextField
          label={t("fax")}
          name="fax"
          type="tel"
          defaultValue={v(profile.fax)}
          errors={errors?.fax}
        />
        <TextField
          label={t("email")}
          name="email"
          type="email"
          defaultValue={v(profile.email)}
          errors={errors?.email}
        />
        <TextField
          label={t("website")}
          name="website"
          type="url"
          defaultValue={v(profile.website)}
          hint={t("websiteHint")}
          errors={errors?.website}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("headSection")}</legend>
        <TextField
          label={t("headName")}
          name="headName"
          defaultValue={v(profile.headName)}
          errors={errors?.headName}
        />
        <TextField
          label={t("headTitle")}
          name="headTitle"
          defaultValue={v(profile.headTitle)}
          hint={t("headTitleHint")}
          errors={errors?.headTitle}
        />
        <TextField
          label={t("headNip")}
          name="headNip"
          inputMode="numeric"
          defaultValue={v(profile.headNip)}
          hint={t("headNipHint")}
          errors={errors?.headNip}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("secretarySection")}</legend>
        <TextField
          label={t("secretaryName")}
          name="secretaryName"
          defaultValue={v(profile.secretaryName)}
          errors={errors?.secretaryName}
        />
        <TextField
          label={t("secretaryNip")}
          name="secretaryNip"
          inputMode="numeric"
          defaultValue={v(profile.secretaryNip)}
          hint={t("nipHint")}
          errors={errors?.secretaryNip}
        />
        <TextField
          label={t("secretaryTitle")}
          name="secretaryTitle"
          defaultValue={v(profile.secretaryTitle)}
          hint={t("secretaryTitleHint")}
          errors={errors?.secretaryTitle}
        />
        <TextField
          label={t("secretaryRank")}
          name="secretaryRank"
          defaultValue={v(profile.secretaryRank)}
          hint={t("secretaryRankHint")}
          errors={errors?.secretaryRank}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("numberingSection")}</legend>
        <p className="text-sm text-slate-700 md:col-span-2">{t("numberingHelp")}</p>
        <TextField
          label={t("minutesNumberPattern")}
          name="minutesNumberPattern"
          defaultValue={v(profile.minutesNumberPattern)}
          placeholder={DEFAULT_MINUTES_PATTERN}
          hint={t("numberPatternHint", { example: DEFAULT_MINUTES_PATTERN })}
          errors={errors?.minutesNumberPattern}
        />
        <TextField
          label={t("certificateNumberPattern")}
          name="certificateNumberPattern"
          defaultValue={v(profile.certificateNumberPattern)}
          placeholder={DEFAULT_CERTIFICATE_PATTERN}
          hint={t("numberPatternHint", { example: DEFAULT_CERTIFICATE_PATTERN })}
          errors={errors?.certificateNumberPattern}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("logoSection")}</legend>
        <div className="flex flex-col gap-2">
          <p className="text-sm font-medium text-slate-800">{t("currentLogo")}</p>
          {profile.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small uploaded image served by our own route
            <img
              src={profile.logoUrl}
              alt={t("currentLogo")}
              className="h-24 w-24 rounded border border-slate-200 object-contain"
              data-testid="logo-preview"
            />
          ) : (
            <p className="text-sm text-slate-600">{t("noLogo")}</p>
          )}
          {profile.logoUrl ? (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="removeLogo"
                checked={removeLogo}
                onChange={(e) => setRemoveLogo(e.target.checked)}
              />
              {t("removeLogo")}
            </label>
          ) : null}
        </div>
        <TextField
          label={t("logo")}
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          hint={t("logoHint")}
          errors={errors?.logo}
        />
      </fieldset>

      <div>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
