"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { forgotPasswordAction, type ForgotState } from "@/lib/auth/actions";

export function ForgotPasswordForm() {
  const t = useTranslations("forgot");
  const [state, formAction, pending] = useActionState<ForgotState, FormData>(forgotPasswordAction, null);
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-700">{t("intro")}</p>
      <form action={formAction} className="mt-6 flex flex-col gap-4" noValidate>
        {state?.ok ? <Notice tone="success">{state.message}</Notice> : null}
        {state && !state.ok && !state.fieldErrors ? <Notice tone="error">{state.message}</Notice> : null}
        <TextField
          label={t("identifier")}
          name="identifier"
          hint={t("identifierHint")}
          autoComplete="username"
          defaultValue={state?.identifier}
          errors={state && !state.ok ? state.fieldErrors?.identifier : undefined}
          required
        />
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      <p className="mt-4 text-sm">
        <Link href="/masuk" className="text-blue-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
