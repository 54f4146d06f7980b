import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RankingTable } from "@/components/publication/ranking-table";
import { Winners } from "@/components/publication/winners";
import { CopyLink } from "@/components/ui/copy-link";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { placeName } from "@/lib/publication/rules/content";
import { parseNumber } from "@/lib/publication/schemas";
import { getPublication, getPublicCompetition } from "@/lib/publication/queries";
import { getZonedFormatter } from "@/lib/time/format";
import { PageSection } from "@/components/ui/page-section";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const [c, t] = await Promise.all([
    getPublicCompetition(db, (await params).id),
    getTranslations("publication.public"),
  ]);
  return { title: c ? t("resultsTitle", { name: c.name }) : undefined };
}

export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nomor?: string | string[] }>;
}) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const c = await getPublicCompetition(db, id);
  if (!c) notFound();
  const number = parseNumber(typeof sp.nomor === "string" ? sp.nomor : null);
  if (number === null) notFound();
  const [p, t, format] = await Promise.all([
    getPublication(db, c.id, number),
    getTranslations("publication.public"),
    getZonedFormatter(c.region.timeZone),
  ]);
  if (number && !p) notFound();
  const fmt = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const back = (
    <Link href={`/kompetisi/${c.id}`} className="text-brand-700 underline">
      ← {c.name}
    </Link>
  );
  if (!p) {
    return (
      <div className="flex flex-col gap-4">
        <div>
          {back}
          <h1 className="mt-2 text-2xl font-bold">{t("resultsTitle", { name: c.name })}</h1>
        </div>
        <Notice>{t("resultsEmpty")}</Notice>
      </div>
    );
  }
  const newer = p.supersededAt ? c.publications.find((x) => x.number === p.number + 1) : undefined;
  const jsonHref = `/api/publik/kompetisi/${c.id}/hasil?nomor=${p.number}`;
  const titles = new Map(p.content.input.entries.map((e) => [e.id, e.title]));
  const upheld = p.content.objections.filter((o) => o.status === "UPHELD").length;
  const rejected = p.content.objections.filter((o) => o.status === "REJECTED").length;
  return (
    <div className="flex flex-col gap-5">
      <div>
        {back}
        <h1 className="mt-2 text-2xl font-bold">{t("resultsTitle", { name: c.name })}</h1>
        <p className="font-medium text-slate-800" data-testid="award-level">
          {t("level", { kind: c.region.kind, place: placeName(c.region.name) })}
        </p>
        <p className="text-slate-700">
          {t("publication", { number: p.number })} ·{" "}
          <span data-testid="published-at">{t("publishedAt", { date: fmt(p.publishedAt) })}</span>
        </p>
      </div>

      {p.supersededAt ? (
        <div
          className="rounded border-2 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950"
          role="status"
          data-testid="superseded"
        >
          <p className="font-semibold">
            {t("superseded", {
              date: fmt(p.supersededAt),
              number: newer?.number ?? p.number + 1,
              reason: newer?.reason ?? "–",
            })}
          </p>
          <Link href={`/kompetisi/${c.id}/hasil`} className="underline">
            {t("viewCurrent")}
          </Link>
        </div>
      ) : null}
      {p.reason ? <Notice>{t("replaces", { number: p.number - 1, reason: p.reason })}</Notice> : null}

      <section
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
        aria-labelledby="hash-title"
      >
        <h2 id="hash-title" className="font-semibold">
          {t("hash")}
        </h2>
        <p className="font-mono text-sm break-all" data-testid="content-hash">
          {p.contentHash}
        </p>
        <CopyLink link={p.contentHash} />
        <p className="text-xs text-slate-600">{t("hashHint")}</p>
        <p>
          <a href={jsonHref} className="text-brand-700 underline">
            {t("json")}
          </a>
        </p>
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="winners">
        <h2 id="winners" className="text-lg font-semibold">
          {t("winners")}
        </h2>
        <Winners
          content={p.content}
          certificateHref={(entryId) => `/kompetisi/${c.id}/hasil/piagam/${entryId}?nomor=${p.number}`}
        />
      </section>

      <PageSection id="ranking-title" title={t("ranking")}>
        <RankingTable content={p.content} caption={t("publication", { number: p.number })} />
        <p className="text-sm text-slate-700">
          {t("verify")}{" "}
          <Link href="/kompetisi/cara-memeriksa" className="text-brand-700 underline">
            {t("verifyLink")}
          </Link>
        </p>
      </PageSection>

      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="objections">
        <h2 id="objections" className="mb-1 font-semibold">
          {t("objections")}
        </h2>
        <p className="text-sm">
          {p.content.objections.length
            ? t("objectionsSummary", { total: p.content.objections.length, upheld, rejected })
            : t("objectionsNone")}
        </p>
        {p.content.objections.length ? (
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {p.content.objections.map((o) => (
              <li key={o.reference}>
                <span className="font-mono">{o.reference}</span> · {titles.get(o.entryId) ?? "–"} ·{" "}
                {t(`objectionStatus.${o.status}`)}
                {o.consequence === "DISQUALIFY" ? ` · ${t("objectionDisqualified")}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {c.publications.length > 1 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="history">
          <h2 id="history" className="mb-2 font-semibold">
            {t("history")}
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {c.publications.map((x) => (
              <li key={x.number}>
                <Link
                  href={`/kompetisi/${c.id}/hasil?nomor=${x.number}`}
                  className="text-brand-700 underline"
                  aria-current={x.number === p.number ? "page" : undefined}
                >
                  {t("publication", { number: x.number })}
                </Link>{" "}
                · {fmt(x.publishedAt)} · {x.supersededAt ? t("historySuperseded") : t("historyCurrent")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
