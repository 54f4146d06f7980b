import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AskClarificationForm } from "@/components/objections/clarification-forms";
import { DecideForm } from "@/components/objections/decide-form";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { adminObjections } from "@/lib/objections/queries";
import { REFERENCE_PATTERN } from "@/lib/objections/rules/reference";
import { parseStatusFilter, type StatusFilter } from "@/lib/objections/schemas";
import { getZonedFormatter } from "@/lib/time/format";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ status?: string; page?: string; diputus?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("competitions.admin");
  return { title: t("objectionsLink") };
}

function kb(bytes: number | null) {
  if (bytes == null) return "";
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The secretariat's objections of one competition: filter, read the filer's details and document, decide. */
export default async function AdminObjectionsPage({ params, searchParams }: Props) {
  const user = await requirePermission("competition.write");
  const { id } = await params;
  const sp = await searchParams;
  const competition = await db.competition.findFirst({
    where: { id, regionId: user.regionId },
    select: { id: true, name: true },
  });
  if (!competition) notFound();
  const filter = parseStatusFilter(sp.status);
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const [t, tk, tc, format, list] = await Promise.all([
    getTranslations("objections"),
    getTranslations("objections.clarification"),
    getTranslations("competitions"),
    getZonedFormatter(),
    adminObjections(db, user, competition.id, filter, page),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const base = `/admin/kompetisi/${competition.id}/sanggahan`;
  // Set by the decide action's redirect; only a well-formed reference is echoed.
  const decided = typeof sp.diputus === "string" && REFERENCE_PATTERN.test(sp.diputus) ? sp.diputus : null;
  const all = Object.values(list.byStatus).reduce((a, b) => a + (b ?? 0), 0);
  const tabs: { key: StatusFilter | null; label: string }[] = [
    { key: null, label: t("admin.all", { count: all }) },
    { key: "SUBMITTED", label: t("admin.pending", { count: list.byStatus.SUBMITTED ?? 0 }) },
    { key: "UPHELD", label: t("admin.upheld", { count: list.byStatus.UPHELD ?? 0 }) },
    { key: "REJECTED", label: t("admin.dismissed", { count: list.byStatus.REJECTED ?? 0 }) },
  ];
  return (
    <div className="flex flex-col gap-5">
      <Link href={`/admin/kompetisi/${competition.id}`} className="text-brand-700 underline">
        ← {competition.name}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("admin.title", { name: competition.name })}</h1>
        <Link href={`/kompetisi/${competition.id}/sanggahan`} className="text-sm text-brand-700 underline">
          {t("admin.publicPage")}
        </Link>
      </div>
      {decided ? <Notice tone="success">{t("admin.decide.done", { reference: decided })}</Notice> : null}
      <nav aria-label={t("admin.filters")} className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab.key === filter;
          return (
            <Link
              key={tab.key ?? "all"}
              href={tab.key ? `${base}?status=${tab.key}` : base}
              aria-current={active ? "page" : undefined}
              className={`rounded-full border px-3 py-1 text-sm ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800"}`}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("admin.none")}
        </p>
      ) : (
        <ul className="flex flex-col gap-4">
          {list.rows.map((o) => (
            <li
              key={o.id}
              className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
              data-testid={`admin-objection-${o.reference}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-mono text-lg font-semibold">{o.reference}</h2>
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">
                  {t(`status.${o.status}`)}
                  {o.status === "UPHELD" && o.consequence ? ` · ${t(`consequence.${o.consequence}`)}` : ""}
                </span>
              </div>
              <p className="text-sm">
                <span className="font-medium">{o.entry.innovation.title}</span> ·{" "}
                {o.entry.innovation.opd.shortName} · {o.entry.category.name} ·{" "}
                {t("admin.entryStatus", { status: tc(`entryStatus.${o.entry.status}`) })}
              </p>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-medium text-slate-600">{t("admin.submitter")}</dt>
                <dd>{o.submitterName}</dd>
                <dt className="font-medium text-slate-600">{t("admin.contact")}</dt>
                <dd className="break-all">{o.submitterContact}</dd>
                <dt className="font-medium text-slate-600">{t("admin.reason")}</dt>
                <dd className="whitespace-pre-line">{o.reason}</dd>
                <dt className="font-medium text-slate-600">{t("admin.document")}</dt>
                <dd>
                  {o.documentName ? (
                    <a href={`${base}/${o.id}/dokumen`} className="text-brand-700 underline">
                      {t("admin.download", { name: o.documentName, size: kb(o.documentSize) })}
                    </a>
                  ) : (
                    t("admin.noDocument")
                  )}
                </dd>
                <dt className="font-medium text-slate-600">{t("admin.filed")}</dt>
                <dd>{when(o.createdAt)}</dd>
                {o.decision ? (
                  <>
                    <dt className="font-medium text-slate-600">{t("admin.decision")}</dt>
                    <dd>
                      <p className="whitespace-pre-line">{o.decision}</p>
                      {o.decidedAt ? (
                        <p className="text-xs text-slate-600">
                          {t("admin.decided", { date: when(o.decidedAt), by: o.decidedBy?.name ?? "—" })}
                        </p>
                      ) : null}
                    </dd>
                  </>
                ) : null}
              </dl>
              {o.clarifications.length > 0 ? (
                <section
                  aria-labelledby={`clarifications-${o.id}`}
                  className="flex flex-col gap-2"
                  data-testid={`clarifications-${o.reference}`}
                >
                  <h3 id={`clarifications-${o.id}`} className="text-sm font-semibold">
                    {t("admin.clarifications")}
                  </h3>
                  <ol className="flex flex-col gap-2">
                    {o.clarifications.map((c) => (
                      <li key={c.id} className="rounded border border-slate-200 p-3 text-sm">
                        <p className="whitespace-pre-line break-words">{c.question}</p>
                        <p className="text-xs text-slate-600">
                          {tk("askedBy", { by: c.askedBy.name, date: when(c.askedAt) })}
                        </p>
                        {c.answeredAt ? (
                          <div className="mt-2 rounded bg-green-50 p-2">
                            <p className="font-semibold">{tk("answer")}</p>
                            <p className="whitespace-pre-line break-words">{c.answer}</p>
                            <p className="text-xs text-slate-600">
                              {tk("answeredBy", { by: c.answeredBy?.name ?? "—", date: when(c.answeredAt) })}
                            </p>
                          </div>
                        ) : (
                          <p className="mt-1 text-amber-800">{tk("awaiting")}</p>
                        )}
                      </li>
                    ))}
                  </ol>
                </section>
              ) : null}
              {o.status === "SUBMITTED" ? <AskClarificationForm objectionId={o.id} /> : null}
              {o.status === "SUBMITTED" ? <DecideForm objectionId={o.id} reference={o.reference} /> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pages={list.pages}
        basePath={base}
        query={{ status: filter ?? undefined }}
      />
    </div>
  );
}
