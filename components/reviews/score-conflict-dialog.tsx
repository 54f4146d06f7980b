"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { AutosaveConflict } from "@/components/forms/use-autosave";
import { Button } from "@/components/ui/button";
import { OVERALL_KEY } from "@/lib/reviews/rules/autosave";
import type { RubricCriterion } from "@/lib/reviews/rules/review";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

/**
 * This review was saved elsewhere (another tab or device) with a different value for an item the
 * evaluator also changed: both versions of exactly those items side by side; nothing is
 * overwritten until the evaluator chooses. Her other edits are kept either way.
 */
export function ScoreConflictDialog({
  conflict,
  criteria,
  onResolve,
}: {
  conflict: AutosaveConflict;
  criteria: readonly Pick<RubricCriterion, "id" | "code" | "name">[];
  onResolve: (useMine: boolean) => void;
}) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);

  const code = (id: string) => criteria.find((c) => c.id === id)?.code ?? id;
  const rows = conflict.fields.map((k) => {
    const label =
      k === OVERALL_KEY
        ? t("form.overall")
        : k.startsWith("v:")
          ? t("conflictDialog.value", { code: code(k.slice(2)) })
          : t("conflictDialog.comment", { code: code(k.slice(2)) });
    return { k, label, mine: conflict.mine[k], theirs: conflict.server[k] };
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
