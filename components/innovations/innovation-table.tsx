import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getZonedFormatter } from "@/lib/time/format";

type Row = {
  id: string;
  title: string;
  tahapan: string | null;
  status: string;
  updatedAt: Date;
  updatedBy: { name: string };
  opd: { shortName: string };
};

const STATUS_STYLE: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-amber-100 text-amber-900",
  RETURNED: "bg-red-100 text-red-900",
  APPROVED: "bg-green-100 text-green-900",
};

export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("innovations.status");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status] ?? ""}`}>
      {t(status)}
    </span>
  );
}

export async function InnovationTable({ rows, showOpd }: { rows: Row[]; showOpd: boolean }) {
  const [t, tf, format] = await Promise.all([
    getTranslations("innovations"),
    getTranslations("innovationForm"),
    getZonedFormatter(),
  ]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="p-3">
              {t("columns.title")}
            </th>
            {showOpd ? (
              <th scope="col" className="p-3">
                {t("columns.opd")}
              </th>
            ) : null}
            <th scope="col" className="p-3">
              {t("columns.tahapan")}
            </th>
            <th scope="col" className="p-3">
              {t("columns.status")}
            </th>
            <th scope="col" className="p-3">
              {t("columns.lastChange")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="p-3">
                <Link href={`/inovasi/${r.id}`} className="font-medium text-brand-700 underline">
                  {r.title}
                </Link>
              </td>
              {showOpd ? <td className="p-3">{r.opd.shortName}</td> : null}
              <td className="p-3">
                {r.tahapan && tf.has(`enums.tahapan.${r.tahapan}`) ? tf(`enums.tahapan.${r.tahapan}`) : "—"}
              </td>
              <td className="p-3">
                <StatusBadge status={r.status} />
              </td>
              <td className="p-3 text-xs text-slate-600">
                {format.dateTime(r.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                <br />
                {t("columns.by", { name: r.updatedBy.name })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
