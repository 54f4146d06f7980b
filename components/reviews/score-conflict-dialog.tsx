"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { RubricCriterion } from "@/lib/reviews/rules";
import { conflictingKeys, OVERALL_KEY, toRequest, type ReviewValues, type ScorePatch } from "./pending";

export type ScoreConflict = {
  /** The stored review's revision; resolving continues from it. */
  revision: number;
  server: ReviewValues;
  /** ISO time of the stored save; "" when the conflict was found on restoring unsent edits. */
  updatedAt: string;
  mine: ScorePatch;
};

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

/**
 * This review was saved elsewhere (another tab or device) since my edits started: both versions
 * of every differing item side by side; nothing is overwritten until the evaluator chooses.
 */
export function ScoreConflictDialog({
  conflict,
  criteria,
  onResolve,
}: {
  conflict: ScoreConflict;
  criteria: readonly Pick<RubricCriterion, "id" | "code" | "name">[];
  onResolve: (useMine: boolean) => void;
}) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);

  const keys = conflictingKeys(conflict.mine, conflict.server);
  const mine = toRequest(conflict.mine);
  const code = (id: string) => criteria.find((c) => c.id === id)?.code ?? id;
  const rows = keys.map((k) => {
    if (k === OVERALL_KEY)
      return {
        k,
        label: t("form.overall"),
        mine: mine.overallComment,
        theirs: conflict.server.overallComment,
      };
    const id = k.slice(2);
    if (k.startsWith("v:"))
      return {
        k,
        label: t("conflictDialog.value", { code: code(id) }),
        mine: mine.values[id],
        theirs: conflict.server.values[id],
      };
    return {
      k,
      label: t("conflictDialog.comment", { code: code(id) }),
      mine: mine.comments[id],
      theirs: conflict.server.comments[id],
    };
  });
  const time = conflict.updatedAt
    ? format.dateTime(new Date(conflict.updatedAt), { hour: "2-digit", minute: "2-digit" })
    : "—";

  function choose(useMine: boolean) {
    ref.current?.close();
    onResolve(useMine);
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby="score-conflict-title"
      className="m-auto w-[min(44rem,95vw)] rounded-lg p-5 backdrop:bg-black/40"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="score-conflict-title" className="text-lg font-semibold">
        {t("conflictDialog.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("conflictDialog.text", { time })}</p>
      {rows.length ? (
        <div className="mt-4 max-h-[50vh] overflow-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className="p-2">
                  {t("conflictDialog.item")}
                </th>
                <th scope="col" className="p-2">
                  {t("conflictDialog.mine")}
                </th>
                <th scope="col" className="p-2">
                  {t("conflictDialog.theirs")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.k} className="border-t border-slate-100 align-top">
                  <th scope="row" className="p-2 font-medium">
                    {r.label}
                  </th>
                  <td className="whitespace-pre-wrap break-words p-2">{show(r.mine)}</td>
                  <td className="whitespace-pre-wrap break-words p-2">{show(r.theirs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3 text-sm">{t("conflictDialog.noDifference")}</p>
      )}
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => choose(false)}>
          {t("conflictDialog.useTheirs")}
        </Button>
        <Button type="button" onClick={() => choose(true)}>
          {t("conflictDialog.useMine")}
        </Button>
      </div>
    </dialog>
  );
}
