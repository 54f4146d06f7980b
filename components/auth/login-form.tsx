"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { loginAction, type LoginState } from "@/lib/auth/actions";

/** Posts to a server action: without JavaScript too, so the password never travels in an address. */
/**
 * A success notice above the form: after setting a password, after the first-run setup created the region and its
 * secretariat, or after signing out on every device.
 */
export type LoginNotice = "passwordSet" | "installed" | "signedOutEverywhere" | null;

export function LoginForm({ notice }: { notice: LoginNotice }) {
  const t = useTranslations("login");
  const tSetup = useTranslations("setup");
  const tInstall = useTranslations("install");
  const tAccount = useTranslations("account");
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, null);

  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form action={formAction} className="mt-6 flex flex-col gap-4" noValidate>
        {notice && !state ? (
          <Notice tone="success">
            {notice === "passwordSet"
              ? tSetup("done")
              : notice === "installed"
                ? tInstall("done")
                : tAccount("signedOutEverywhere")}
          </Notice>
        ) : null}
        {state ? (
          <Notice tone="error">{state.error === "limited" ? t("limited") : t("invalid")}</Notice>
        ) : null}
        <TextField
          label={t("identifier")}
          name="identifier"
          hint={t("identifierHint")}
          autoComplete="username"
          defaultValue={state?.identifier}
          required
        />
        <TextField
          label={t("password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      <p className="mt-4 text-sm">
        <Link href="/lupa-kata-sandi" className="text-blue-700 underline">
          {t("forgot")}
        </Link>
      </p>
    </div>
  );
}
