import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("text")}</p>
      <Link href="/dasbor" className="mt-4 inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
