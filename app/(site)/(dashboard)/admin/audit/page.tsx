import { DataTable, EmptyState } from "@/components/ui/data-table";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Pagination } from "@/components/ui/pagination";
import { listAudit } from "@/lib/admin/audit-log";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isoDate, line } from "@/lib/validation/text";

// A date no page can show (year 0, 9999) is dropped like any malformed filter.
const dateParam = isoDate().optional().catch(undefined);
const querySchema = z.object({
  action: line({ max: 60 }).optional().catch(undefined),
  entityType: line({ max: 60 }).optional().catch(undefined),
  actor: line({ max: 200 }).optional().catch(undefined),
  from: dateParam,
  to: dateParam,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export async function generateMetadata() {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const admin = await requireUser(["ADMIN"]);
  const f = querySchema.parse(await searchParams);
  const to = f.to ? new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000) : undefined;
  const from = f.from ? new Date(`${f.from}T00:00:00+07:00`) : undefined;
  const [t, format, list] = await Promise.all([
    getTranslations("admin.audit"),
    getFormatter(),
    listAudit(
      db,
      admin.regionId,
      { action: f.action, entityType: f.entityType, actor: f.actor, from, to },
      f.page,
    ),
  ]);
  const tc = await getTranslations("common");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form
        className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
        role="search"
      >
        <label className="flex flex-col gap-1 text-sm">
          {t("filterAction")}
          <input
            name="action"
            defaultValue={f.action}
            placeholder="user."
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("filterEntity")}
          <select
            name="entityType"
            defaultValue={f.entityType ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">{tc("all")}</option>
            {list.entityTypes.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("filterActor")}
          <input
            name="actor"
            defaultValue={f.actor}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("from")}
          <input
            type="date"
            name="from"
            defaultValue={f.from}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("to")}
          <input
            type="date"
            name="to"
            defaultValue={f.to}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <div className="flex items-end">
          <button className="w-full rounded bg-brand-600 px-4 py-2 text-sm text-white">{tc("search")}</button>
        </div>
      </form>
      <p className="text-sm text-slate-600">{tc("total", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable columns={[t("time"), t("actor"), t("action"), t("entity"), t("changes"), t("ip")]}>
          {list.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap p-3">
                {format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </td>
              <td className="p-3">{r.actor ? `${r.actor.name} (${r.actor.email})` : t("system")}</td>
              <td className="p-3 font-mono text-xs">{r.action}</td>
              <td className="p-3 font-mono text-xs">
                {r.entityType} {r.entityId}
              </td>
              <td className="max-w-md p-3">
                {r.before || r.after ? (
                  <details>
                    <summary className="cursor-pointer text-brand-700">{t("changes")}</summary>
                    <dl className="mt-1 text-xs">
                      {r.before ? (
                        <>
                          <dt className="font-semibold">{t("before")}</dt>
                          <dd className="break-all font-mono">{JSON.stringify(r.before)}</dd>
                        </>
                      ) : null}
                      {r.after ? (
                        <>
                          <dt className="font-semibold">{t("after")}</dt>
                          <dd className="break-all font-mono">{JSON.stringify(r.after)}</dd>
                        </>
                      ) : null}
                    </dl>
                  </details>
                ) : (
                  "—"
                )}
              </td>
              <td className="p-3 font-mono text-xs">{r.ip ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        page={f.page}
        pages={list.pages}
        basePath="/admin/audit"
        query={{ action: f.action, entityType: f.entityType, actor: f.actor, from: f.from, to: f.to }}
      />
    </div>
  );
}
