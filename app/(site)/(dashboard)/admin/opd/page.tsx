import { DataTable, EmptyState } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { OpdCreateForm } from "@/components/admin/opd-create-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { setOpdActiveAction } from "@/lib/admin/actions/opds";
import { listOpds, opdOptions } from "@/lib/admin/queries/opds";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listQuerySchema } from "@/lib/admin/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.opd"))("title") };
}

export default async function OpdAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePermission("region.administer");
  const { q, page } = listQuerySchema.parse(await searchParams);
  const [t, list, parents] = await Promise.all([
    getTranslations(),
    listOpds(db, user, q, page),
    opdOptions(db, user),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("admin.opd.title")}</h1>
        <Link href="/admin/impor?jenis=opd" className="text-sm text-brand-700 underline">
          {t("accounts.import.nav")}
        </Link>
      </div>
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
            t("admin.opd.kind"),
            t("admin.opd.users"),
            t("admin.opd.status"),
            t("common.actions"),
          ]}
        >
          {list.rows.map((o) => (
            <tr key={o.id} className="border-t border-slate-100 align-top" data-testid={`opd-${o.shortName}`}>
              <td className="max-w-[28rem] min-w-48 p-3">
                <div className="font-mono text-xs font-semibold text-slate-700">{o.shortName}</div>
                <div className="font-medium break-words">{o.name}</div>
                {o.parent ? (
                  <div className="text-xs text-slate-600">
                    {t("accounts.parent")}: {o.parent.shortName} — {o.parent.name}
                  </div>
                ) : null}
              </td>
              <td className="p-3">{t(`opdKinds.${o.kind}`)}</td>
              <td className="p-3">{o._count.users}</td>
              <td className="p-3">{o.active ? t("common.active") : t("common.inactive")}</td>
              <td className="p-3">
                <div className="flex flex-col gap-2">
                  <Link
                    href={`/admin/opd/${o.id}`}
                    className="text-sm font-medium text-brand-700 underline"
                    aria-label={`${t("accounts.edit")}: ${o.shortName}`}
                  >
                    {t("accounts.edit")}
                  </Link>
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
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pages={list.pages} basePath="/admin/opd" query={{ q }} />
    </div>
  );
}
