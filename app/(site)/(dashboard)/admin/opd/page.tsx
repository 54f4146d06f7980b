import { DataTable, EmptyState } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { OpdCreateForm } from "@/components/admin/opd-create-form";
import { OpdRenameForm } from "@/components/admin/opd-rename-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Pagination } from "@/components/ui/pagination";
import { setOpdActiveAction } from "@/lib/admin/actions";
import { listOpds, opdOptions } from "@/lib/admin/opds";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listQuerySchema } from "@/lib/validation/admin";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.opd"))("title") };
}

export default async function OpdAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requireUser(["ADMIN"]);
  const { q, page } = listQuerySchema.parse(await searchParams);
  const [t, list, parents] = await Promise.all([
    getTranslations(),
    listOpds(db, user.regionId, q, page),
    opdOptions(db, user.regionId),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("admin.opd.title")}</h1>
      <OpdCreateForm parents={parents} />
      <form className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-1 flex-col gap-1 text-sm">
          {t("admin.opd.searchLabel")}
          <input name="q" defaultValue={q} className="rounded border border-slate-300 px-3 py-2" />
        </label>
        <button className="rounded bg-brand-600 px-4 py-2 text-sm text-white">{t("common.search")}</button>
      </form>
      <p className="text-sm text-slate-600">{t("common.total", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <EmptyState>{t("admin.opd.empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t("admin.opd.name"),
            t("admin.opd.shortName"),
            t("admin.opd.kind"),
            t("admin.opd.users"),
            t("admin.opd.status"),
            t("common.actions"),
          ]}
        >
          {list.rows.map((o) => (
            <tr key={o.id} className="border-t border-slate-100 align-top" data-testid={`opd-${o.shortName}`}>
              <td className="min-w-64 p-3">
                <OpdRenameForm id={o.id} name={o.name} />
                {o.parent ? <span className="text-xs text-slate-500">↳ {o.parent.shortName}</span> : null}
              </td>
              <td className="p-3 font-mono">{o.shortName}</td>
              <td className="p-3">{t(`opdKinds.${o.kind}`)}</td>
              <td className="p-3">{o._count.users}</td>
              <td className="p-3">{o.active ? t("common.active") : t("common.inactive")}</td>
              <td className="p-3">
                <ConfirmAction
                  action={setOpdActiveAction}
                  fields={{ id: o.id, active: o.active ? "false" : "true" }}
                  label={o.active ? t("admin.opd.deactivate") : t("admin.opd.activate")}
                  confirmText={
                    o.active
                      ? t("admin.opd.confirmDeactivate", { name: o.name })
                      : t("admin.opd.activate") + "?"
                  }
                  variant={o.active ? "danger" : "secondary"}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pages={list.pages} basePath="/admin/opd" query={{ q }} />
    </div>
  );
}
