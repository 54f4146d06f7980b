import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdjustShortlistForm, OverrideForm } from "@/components/ranking/forms";
import { OverridesList } from "@/components/ranking/overrides-list";
import { ActionError } from "@/lib/action-types";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listOverrides, liveRanking } from "@/lib/ranking/queries";
import { engineText } from "@/components/ranking/engine-text";

export default async function ExplanationPage({
  params,
}: {
  params: Promise<{ id: string; entryId: string }>;
}) {
  const user = await requirePermission("competition.write");
  const { id, entryId } = await params;
  const live = await liveRanking(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  if (!Object.hasOwn(live.output.explanations, entryId)) notFound();
  const x = live.output.explanations[entryId]!;
  const entry = live.file.entries.find((e) => e.id === entryId)!;
  const [t, say, format, overrides] = await Promise.all([
    getTranslations("ranking"),
    engineText(live.file),
    getFormatter(),
    listOverrides(db, user, id),
  ]);
  const stageLabel = say.stage;
  const score = say.score;
  const ratio = (x: number | null) =>
    x === null ? "–" : format.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const num = (x: number) => format.number(x, { maximumFractionDigits: 2 });
  const agg = (a: string | null) => (a ? t(`explanation.aggregations.${a}`) : "–");
  const mine = overrides.filter((o) => o.entryId === entryId);
  const base = `/admin/kompetisi/${id}/peringkat`;
  // Criteria in rubric order (the export's order), not the engine's code order.
  const position = new Map(
    live.file.stages.flatMap((s) => s.criteria.map((c, i) => [`${s.kind}\u0000${c.code}`, i] as const)),
  );
  const inRubricOrder = <T extends { code: string }>(stage: string, criteria: T[]) =>
    [...criteria].sort(
      (a, b) =>
        (position.get(`${stage}\u0000${a.code}`) ?? 0) - (position.get(`${stage}\u0000${b.code}`) ?? 0),
    );

  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href={base} className="text-brand-700 underline">
          ← {t("explanation.backToRanking")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{entry.title}</h1>
        <p className="text-sm text-slate-600">
          {entry.opd} · {say.category(entry.category)} · {t("explanation.title")}
        </p>
      </div>

      <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <p>{t("explanation.desk", { score: score(x.desk.score), rank: x.desk.rank ?? "–" })}</p>
        <p>
          {t("columns.passed")}: {x.desk.passed ? t("yes") : t("no")} · {t("columns.shortlisted")}:{" "}
          {x.desk.shortlisted
            ? `${t("yes")}${x.desk.shortlistVia ? ` (${t(`via.${x.desk.shortlistVia}`)})` : ""}`
            : t("no")}
        </p>
        <p>
          {x.desk.tieBreak
            ? t("explanation.tieBreak", { rule: say.tieBreak(x.desk.tieBreak) })
            : t("explanation.noTieBreak")}
        </p>
        {x.final ? (
          <>
            <p className="mt-2 font-medium">
              {t("explanation.final", {
                rank: x.final.finalRank ?? "–",
                computed: x.final.computedRank ?? "–",
                total: score(x.final.total),
              })}{" "}
              · {t.has(`status.${x.final.status}`) ? t(`status.${x.final.status}`) : x.final.status}
            </p>
            {x.final.tieBreak ? (
              <p>{t("explanation.tieBreak", { rule: say.tieBreak(x.final.tieBreak) })}</p>
            ) : null}
            {x.final.reasons.length ? (
              <ul className="list-disc pl-5">
                {x.final.reasons.map((r, i) => (
                  <li key={i}>{say.note(r)}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p className="mt-2">{t("explanation.notShortlisted")}</p>
        )}
        {x.anonymized ? <p className="mt-2 text-xs text-slate-500">{t("explanation.anonymized")}</p> : null}
      </section>

      {x.stages.map((s) => (
        <section
          key={s.stage}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
          aria-label={stageLabel(s.stage)}
        >
          <h2 className="text-lg font-semibold">
            {t("explanation.stage", { stage: stageLabel(s.stage), weight: num(s.weight) })}
          </h2>
          <p>
            {s.passFail
              ? t("explanation.verdict", { verdict: s.verdict ? t(`verdicts.${s.verdict}`) : "–" })
              : `${t("explanation.score", { score: score(s.score) })} · ${t("explanation.disagreement", { value: score(s.disagreement) })}`}
          </p>
          <p>
            {t("explanation.aggregation", {
              used:
                s.effectiveAggregation && s.effectiveAggregation !== s.aggregation
                  ? t("explanation.aggregationConfigured", {
                      configured: agg(s.aggregation),
                      used: agg(s.effectiveAggregation),
                    })
                  : agg(s.effectiveAggregation ?? s.aggregation),
            })}{" "}
            ·{" "}
            {t("explanation.normalization", {
              state: s.normalization ? t("explanation.on") : t("explanation.off"),
            })}
          </p>
          {s.reviews.map((r) => (
            <div key={r.evaluator} className="overflow-x-auto">
              <h3 className="mt-2 font-medium">
                {r.evaluator}: {t("explanation.reviewScore")} {score(r.score)}
                {r.normalizationApplied ? ` · ${t("explanation.adjusted")} ${score(r.adjustedScore)}` : ""}
              </h3>
              <table className="mt-1 min-w-full text-left text-xs">
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className="px-2 py-1">
                      {t("explanation.criterion")}
                    </th>
                    <th scope="col" className="px-2 py-1 text-right">
                      {t("explanation.value")}
                    </th>
                    <th scope="col" className="px-2 py-1 text-right">
                      {t("explanation.scale")}
                    </th>
                    <th scope="col" className="px-2 py-1 text-right">
                      {t("explanation.weight")}
                    </th>
                    <th scope="col" className="px-2 py-1 text-right">
                      {t("explanation.normalized")}
                    </th>
                    <th scope="col" className="px-2 py-1 text-right">
                      {t("explanation.contribution")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {inRubricOrder(s.stage, r.criteria).map((c) => (
                    <tr key={c.code} className="border-t border-slate-100">
                      <td className="px-2 py-1">
                        {c.code} — {c.name}
                      </td>
                      <td className="px-2 py-1 text-right tabular-nums">
                        {c.value === null || c.value === undefined ? "–" : num(c.value)}
                      </td>
                      <td className="px-2 py-1 text-right">
                        {c.scaleMin}–{c.scaleMax}
                      </td>
                      <td className="px-2 py-1 text-right">{num(c.weight)}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{ratio(c.normalized)}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{score(c.contribution)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          {s.incompleteReviews.map((r) => (
            <p key={r.evaluator} className="text-amber-900">
              ⚠{" "}
              {t("explanation.incomplete", {
                evaluator: r.evaluator,
                reason: t(`incompleteReasons.${r.reason}`, { missing: r.missing.join(", ") || "–" }),
              })}
            </p>
          ))}
        </section>
      ))}

      <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 className="text-lg font-semibold">{t("explanation.overrides")}</h2>
        {x.overrides.length ? (
          <ul className="list-disc pl-5">
            {x.overrides.map((o) => (
              <li key={o.kind}>
                {t("overrideNote", { kind: t(`overrideKinds.${o.kind}`), reason: o.reason })}
                {o.appliedRank ? ` → ${o.appliedRank}` : ""}
                {o.status === "IGNORED" ? ` ${t("ignored")} ${o.note ? say.note(o.note) : ""}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("explanation.noOverrides")}</p>
        )}
        <h3 className="font-medium">{t("overrides.forEntry")}</h3>
        <OverridesList competitionId={id} items={mine.map((o) => ({ ...o, entryTitle: entry.title }))} />
        <div className="grid gap-4 md:grid-cols-2">
          {live.published ? null : (
            <div>
              <h3 className="mb-2 font-medium">{t("shortlist.adjust")}</h3>
              <AdjustShortlistForm competitionId={id} entries={[]} entryId={entryId} />
            </div>
          )}
          {x.desk.shortlisted ? (
            <div>
              <h3 className="mb-2 font-medium">{t("overrides.title")}</h3>
              <OverrideForm competitionId={id} entries={[]} entryId={entryId} />
            </div>
          ) : null}
        </div>
      </section>
    </div>
  );
}
