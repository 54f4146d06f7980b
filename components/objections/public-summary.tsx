import { getTranslations } from "next-intl/server";
import type { PublicObjection } from "@/lib/objections/queries";
import { getZonedFormatter } from "@/lib/time/format";
import type { RegionZone } from "@/lib/time/zones";

/** The public list of objections and outcomes: references, entries and decisions, never who filed them. */
export async function PublicSummary({ rows, zone }: { rows: PublicObjection[]; zone?: RegionZone }) {
  const [t, format] = await Promise.all([getTranslations("objections"), getZonedFormatter(zone)]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-slate-600">
        {t("public.noObjections")}
      </p>
    );
  return (
    <ul className="flex flex-col gap-3" aria-label={t("public.summary")}>
      {rows.map((o) => (
        <li
          key={o.reference}
          className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4"
          data-testid={`objection-${o.reference}`}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-mono font-semibold">{o.reference}</span>
            <span
              className={`rounded px-2 py-0.5 text-xs font-semibold ${
                o.status === "SUBMITTED"
                  ? "bg-amber-100 text-amber-900"
                  : o.status === "UPHELD"
                    ? "bg-red-100 text-red-900"
                    : "bg-slate-100 text-slate-800"
              }`}
            >
              {t(`status.${o.status}`)}
              {o.status === "UPHELD" && o.consequence ? ` · ${t(`consequence.${o.consequence}`)}` : ""}
            </span>
          </div>
          <p className="text-sm">
            <span className="font-medium">{o.entry.innovation.title}</span> · {o.entry.innovation.opd.name} ·{" "}
            {o.entry.category.name}
          </p>
          <p className="text-xs text-slate-600">
            {t("public.filedOn", { date: date(o.createdAt) })}
            {o.decidedAt ? ` · ${t("public.decidedOn", { date: date(o.decidedAt) })}` : ""}
          </p>
          {o.decision ? <p className="text-sm">{t("public.decision", { reason: o.decision })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
