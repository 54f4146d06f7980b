import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { STAGE_KINDS } from "@/lib/competitions/rules/stages";
import { db } from "@/lib/db";
import { currentCompetitionTimeline } from "@/lib/home/queries";
import { currentRegion } from "@/lib/region/queries/current";
import { getZonedFormatter } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

const SECTIONS = ["programme", "timeline", "register", "scoring", "faq"] as const;
const REGISTER_STEPS = ["s1", "s2", "s3", "s4", "s5"] as const;
const FAQ = [1, 2, 3, 4, 5, 6] as const;

/** The help page: server-rendered text, the current competition's stages when one is running. */
export default async function HelpPage() {
  const [t, tc, format, region] = await Promise.all([
    getTranslations("help"),
    getTranslations("competitions"),
    getZonedFormatter(),
    currentRegion(),
  ]);
  const { running, published } = region
    ? await currentCompetitionTimeline(db, region.id)
    : { running: null, published: null };
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const h2 = "scroll-mt-4 text-xl font-semibold";
  return (
    <article className="flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
        <nav aria-label={t("contents")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`} className="text-brand-700 underline">
                  {t(`${s}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <section aria-labelledby="programme" className="flex flex-col gap-2">
        <h2 id="programme" className={h2}>
          {t("programme.title")}
        </h2>
        <p>{t("programme.p1")}</p>
        <p>{t("programme.p2")}</p>
        <p>{t("programme.p3")}</p>
      </section>

      <section aria-labelledby="timeline" className="flex flex-col gap-2" data-testid="help-timeline">
        <h2 id="timeline" className={h2}>
          {t("timeline.title")}
        </h2>
        {running && running.stages.length ? (
          <>
            <p>{t("timeline.current", { name: running.name })}</p>
            <ol className="flex flex-col gap-2 border-l-2 border-brand-200 pl-4">
              {running.stages.map((s) => (
                <li key={s.kind}>
                  <span className="font-semibold">{tc(`stages.${s.kind}`)}</span>{" "}
                  <span className="text-sm text-slate-600">
                    {t("timeline.range", { start: day(s.startsAt), end: day(s.endsAt) })}
                  </span>
                  <p className="text-sm text-slate-700">{t(`timeline.steps.${s.kind}`)}</p>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <>
            <p>{t("timeline.usual")}</p>
            <ol className="flex flex-col gap-2 border-l-2 border-brand-200 pl-4">
              {STAGE_KINDS.map((kind) => (
                <li key={kind}>
                  <span className="font-semibold">{tc(`stages.${kind}`)}</span>
                  <p className="text-sm text-slate-700">{t(`timeline.steps.${kind}`)}</p>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="register" className="flex flex-col gap-2">
        <h2 id="register" className={h2}>
          {t("register.title")}
        </h2>
        <ol className="list-decimal pl-5">
          {REGISTER_STEPS.map((s) => (
            <li key={s} className="py-0.5">
              {t(`register.${s}`)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="scoring" className="flex flex-col gap-2">
        <h2 id="scoring" className={h2}>
          {t("scoring.title")}
        </h2>
        <p>{t("scoring.p1")}</p>
        <p>{t("scoring.p2")}</p>
        <p>{t("scoring.p3")}</p>
        <p>
          {published ? (
            <Link href={`/kompetisi/${published.id}/hasil`} className="text-brand-700 underline">
              {t("scoring.results")}: {published.name}
            </Link>
          ) : (
            <Link href="/kompetisi" className="text-brand-700 underline">
              {t("scoring.competitions")}
            </Link>
          )}
        </p>
      </section>

      <section aria-labelledby="faq" className="flex flex-col gap-2">
        <h2 id="faq" className={h2}>
          {t("faq.title")}
        </h2>
        {FAQ.map((n) => (
          <details key={n} className="rounded border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-medium">{t(`faq.q${n}`)}</summary>
            <p className="mt-2 text-slate-700">{t(`faq.a${n}`)}</p>
          </details>
        ))}
      </section>

      <p className="text-sm text-slate-600">{t("contact")}</p>
    </article>
  );
}
