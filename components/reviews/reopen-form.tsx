"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { reopenReviewAction } from "@/lib/reviews/actions";

/**
 * For the secretariat's pages: reopen one submitted review with a reason (asked in a dialog).
 * The evaluator is notified and the review can be changed and sent again.
 */
export function ReopenReviewForm({ assignmentId, label }: { assignmentId: string; label?: string }) {
  const t = useTranslations("reviews.reopen");
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, pending, fieldErrors, formProps } = useActionForm(reopenReviewAction, {
    resetOnSuccess: true,
  });
  const reasonId = `reopen-reason-${assignmentId}`;
  const errors = fieldErrors?.reason;
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        type="button"
        variant="secondary"
        onClick={() => dialog.current?.showModal()}
        disabled={pending}
      >
        {label ?? t("button")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${reasonId}-title`}
        className="m-auto w-[min(32rem,95vw)] rounded-lg p-5 backdrop:bg-black/40"
      >
        <form
          {...formProps}
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            formProps.onSubmit(e);
            dialog.current?.close();
          }}
        >
          <h2 id={`${reasonId}-title`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-700">{t("text")}</p>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <label htmlFor={reasonId} className="text-sm font-medium">
            {t("reason")}
          </label>
          <textarea
            id={reasonId}
            name="reason"
            rows={3}
            required
            maxLength={2000}
            className="w-full rounded border border-slate-300 px-3 py-2 text-base"
          />
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
            <Button type="submit">{t("confirm")}</Button>
          </div>
        </form>
      </dialog>
      {state ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {errors?.join(" ") ?? state.message}
        </p>
      ) : null}
    </div>
  );
}
