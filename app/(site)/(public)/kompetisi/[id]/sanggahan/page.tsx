import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicSummary } from "@/components/objections/public-summary";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { NO_JS_CODES } from "@/lib/objections/rules/no-js";
import { publicObjectionPage } from "@/lib/objections/queries";
import { getZonedFormatter } from "@/lib/time/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ galat?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("objections.public");
  return { title: t("summary") };
}

/** Public: the objection window of a competition, its shortlist with a way to object, and every outcome. */
export default async function PublicObjectionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { galat } = await searchParams;
  const page = await publicObjectionPage(db, id);
  if (!page) notFound();
  const [t, format] = await Promise.all([
    getTranslations("objections"),
    getZonedFormatter(page.competition.timeZone),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const open = page.state === "OPEN";
  const error = NO_JS_CODES.find((c) => c === galat);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("public.title", { name: page.competition.name })}</h1>
        <p className="max-w-3xl text-slate-700">{t("public.intro")}</p>
        {page.window ? (
          <p className="font-medium">
            {t("public.window", { startsAt: when(page.window.startsAt), endsAt: when(page.window.endsAt) })}
          </p>
        ) : null}
        <Notice tone={open ? "success" : "info"}>{t(`public.state.${page.state}`)}</Notice>
        {error ? <Notice tone="error">{t(`noJs.${error}`)}</Notice> : null}
      </header>

      <section aria-labelledby="daftar-pendek" className="flex flex-col gap-3">
        <h2 id="daftar-pendek" className="text-xl font-semibold">
          {t("public.shortlist")}
        </h2>
        {page.shortlist.length === 0 ? (
          <p className="text-slate-600">{t("public.noShortlist")}</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {page.shortlist.map((e) => (
              <li key={e.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold">{e.innovation.title}</p>
                <p className="text-sm text-slate-600">
                  {e.innovation.opd.name} · {e.category.name}
                </p>
                {open ? (
                  <Link
                    href={`/kompetisi/${page.competition.id}/sanggahan/ajukan/${e.id}`}
                    className="self-start rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
                    aria-label={t("public.fileAgainst", { title: e.innovation.title })}
                  >
                    {t("public.file")}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ringkasan" className="flex flex-col gap-3">
        <h2 id="ringkasan" className="text-xl font-semibold">
          {t("public.summary")}
        </h2>
        <p className="text-sm text-slate-600">{t("public.summaryNote")}</p>
        <PublicSummary rows={page.summary} zone={page.competition.timeZone} />
      </section>
    </div>
  );
}
