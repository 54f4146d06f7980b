"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { publishAction } from "@/lib/publication/actions";

/** Publish (number 1) or supersede (with a reason); a dialog asks for confirmation before the permanent step. */
export function PublishForm({
  competitionId,
  nextNumber,
  objectionsOpenUntil,
}: {
  competitionId: string;
  nextNumber: number;
  objectionsOpenUntil: string | null;
}) {
  const t = useTranslations("publication.admin");
  const tc = useTranslations("common");
  const { state, pending, fieldErrors, formProps } = useActionForm(publishAction, { resetOnSuccess: true });
  const dialog = useRef<HTMLDialogElement>(null);
  const supersede = nextNumber > 1;
  const label = supersede ? t("supersede") : t("publish");
  return (
    <form
      {...formProps}
      onSubmit={(e) => {
        dialog.current?.close();
        formProps.onSubmit(e);
      }}
      className="flex flex-col gap-3"
      noValidate
    >
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="expectedNumber" value={nextNumber} />
      {supersede ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="reason" className="text-sm font-medium text-slate-800">
            {t("reason")}
          </label>
          <textarea
            id="reason"
            name="reason"
            rows={3}
            required
            maxLength={2000}
            aria-invalid={fieldErrors?.reason ? true : undefined}
            aria-describedby={fieldErrors?.reason ? "reason-hint reason-error" : "reason-hint"}
            className="w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
          />
          <p id="reason-hint" className="text-xs text-slate-500">
            {t("reasonHint")}
          </p>
          {fieldErrors?.reason ? (
            <p id="reason-error" role="alert" className="text-sm text-red-700">
              {fieldErrors.reason.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      {objectionsOpenUntil ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="closeObjections" className="mt-1" />
          <span>{t("closeObjections")}</span>
        </label>
      ) : null}
      <div>
        <Button type="button" onClick={() => dialog.current?.showModal()} disabled={pending}>
          {label}
        </Button>
      </div>
      <dialog ref={dialog} aria-label={label} className="m-auto max-w-md rounded-lg p-6 backdrop:bg-black/40">
        <p>{t("confirm")}</p>
        <div className="mt-4 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {tc("cancel")}
          </Button>
          <Button type="submit">{label}</Button>
        </div>
      </dialog>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
    </form>
  );
}
