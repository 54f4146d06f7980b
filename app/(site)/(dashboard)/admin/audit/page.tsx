import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { auditTranslator, filterOf, valueFormat } from "@/lib/admin/rules/audit-export";
import { auditQuerySchema } from "@/lib/admin/schemas";
import { EXPORT_MAX_ROWS, listAudit } from "@/lib/admin/queries/audit";
import {
  actionKey,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  auditTime,
  changes,
  entityKey,
  fieldKey,
} from "@/lib/admin/rules/audit-words";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getRegionProfile } from "@/lib/region/queries/profile";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const inputClass = "w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const admin = await requirePermission("region.administer");
  const q = auditQuerySchema.parse(await searchParams);
  const [t, ta, locale, region] = await Promise.all([
    getTranslations("auditLog"),
    getTranslations("admin.audit"),
    getLocale(),
    getRegionProfile(db, admin.regionId),
  ]);
  const zone = region?.timeZone ?? "WIB";
  const lang = locale === "en" ? "en" : "id";
  const list = await listAudit(db, admin, filterOf(q, zone), q.page);
  const values = valueFormat(auditTranslator(lang), lang, zone);
  const say = (key: string, fallback: string) => (t.has(key as never) ? t(key as never) : fallback);
  const actionOptions = AUDIT_ACTIONS.map((a) => ({ value: a, label: say(actionKey(a), a) })).sort((x, y) =>
    x.label.localeCompare(y.label, lang),
  );
  const entityOptions = AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: say(entityKey(e), e) })).sort(
    (x, y) => x.label.localeCompare(y.label, lang),
  );
  const query = { action: q.action, entityType: q.entityType, actor: q.actor, from: q.from, to: q.to };
  const exportHref = (format: "csv" | "xlsx") => {
    const p = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(query)) if (v) p.set(k, v);
    return `/admin/audit/ekspor?${p.toString()}`;
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{ta("title")}</h1>
      <form
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
        role="search"
        aria-label={t("search")}
      >
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          {t("filterAction")}
          <select name="action" defaultValue={q.action ?? ""} className={inputClass}>
            <option value="">{t("allActions")}</option>
            {q.action && !(AUDIT_ACTIONS as readonly string[]).includes(q.action) ? (
              // A group by prefix from a link ("user."): shown as chosen, so the form says what is filtered.
              <option value={q.action}>{q.action}…</option>
            ) : null}
            {actionOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          {t("filterEntity")}
          <select name="entityType" defaultValue={q.entityType ?? ""} className={inputClass}>
            <option value="">{t("allEntities")}</option>
            {entityOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          {t("filterActor")}
          <input name="actor" defaultValue={q.actor} className={inputClass} />
        </label>
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          {t("from")}
          <input type="date" name="from" defaultValue={q.from} className={inputClass} />
        </label>
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          {t("to")}
          <input type="date" name="to" defaultValue={q.to} className={inputClass} />
        </label>
        <div className="flex items-end gap-2">
          <button className="flex-1 rounded bg-brand-600 px-4 py-2 text-sm text-white">{t("search")}</button>
          <Link
            href="/admin/audit"
            className="rounded border border-slate-300 px-3 py-2 text-sm text-brand-700"
          >
            {t("reset")}
          </Link>
        </div>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600" role="status">
          {t("total", { count: list.total })}
        </p>
        <div className="flex flex-col items-end gap-1">
          <div className="flex gap-2">
            <a
              href={exportHref("csv")}
              download
              className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700"
            >
              {t("exportCsv")}
            </a>
            <a
              href={exportHref("xlsx")}
              download
              className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700"
            >
              {t("exportXlsx")}
            </a>
          </div>
          <p className="max-w-md text-right text-xs text-slate-600">
            {t("exportLead", { max: EXPORT_MAX_ROWS.toLocaleString(lang === "id" ? "id-ID" : "en-GB") })}
          </p>
        </div>
      </div>
      {list.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable columns={[t("time"), t("actor"), t("action"), t("record"), t("changes"), t("ip")]}>
          {list.rows.map((r) => {
            const diff = changes(r.before, r.after, values);
            return (
              <tr key={r.id} className="border-t border-slate-100 align-top">
                <td className="p-3 whitespace-nowrap">{auditTime(r.createdAt, lang, zone)}</td>
                <td className="p-3">
                  {r.actor ? (
                    <>
                      {r.actor.name}
                      <span className="block text-xs text-slate-600">{r.actor.email}</span>
                    </>
                  ) : (
                    t("system")
                  )}
                </td>
                <td className="p-3">{say(actionKey(r.action), r.action)}</td>
                <td className="p-3">
                  <span className="block text-xs text-slate-600">
                    {say(entityKey(r.entityType), r.entityType)}
                  </span>
                  {r.title ?? t("deleted", { id: r.entityId })}
                </td>
                <td className="max-w-md p-3">
                  {diff.length === 0 ? (
                    t("noChanges")
                  ) : (
                    <details open={diff.length <= 3} className="relative">
                      <summary className="cursor-pointer text-brand-700">
                        {t("changes")} ({diff.length})
                      </summary>
                      <table className="mt-1 w-full text-xs">
                        <thead className="sr-only">
                          <tr>
                            <th>{t("field")}</th>
                            <th>{t("before")}</th>
                            <th>{t("after")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {diff.map((c) => (
                            <tr key={c.field} className="border-t border-slate-100">
                              <th scope="row" className="py-1 pr-2 text-left font-semibold">
                                {say(fieldKey(c.field), c.field)}
                              </th>
                              <td className="py-1 pr-1 break-all text-slate-600">{c.before}</td>
                              <td className="py-1 break-all">
                                <span aria-hidden className="pr-1 text-slate-500">
                                  →
                                </span>
                                {c.after}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  )}
                </td>
                <td className="p-3 font-mono text-xs">{r.ip ?? "—"}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination page={q.page} pages={list.pages} basePath="/admin/audit" query={query} />
    </div>
  );
}
