"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function LoginForm({ passwordSet }: { passwordSet: boolean }) {
  const t = useTranslations("login");
  const tSetup = useTranslations("setup");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", {
        identifier: String(form.get("identifier") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (res?.ok && !res.error) {
        router.replace("/dasbor");
        router.refresh();
        return;
      }
      setError(res?.error === "RATE_LIMITED" ? t("limited") : t("invalid"));
    } catch {
      setError(t("failed"));
    }
    setPending(false);
  }

  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form onSubmit={(e) => void onSubmit(e)} className="mt-6 flex flex-col gap-4" noValidate>
        {passwordSet ? <Notice tone="success">{tSetup("done")}</Notice> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        <TextField
          label={t("identifier")}
          name="identifier"
          hint={t("identifierHint")}
          autoComplete="username"
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
    </div>
  );
}
