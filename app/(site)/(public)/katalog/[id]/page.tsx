import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SdgBadges } from "@/components/catalog/sdg-badges";
import { sdgName } from "@/lib/reference";
import { VideoEmbed } from "@/components/catalog/video-embed";
import { FeedbackForm, PublicComments } from "@/components/feedback/feedback-form";
import { db } from "@/lib/db";
import { getPublicInnovation, type PublicInnovation } from "@/lib/catalog/queries/innovation";
import { PUBLIC_SECTIONS } from "@/lib/catalog/rules/innovation-sections";
import { videoEmbedUrl } from "@/lib/catalog/rules/video";
import { listPublicComments } from "@/lib/feedback/queries";
import { absoluteUrl } from "@/lib/http/site-url";
import { implementationAge } from "@/lib/innovations/rules/form/implementation-age";
import { getZonedFormatter } from "@/lib/time/format";

type Props = {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

const excerpt = (text: string, max = 160) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const innovation = await getPublicInnovation(db, id);
  if (!innovation) return {};
  const url = absoluteUrl(`/katalog/${innovation.id}`);
  const description = excerpt(innovation.summary || innovation.title);
  return {
    title: innovation.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: innovation.title,
      description,
      siteName: "Inovasi Daerah",
      locale: "id_ID",
      publishedTime: innovation.approvedAt?.toISOString(),
      modifiedTime: innovation.updatedAt.toISOString(),
    },
    twitter: { card: "summary", title: innovation.title, description },
  };
}

/** schema.org description of the innovation as a government service, for search engines. */
function jsonLd(i: PublicInnovation, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    name: i.title,
    description: i.summary,
    url,
    serviceType: i.urusan ?? undefined,
    provider: { "@type": "GovernmentOrganization", name: i.opd.name },
    areaServed: { "@type": "AdministrativeArea", name: i.region.name },
    dateCreated: i.approvedAt?.toISOString(),
    dateModified: i.updatedAt.toISOString(),
    award: i.awards.map((a) => [a.name, a.rank, a.year].filter(Boolean).join(" · ")),
    aggregateRating:
      i.rating.average !== null && i.rating.count > 0
        ? {
            "@type": "AggregateRating",
            ratingValue: Number(i.rating.average.toFixed(2)),
            ratingCount: i.rating.count,
            bestRating: 5,
            worstRating: 1,
          }
        : undefined,
  };
}

