import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("publication.check");
  return { title: t("title") };
}

const STEPS = ["download", "hash", "recompute", "compare"] as const;

/** How anyone can check a published ranking themselves, in plain words; the file format is linked for experts. */
export default async function CheckResultsPage() {
  const t = await getTranslations("publication.check");
  return (
    <article className="flex max-w-3xl flex-col gap-4">
      <Link href="/kompetisi" className="text-brand-700 underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-lg text-slate-700">{t("lead")}</p>
      <ol className="flex list-decimal flex-col gap-3 pl-6">
        {STEPS.map((s) => (
          <li key={s}>
            <h2 className="font-semibold">{t(`steps.${s}.title`)}</h2>
            <p className="text-slate-700">{t(`steps.${s}.text`)}</p>
          </li>
        ))}
      </ol>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="formula">
        <h2 id="formula" className="mb-1 font-semibold">
          {t("formulaTitle")}
        </h2>
        <p className="text-slate-700">{t("formula")}</p>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="format">
        <h2 id="format" className="mb-1 font-semibold">
          {t("formatTitle")}
        </h2>
        <p className="text-slate-700">{t("format")}</p>
        <p className="mt-2">
          <a href="/api/publik/skema-peringkat" className="text-brand-700 underline" download>
            {t("schema")}
          </a>
        </p>
      </section>
    </article>
  );
}
