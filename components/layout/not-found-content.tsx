import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NotFoundContent() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("text")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
