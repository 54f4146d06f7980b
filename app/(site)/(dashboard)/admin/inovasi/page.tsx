import { getTranslations } from "next-intl/server";
import { InnovationTable } from "@/components/innovations/innovation-table";
import { ListFilters } from "@/components/innovations/list-filters";
import { Pagination } from "@/components/ui/pagination";
import { opdOptions } from "@/lib/admin/queries/opds";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listInnovations } from "@/lib/innovations/queries";
import { innovationListQuery } from "@/lib/innovations/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("innovations"))("adminTitle") };
}

export default async function AdminInnovationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePermission("region.administer");
  const f = innovationListQuery.parse(await searchParams);
  const [t, tc, list, opds] = await Promise.all([
    getTranslations("innovations"),
    getTranslations("common"),
    listInnovations(db, user, { q: f.q, status: f.status, opdId: f.opd, page: f.page }),
    opdOptions(db, user),
  ]);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
      <ListFilters q={f.q} status={f.status} opd={f.opd} opds={opds} />
      <p className="text-sm text-slate-600">{tc("total", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("empty")}
        </p>
      ) : (
        <InnovationTable rows={list.rows} showOpd />
      )}
      <Pagination
        page={f.page}
        pages={list.pages}
        basePath="/admin/inovasi"
        query={{ q: f.q, status: f.status, opd: f.opd }}
      />
    </div>
  );
}
