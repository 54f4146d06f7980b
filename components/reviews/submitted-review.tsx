import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { liveScore, scaleAverage } from "@/lib/reviews/rules/review";
import type { PeerScores, Workspace } from "@/lib/reviews/queries";
import { getZonedFormatter } from "@/lib/time/format";

/** The locked, read-only review after it was sent. */
export async function SubmittedReview({ ws }: { ws: Workspace }) {
  const [t, format] = await Promise.all([getTranslations("reviews"), getZonedFormatter()]);
  const live = liveScore(ws.criteria, ws.values);
  const average = scaleAverage(ws.criteria, ws.values);
  const score = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="submitted-title" className="flex flex-col gap-3">
      <h2 id="submitted-title" className="text-xl font-semibold">
        {t("submitted.title")}
      </h2>
      <Notice tone="success">
        {ws.review?.submittedAt
          ? t("submitted.at", {
              date: format.dateTime(ws.review.submittedAt, { dateStyle: "long", timeStyle: "short" }),
            })
          : t("submitted.title")}{" "}
        {t("submitted.locked")}
      </Notice>
      {ws.stage.passFail ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4" data-testid="review-verdict">
          <span className="font-medium">{t("submitted.verdict")}: </span>
          <span className={`text-2xl font-bold ${ws.review?.verdict ? "text-green-800" : "text-red-800"}`}>
            {ws.review?.verdict ? t("submitted.verdictPass") : t("submitted.verdictFail")}
          </span>
        </p>
      ) : null}
      {ws.stage.passFail && live.score === null ? null : (
        <p className="rounded-lg border border-slate-200 bg-white p-4" data-testid="review-score">
          <span className="font-medium">{t("form.liveScore")}: </span>
          <span className="text-2xl font-bold tabular-nums">
            {live.score === null ? "—" : score(live.score)}
          </span>
          <span className="text-slate-600"> / 100</span>
          {average ? (
            <span className="ml-2 text-slate-700" data-testid="scale-average">
              ·{" "}
              {t("form.scaleAverage", {
                mean: format.number(average.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                max: average.scaleMax,
              })}
            </span>
          ) : null}
          <span className="mt-1 block text-xs text-slate-600">{t("form.scoreExplained")}</span>
        </p>
      )}
      <ul className="flex flex-col gap-2">
        {ws.criteria.map((c) => {
          const v = ws.values[c.id];
          const comment = ws.comments[c.id];
          return (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">
                  {c.code} · {c.name}
                </span>
                <span className="tabular-nums">
                  <span className="text-lg font-bold">
                    {v === null || v === undefined ? "—" : format.number(v)}
                  </span>
                  <span className="text-sm text-slate-600">
                    {" "}
                    {t("form.scale", { min: c.scaleMin, max: c.scaleMax })}
                  </span>
                </span>
              </div>
              {c.levels.find((l) => l.level === v) ? (
                <p className="mt-1 text-sm text-slate-700">{c.levels.find((l) => l.level === v)!.text}</p>
              ) : null}
              {comment ? (
                <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-700">{comment}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 className="font-semibold">{t("form.overall")}</h3>
        <p
          className={`mt-1 whitespace-pre-wrap break-words ${ws.review?.overallComment ? "" : "italic text-slate-500"}`}
        >
          {ws.review?.overallComment || t("submitted.noComment")}
        </p>
      </div>
    </section>
  );
}

/** Other evaluators' scores for the same entry and stage, shown once the caller's review is sent. */
export async function PeerScoresPanel({ peers }: { peers: PeerScores }) {
  const [t, format] = await Promise.all([getTranslations("reviews"), getZonedFormatter()]);
  const score = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <section
      aria-labelledby="peers-title"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="peer-scores"
    >
      <h2 id="peers-title" className="text-lg font-semibold">
        {t("peers.title")}
      </h2>
      <p className="text-sm text-slate-600">{peers.hideNames ? t("peers.introHidden") : t("peers.intro")}</p>
      {peers.peers.length === 0 ? (
        <p className="text-sm italic text-slate-500">{t("peers.none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-2">
                {t("peers.evaluator")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("peers.score")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-slate-100 bg-brand-50">
              <th scope="row" className="py-2 pr-2 font-medium">
                {t("peers.you", { number: peers.own.number })}
              </th>
              <td className="py-2 text-right tabular-nums">
                {peers.own.score === null ? "—" : score(peers.own.score)}
              </td>
            </tr>
            {peers.peers.map((p) => (
              <tr key={p.number} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-2 font-normal">
                  {p.name ?? t("peers.anonymous", { number: p.number })}
                </th>
                <td className="py-2 text-right tabular-nums">
                  {p.submitted && p.score !== null ? (
                    score(p.score)
                  ) : (
                    <span className="italic text-slate-500">{t("peers.notSubmitted")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
