import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { RankingRow, SortDir, SortKey } from "@/lib/ranking/rules/rows";
import type { EngineText } from "./engine-text";

type Props = {
  rows: RankingRow[];
  stages: string[];
  stageLabel: (s: string) => string;
  say: EngineText;
  /** No shortlist has been drawn yet: the engine's shortlist is what drawing it would give. */
  provisional: boolean;
  view: string;
  sort: { key: SortKey; dir: SortDir };
  base: string;
  final: boolean;
};

/** The ranking table; headers sort on the server through links, so it works without JavaScript. */
export async function RankingTable({
  rows,
  stages,
  stageLabel,
  say,
  provisional,
  view,
  sort,
  base,
  final,
}: Props) {
  const t = await getTranslations("ranking");
  const score = say.score;
  const statusKey = (s: string) =>
    provisional && t.has(`status.${s}_PROVISIONAL`) ? `status.${s}_PROVISIONAL` : `status.${s}`;
  const sortable = (k: SortKey, children: string, className = "") => {
    const active = sort.key === k;
    const next: SortDir = active && sort.dir === "asc" ? "desc" : "asc";
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
        className={`px-2 py-2 ${className}`}
      >
        <Link
          href={`${base}?stage=${view}&sort=${k}&dir=${next}`}
          className="underline decoration-dotted"
          title={t("sortBy", { column: children })}
        >
          {children}
          {active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
        </Link>
      </th>
    );
  };
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">
          {t("title")} — {stageLabel(view)}
        </caption>
        <thead className="bg-slate-50 text-xs text-slate-700">
          <tr>
            {sortable("rank", t("columns.rank"), "text-right")}
            {sortable("title", t("columns.title"))}
            {sortable("opd", t("columns.opd"))}
            {sortable("category", t("columns.category"))}
            {final
              ? stages.map((s) => (
                  <th key={s} scope="col" className="px-2 py-2 text-right">
                    {stageLabel(s)}
                  </th>
                ))
              : null}
            {sortable("total", t("columns.total"), "text-right")}
            {sortable("passed", t("columns.passed"))}
            {sortable(
              "shortlisted",
              provisional ? t("columns.shortlistedProvisional") : t("columns.shortlisted"),
            )}
            {sortable("incomplete", t("columns.incomplete"))}
            {sortable("disagreement", t("columns.disagreement"), "text-right")}
            <th scope="col" className="px-2 py-2">
              {t("columns.tieBreak")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("columns.status")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("columns.override")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.entryId}
              className={`border-t border-slate-100 ${r.shortlisted ? "" : "text-slate-600"}`}
            >
              <td className="px-2 py-2 text-right font-semibold">
                {r.rank ?? "–"}
                {final && r.computedRank !== null && r.computedRank !== r.rank ? (
                  <span className="block text-xs font-normal text-slate-500">({r.computedRank})</span>
                ) : null}
              </td>
              <td className="min-w-44 px-2 py-2">
                <Link href={`${base}/${r.entryId}`} className="text-brand-700 underline">
                  {r.title}
                </Link>
              </td>
              <td className="px-2 py-2">{r.opd}</td>
              <td className="px-2 py-2">{r.category}</td>
              {final
                ? stages.map((s) => (
                    <td key={s} className="px-2 py-2 text-right tabular-nums">
                      {score(r.scores[s] ?? null)}
                    </td>
                  ))
                : null}
              <td className="px-2 py-2 text-right font-medium tabular-nums">{score(r.total)}</td>
              <td className="px-2 py-2">{r.passed ? t("yes") : t("no")}</td>
              <td className="px-2 py-2">
                {r.shortlisted ? `${t("yes")}${r.via ? ` (${t(`via.${r.via}`)})` : ""}` : t("no")}
              </td>
              <td className="px-2 py-2">
                {r.incompleteReviews > 0 ? (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                    ⚠ {t("incompleteCount", { count: r.incompleteReviews })}
                  </span>
                ) : (
                  "–"
                )}
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{score(r.disagreement)}</td>
              <td className="px-2 py-2 text-xs">{r.tieBreak ? say.tieBreak(r.tieBreak) : ""}</td>
              <td className="px-2 py-2 text-xs">
                {t.has(statusKey(r.status)) ? t(statusKey(r.status)) : r.status}
              </td>
              <td className="px-2 py-2 text-xs">
                {r.overrides.map((o) => (
                  <span key={o.kind} className="block">
                    {t("overrideNote", { kind: t(`overrideKinds.${o.kind}`), reason: o.reason })}
                    {o.status === "IGNORED" ? ` ${t("ignored")}` : ""}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
