import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StageSchedule } from "@/components/competitions/stage-schedule";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { getPublicCompetition } from "@/lib/publication/queries";
import { getZonedFormatter } from "@/lib/time/format";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const c = await getPublicCompetition(db, (await params).id);
  return { title: c?.name };
}

export default async function CompetitionOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await getPublicCompetition(db, id);
  if (!c) notFound();
  const [t, format] = await Promise.all([
    getTranslations("publication.public"),
    getZonedFormatter(c.region.timeZone),
  ]);
  const now = new Date();
  const fmt = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const objection = c.stages.find((s) => s.kind === "OBJECTION");
  const objectionOpen = objection && objection.startsAt <= now && now < objection.endsAt;
  const latest = c.publications[0];
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href="/kompetisi" className="text-brand-700 underline">
          ← {t("allCompetitions")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{c.name}</h1>
        <p className="text-slate-600">
          {c.region.name} · {t("year", { year: c.year })}
        </p>
      </div>
      {latest ? (
        <Notice tone="success">{t("statusPublished", { date: fmt(latest.publishedAt) })}</Notice>
      ) : objectionOpen ? (
        <Notice>{t("objectionOpenNotice", { end: fmt(objection.endsAt) })}</Notice>
      ) : null}
      <nav aria-label={t("links")} className="flex flex-wrap gap-2">
        {latest ? (
          <Link
            href={`/kompetisi/${c.id}/hasil`}
            className="rounded bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700"
          >
            {t("viewResults")}
          </Link>
        ) : null}
        {objectionOpen && !latest ? (
          <Link
            href={`/kompetisi/${c.id}/sanggahan`}
            className="rounded bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700"
          >
            {t("fileObjection")}
          </Link>
        ) : null}
      </nav>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="stages">
        <h2 id="stages" className="mb-2 text-lg font-semibold">
          {t("stages")}
        </h2>
        <StageSchedule stages={c.stages} now={now} zone={c.region.timeZone} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="categories">
        <h2 id="categories" className="mb-2 text-lg font-semibold">
          {t("categories")}
        </h2>
        <ul className="flex flex-col gap-3">
          {c.categories.map((k) => (
            <li key={k.code}>
              <p className="font-medium">{k.name}</p>
              {k.quota !== null ? (
                <p className="text-sm text-slate-600">{t("quota", { quota: k.quota })}</p>
              ) : null}
              <p className="text-sm text-slate-600">
                {k.awardLabels.length ? t("awards", { labels: k.awardLabels.join(", ") }) : t("noAwards")}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
