"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { setPasswordAction } from "@/lib/accounts/set-password-action";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("setup");
  const [state, formAction, pending] = useActionState(setPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="mt-6 flex flex-col gap-4" noValidate>
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
      <TextField label={t("confirm")} name="confirm" type="password" autoComplete="new-password" errors={errors?.confirm} required />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
