"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveMailPreferencesAction } from "@/lib/notifications/actions";
import { MAIL_CATEGORIES, type MailCategory } from "@/lib/notifications/rules/mail-categories";

/** Checkboxes of the mail categories a user may switch off; a ticked box keeps the category's mail on. */
export function MailPreferencesForm({ optOut }: { optOut: MailCategory[] }) {
  const t = useTranslations("mailPrefs");
  const { state, pending, fieldErrors, formProps } = useActionForm(saveMailPreferencesAction);
  const error = fieldErrors?.on?.[0] ?? fieldErrors?.["on.0"]?.[0];
  return (
    <form {...formProps} className="flex flex-col gap-3" noValidate>
      {state?.ok ? <Notice tone="success">{state.message}</Notice> : null}
      {state && !state.ok ? <Notice tone="error">{error ?? state.message}</Notice> : null}
      <input type="hidden" name="surel" value="1" />
      <fieldset className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
        {MAIL_CATEGORIES.map((c) => (
          <label key={c} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="on"
              value={c}
              defaultChecked={!optOut.includes(c)}
              className="mt-1 size-4 shrink-0"
              aria-describedby={`surel-${c}-hint`}
            />
            <span>
              <span className="font-medium">{t(`categories.${c}.label`)}</span>
              <span id={`surel-${c}-hint`} className="block text-slate-600">
                {t(`categories.${c}.hint`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-slate-600">{t("essential")}</p>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
