import { DataTable, EmptyState } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { resetPasswordAction, setUserActiveAction } from "@/lib/admin/actions/users";
import { opdOptions } from "@/lib/admin/queries/opds";
import { listUsers } from "@/lib/admin/queries/users";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assignableRoles, listQuerySchema, ROLES } from "@/lib/admin/schemas";
import { getZonedFormatter } from "@/lib/time/format";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.users"))("title") };
}

const querySchema = listQuerySchema.extend({ role: z.enum(ROLES).optional().catch(undefined) });

export default async function UsersAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const admin = await requirePermission("region.administer");
  const { q, page, role } = querySchema.parse(await searchParams);
  const [t, format, list, opds] = await Promise.all([
    getTranslations(),
    getZonedFormatter(),
    listUsers(db, admin, q, role, page),
    opdOptions(db, admin),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("admin.users.title")}</h1>
        <Link href="/admin/impor?jenis=akun" className="text-sm text-brand-700 underline">
          {t("accounts.import.nav")}
        </Link>
      </div>
      <UserCreateForm opds={opds} roles={assignableRoles(admin)} />
      <form className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-1 flex-col gap-1 text-sm">
          {t("admin.users.searchLabel")}
          <input name="q" defaultValue={q} className="rounded border border-slate-300 px-3 py-2" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("admin.users.roleFilter")}
          <select name="role" defaultValue={role ?? ""} className="rounded border border-slate-300 px-3 py-2">
            <option value="">{t("common.all")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded bg-brand-600 px-4 py-2 text-sm text-white">{t("common.search")}</button>
      </form>
      <p className="text-sm text-slate-600">{t("common.total", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <EmptyState>{t("admin.users.empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t("admin.users.name"),
            t("admin.users.role"),
            t("admin.users.opd"),
            t("admin.users.lastLogin"),
            t("admin.users.status"),
            t("common.actions"),
          ]}
        >
          {list.rows.map((u) => (
            <tr key={u.id} className="border-t border-slate-100 align-top" data-testid={`user-${u.email}`}>
              <td className="p-3">
                <div className="font-medium">{u.name}</div>
                <div className="text-xs text-slate-600">{u.email}</div>
                {u.nip ? <div className="font-mono text-xs text-slate-500">{u.nip}</div> : null}
              </td>
              <td className="p-3">{t(`roles.${u.role}`)}</td>
              <td className="p-3">{u.opd?.shortName ?? "—"}</td>
              <td className="p-3">
                {u.lastLoginAt
                  ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
                  : t("admin.users.never")}
              </td>
              <td className="p-3">{u.active ? t("common.active") : t("common.inactive")}</td>
              <td className="p-3">
                <div className="flex flex-col gap-2">
                  <Link
                    href={`/admin/pengguna/${u.id}`}
                    className="text-sm font-medium text-brand-700 underline"
                    aria-label={`${t("accounts.edit")}: ${u.name}`}
                  >
                    {t("accounts.edit")}
                  </Link>
                  <ConfirmAction
                    action={setUserActiveAction}
                    fields={{ id: u.id, active: u.active ? "false" : "true" }}
                    label={u.active ? t("admin.users.deactivate") : t("admin.users.activate")}
                    confirmText={
                      u.active
                        ? t("admin.users.confirmDeactivate", { name: u.name })
                        : t("admin.users.activate") + "?"
                    }
                    variant={u.active ? "danger" : "secondary"}
                  />
                  <ConfirmAction
                    action={resetPasswordAction}
                    fields={{ id: u.id }}
                    label={t("admin.users.resetPassword")}
                    confirmText={t("admin.users.confirmReset", { name: u.name })}
                  />
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pages={list.pages} basePath="/admin/pengguna" query={{ q, role }} />
    </div>
  );
}
