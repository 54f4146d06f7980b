"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { declareConflictAction, declareNoConflictAction } from "@/lib/reviews/actions";

/**
 * Before scoring, the evaluator answers the conflict-of-interest question: "no conflict" opens the
 * scoring page; declaring one (with a note, after a confirmation) hands the entry back to the
 * secretariat for good.
 */
export function ConflictCheck({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("reviews.conflict");
  const dialog = useRef<HTMLDialogElement>(null);
  const none = useActionForm(declareNoConflictAction);
  const declare = useActionForm(declareConflictAction);
  const noteErrors = declare.fieldErrors?.note;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <form {...none.formProps}>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <Button type="submit" disabled={none.pending} className="w-full sm:w-auto">
            {t("noConflict")}
          </Button>
        </form>
        <Button
          type="button"
          variant="secondary"
          onClick={() => dialog.current?.showModal()}
          className="w-full sm:w-auto"
        >
          {t("declare")}
        </Button>
      </div>
      {none.state && !none.state.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {none.state.message}
        </p>
      ) : null}

      <dialog
        ref={dialog}
        aria-labelledby="declare-conflict-title"
        className="m-auto w-[min(32rem,95vw)] rounded-lg p-5 backdrop:bg-black/40"
      >
        <form {...declare.formProps} className="flex flex-col gap-3">
          <h2 id="declare-conflict-title" className="text-lg font-semibold">
            {t("dialogTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("dialogText")}</p>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <div className="flex flex-col gap-1">
            <label htmlFor="conflict-note" className="text-sm font-medium">
              {t("note")}
            </label>
            <textarea
              id="conflict-note"
              name="note"
              rows={4}
              required
              maxLength={2000}
              aria-describedby={`conflict-note-hint${noteErrors ? " conflict-note-error" : ""}`}
              aria-invalid={noteErrors ? true : undefined}
              className="w-full rounded border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600"
            />
            <p id="conflict-note-hint" className="text-xs text-slate-600">
              {t("noteHint")}
            </p>
            {noteErrors ? (
              <p id="conflict-note-error" role="alert" className="text-sm text-red-700">
                {noteErrors.join(" ")}
              </p>
            ) : null}
          </div>
          {declare.state && !declare.state.ok && !noteErrors ? (
            <p role="alert" className="text-sm text-red-700">
              {declare.state.message}
            </p>
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={declare.pending}>
              {t("confirm")}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
