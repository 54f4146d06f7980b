import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { MailStatus } from "@/lib/generated/prisma/enums";
import { listMail } from "@/lib/mail/outbox";
import { getZonedFormatter } from "@/lib/time/format";

const querySchema = z.object({
  status: z.enum(MailStatus).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const admin = await requirePermission("region.administer");
  const f = querySchema.parse(await searchParams);
  const [t, tc, format, list] = await Promise.all([
    getTranslations("outbox"),
    getTranslations("common"),
    getZonedFormatter(),
    listMail(db, admin, f.page, f.status),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <form className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-col gap-1 text-sm">
          {t("status")}
          <select
            name="status"
            defaultValue={f.status ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">{tc("all")}</option>
            {Object.values(MailStatus).map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded bg-brand-600 px-4 py-2 text-sm text-white">{tc("search")}</button>
      </form>
      <p className="text-sm text-slate-600">{tc("total", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable columns={[t("time"), t("status"), t("to"), t("subject")]}>
          {list.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap p-3">
                {format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short" })}
              </td>
              <td className="p-3">{t(`statuses.${r.status}`)}</td>
              <td className="break-all p-3">{r.to}</td>
              <td className="p-3">
                <Link href={`/admin/surat/${r.id}`} className="text-brand-700 underline">
                  {r.subject}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={f.page} pages={list.pages} basePath="/admin/surat" query={{ status: f.status }} />
    </div>
  );
}
