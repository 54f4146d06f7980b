import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { InnovationTable } from "@/components/innovations/innovation-table";
import { ListFilters } from "@/components/innovations/list-filters";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listInnovations, ownOpdCompliance } from "@/lib/innovations/queries";
import { innovationListQuery } from "@/lib/innovations/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("innovations"))("title") };
}

export default async function OpdInnovationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requireUser(["OPD_OPERATOR", "OPD_HEAD"]);
  const f = innovationListQuery.parse(await searchParams);
  const [t, tc, list, compliance] = await Promise.all([
    getTranslations("innovations"),
    getTranslations("common"),
    listInnovations(db, user, { ...f, page: f.page }),
    ownOpdCompliance(db, user),
  ]);
  const { year } = compliance;
  const { approved = 0, draft: drafts = 0, submitted = 0, winner = false } = compliance.row ?? {};
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link
          href="/inovasi/baru"
          className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("new")}
        </Link>
      </div>
      <div data-testid="compliance-banner">
        {approved > 0 ? (
          <Notice tone="success">{t("banner.met", { year, count: approved })}</Notice>
        ) : winner ? (
          <Notice tone="success">{t("banner.metWinner", { year })}</Notice>
        ) : (
          <Notice tone="error">
            {t("banner.notMet", { year })} {drafts > 0 ? t("banner.missingDraft", { count: drafts }) : null}{" "}
            {submitted > 0 ? t("banner.missingSubmitted", { count: submitted }) : null}
            {drafts === 0 && submitted === 0 ? t("banner.missingNone") : null}
          </Notice>
        )}
      </div>
      <ListFilters q={f.q} status={f.status} />
      <p className="text-sm text-slate-600">{tc("total", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {f.q || f.status ? t("empty") : t("emptyStart")}
        </p>
      ) : (
        <InnovationTable rows={list.rows} showOpd={false} />
      )}
      <Pagination
        page={f.page}
        pages={list.pages}
        basePath="/opd/inovasi"
        query={{ q: f.q, status: f.status }}
      />
    </div>
  );
}
