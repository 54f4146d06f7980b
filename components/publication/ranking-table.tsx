import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { PublicationContent } from "@/lib/publication/rules/content";

/** The final ranking of a snapshot: rank, innovation, OPD, category, total, award, note. Scrolls sideways on phones. */
export async function RankingTable({ content, caption }: { content: PublicationContent; caption: string }) {
  const [t, format] = await Promise.all([getTranslations("publication.public"), getFormatter()]);
  const categories = new Map(content.categories.map((c) => [c.code, c.name]));
  const score = (x: number | null) =>
    x === null ? "–" : format.number(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: t("rank"), align: "right" },
        t("title"),
        t("opd"),
        t("category"),
        { label: t("total"), align: "right" },
        t("award"),
        t("status"),
      ]}
    >
      {content.ranking.map((r) => (
        <tr key={r.entryId} className="border-t border-slate-200 align-top">
          <td className="px-3 py-2 text-right font-semibold">{r.finalRank ?? "–"}</td>
          <th scope="row" className="px-3 py-2 text-left font-normal">
            {r.title}
          </th>
          <td className="px-3 py-2">{r.opd}</td>
          <td className="px-3 py-2">{categories.get(r.category) ?? r.category}</td>
          <td className="px-3 py-2 text-right tabular-nums">{score(r.total)}</td>
          <td className="px-3 py-2 font-semibold text-brand-800">{r.award ?? "–"}</td>
          <td className="px-3 py-2">
            {t(`statuses.${r.status}`)}
            {r.overrideReason ? (
              <p className="text-xs text-slate-600">{t("override", { reason: r.overrideReason })}</p>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