const toIso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export default async function PublicInnovationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const innovation = await getPublicInnovation(db, id);
  if (!innovation) notFound();
  const status = (await searchParams)?.masukan;
  const comments = await listPublicComments(db, innovation.id);
  const [t, tf, format] = await Promise.all([
    getTranslations("catalog"),
    getTranslations("innovationForm"),
    getZonedFormatter(),
  ]);
  const url = absoluteUrl(`/katalog/${innovation.id}`);
  const embed = videoEmbedUrl(innovation.videoUrl);
  const age = implementationAge(toIso(innovation.implementedDate), new Date(), format.zone);
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }) : "—");
  const sections = PUBLIC_SECTIONS.filter((s) => innovation[s].trim());
  const sdgLabel = (n: number) => t("detail.sdgLabel", { number: n, name: sdgName(n) });
  const bytes = (n: number) =>
    n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
  const ld = JSON.stringify(jsonLd(innovation, url)).replace(/</g, "\\u003c");

  const facts: [string, React.ReactNode][] = [
    [t("detail.opd"), innovation.opd.name],
    ...(innovation.unitName ? [[t("detail.unit"), innovation.unitName] as [string, string]] : []),
    [t("detail.region"), [innovation.region.name, innovation.region.province].filter(Boolean).join(", ")],
    [t("detail.year"), innovation.year],
    [t("detail.urusan"), innovation.urusan ?? "—"],
    [t("detail.bentuk"), innovation.bentuk ? tf(`enums.bentuk.${innovation.bentuk}`) : "—"],
    [t("detail.jenis"), innovation.jenis ? tf(`enums.jenis.${innovation.jenis}`) : "—"],
    [
      t("detail.inisiator"),
      innovation.inisiator
        ? [tf(`enums.inisiator.${innovation.inisiator}`), innovation.inisiatorName]
            .filter(Boolean)
            .join(" — ")
        : "—",
    ],
    [t("detail.tahapan"), innovation.tahapan ? tf(`enums.tahapan.${innovation.tahapan}`) : "—"],
    [t("detail.trialStart"), date(innovation.trialStartDate)],
    [
      t("detail.implemented"),
      innovation.implementedDate ? (
        <>
          {date(innovation.implementedDate)}
          <span className="block text-sm text-slate-600" data-testid="implementation-age">
            {!age
              ? tf("implementationAge.notImplemented")
              : age.atLeastOneYear
                ? tf("implementationAge.duration", { years: age.years, months: age.monthsAfterYears })
                : tf("implementationAge.months", { months: age.months })}
          </span>
        </>
      ) : (
        tf("implementationAge.notImplemented")
      ),
    ],
    ...(innovation.beneficiariesCount !== null
      ? [
          [t("detail.beneficiariesCount"), t("detail.people", { count: innovation.beneficiariesCount })] as [
            string,
            string,
          ],
        ]
      : []),
  ];

  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ld }} />
      <div>
        <Link href="/katalog" className="text-sm text-brand-700 underline">
          ← {t("detail.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold leading-tight sm:text-3xl">{innovation.title}</h1>
        <p className="mt-1 text-slate-600">
          {innovation.opd.name} · {innovation.region.name}
        </p>
        <div className="mt-3">
          <SdgBadges sdgs={innovation.sdgs} label={sdgLabel} />
        </div>
      </div>

      <section aria-labelledby="ringkasan">
        <h2 id="ringkasan" className="text-xl font-semibold">
          {t("detail.summary")}
        </h2>
        <p className="mt-2 whitespace-pre-line text-slate-800">{innovation.summary}</p>
      </section>

      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>

      {innovation.videoUrl ? (
        <section aria-labelledby="video" className="flex flex-col gap-2">
          <h2 id="video" className="text-xl font-semibold">
            {t("detail.video")}
          </h2>
          {embed ? (
            <>
              <VideoEmbed
                embedUrl={embed}
                title={t("detail.videoIframeTitle", { title: innovation.title })}
                playLabel={t("detail.playVideo")}
              />
              <p className="text-sm text-slate-600">
                {t("detail.videoNotice", { host: new URL(embed).hostname })}
              </p>
            </>
          ) : null}
          <a
            href={innovation.videoUrl}
            className="text-sm text-brand-700 underline"
            rel="noopener noreferrer nofollow"
            target="_blank"
          >
            {t("detail.watchVideo")}
          </a>
        </section>
      ) : null}

      {sections.map((s) => (
        <section key={s} aria-labelledby={`bagian-${s}`}>
          <h2 id={`bagian-${s}`} className="text-xl font-semibold">
            {t(`detail.sections.${s}`)}
          </h2>
          <p className="mt-2 whitespace-pre-line text-slate-800">{innovation[s]}</p>
        </section>
      ))}

      {innovation.sdgs.length ? (
        <section aria-labelledby="sdgs">
          <h2 id="sdgs" className="text-xl font-semibold">
            {t("detail.sdgs")}
          </h2>
          <div className="mt-2">
            <SdgBadges sdgs={innovation.sdgs} withNames label={sdgLabel} />
          </div>
        </section>
      ) : null}

      {innovation.coInnovators.length ? (
        <section aria-labelledby="tim">
          <h2 id="tim" className="text-xl font-semibold">
            {t("detail.coInnovators")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {innovation.coInnovators.map((c) => (
              <li key={c.id}>{[c.name, c.position, c.institution].filter(Boolean).join(", ")}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="penghargaan">
        <h2 id="penghargaan" className="text-xl font-semibold">
          {t("detail.awards")}
        </h2>
        {innovation.awards.length || innovation.entries.length ? (
          <ul className="mt-2 flex flex-col gap-1" data-testid="awards">
            {innovation.awards.map((a) => (
              <li key={a.id}>
                ★ {a.name} — {[a.rank, a.level, a.year].filter(Boolean).join(", ")}
              </li>
            ))}
            {innovation.entries.map((e) => (
              <li key={e.id}>
                {t("detail.competition", {
                  name: e.competition.name,
                  status: t(`detail.entryStatus.${e.status as "WINNER"}`),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-600">{t("detail.noAwards")}</p>
        )}
      </section>

      <section aria-labelledby="replikasi">
        <h2 id="replikasi" className="text-xl font-semibold">
          {t("detail.replication")}
        </h2>
        <p className="mt-2" data-testid="replication-count">
          {t("detail.replicationCount", { count: innovation.replications.length })}
        </p>
        {innovation.replications.length ? (
          <ul className="mt-1 list-disc pl-5">
            {innovation.replications.map((r) => (
              <li key={r.id}>
                {r.adopterOpdName}, {r.adopterRegionName}
                {r.replicaId ? (
                  <>
                    {" — "}
                    <Link href={`/katalog/${r.replicaId}`} className="text-brand-700 underline">
                      {t("detail.replicaLink")}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {innovation.replicaOf.map((s) => (
          <p key={s.id} className="mt-1">
            <Link href={`/katalog/${s.id}`} className="text-brand-700 underline">
              {t("detail.replicaOf", { title: s.title, region: s.regionName })}
            </Link>
          </p>
        ))}
      </section>

      <section aria-labelledby="penilaian">
        <h2 id="penilaian" className="text-xl font-semibold">
          {t("detail.rating")}
        </h2>
        <p className="mt-2" data-testid="rating">
          {innovation.rating.average !== null
            ? t("detail.ratingValue", {
                rating: innovation.rating.average.toFixed(1),
                count: innovation.rating.count,
              })
            : t("detail.noRating")}
        </p>
      </section>

      <FeedbackForm innovationId={innovation.id} status={typeof status === "string" ? status : undefined} />
      <PublicComments comments={comments} opdName={innovation.opd.name} />

      <section aria-labelledby="dokumen">
        <h2 id="dokumen" className="text-xl font-semibold">
          {t("detail.documents")}
        </h2>
        {innovation.attachments.length ? (
          <ul className="mt-2 flex flex-col gap-1" data-testid="public-documents">
            {innovation.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/katalog/dokumen/${a.id}`} className="text-brand-700 underline">
                  {t("detail.download", { name: a.fileName, size: bytes(a.sizeBytes) })}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-600">{t("detail.noDocuments")}</p>
        )}
      </section>

      {innovation.applicationUrl || innovation.otherLinks.length ? (
        <section aria-labelledby="tautan">
          <h2 id="tautan" className="text-xl font-semibold">
            {t("detail.links")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1 break-all">
            {[innovation.applicationUrl, ...innovation.otherLinks]
              .filter((l): l is string => !!l)
              .map((l) => (
                <li key={l}>
                  <a
                    href={l}
                    className="text-brand-700 underline"
                    rel="noopener noreferrer nofollow ugc"
                    target="_blank"
                  >
                    {l}
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
