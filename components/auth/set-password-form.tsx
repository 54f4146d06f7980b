"use client";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { setPasswordAction } from "@/lib/accounts/actions";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("setup");
  const { state, pending, formProps } = useActionForm(setPasswordAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="mt-6 flex flex-col gap-4" noValidate>
      {state && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
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
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
