import { getTranslations } from "next-intl/server";
import { STATUSES } from "@/lib/innovations/schemas";

export async function ListFilters({
  q,
  status,
  opd,
  opds,
}: {
  q?: string;
  status?: string;
  opd?: string;
  opds?: { id: string; shortName: string }[];
}) {
  const [t, tc] = await Promise.all([getTranslations("innovations"), getTranslations("common")]);
  return (
    <form className="flex flex-wrap items-end gap-2" role="search">
      <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm">
        {t("searchLabel")}
        <input name="q" defaultValue={q} className="rounded border border-slate-300 px-3 py-2" />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("statusFilter")}
        <select
          name="status"
          defaultValue={status ?? ""}
          className="rounded border border-slate-300 px-3 py-2"
        >
          <option value="">{tc("all")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {opds ? (
        <label className="flex flex-col gap-1 text-sm">
          {t("opdFilter")}
          <select name="opd" defaultValue={opd ?? ""} className="rounded border border-slate-300 px-3 py-2">
            <option value="">{tc("all")}</option>
            {opds.map((o) => (
              <option key={o.id} value={o.id}>
                {o.shortName}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button className="rounded bg-brand-600 px-4 py-2 text-sm text-white">{tc("search")}</button>
    </form>
  );
}
