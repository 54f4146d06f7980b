import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { findUsableToken } from "@/lib/auth/setup-token";
import { db } from "@/lib/db";

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tLogin] = await Promise.all([getTranslations("setup"), getTranslations("login")]);
  const row = await findUsableToken(db, token);
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {row ? (
        <>
          <p className="mt-2 text-sm text-slate-700">
            {t("intro", { name: row.user.name, email: row.user.email })}
          </p>
          <SetPasswordForm token={token} />
        </>
      ) : (
        <div className="mt-4">
          <Notice tone="error">{t("invalidLink")}</Notice>
          <p className="mt-4 text-sm">
            <Link href="/lupa-kata-sandi" className="text-blue-700 underline">
              {tLogin("forgot")}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
