"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { submitInnovationAction } from "@/lib/innovations/actions";
import { fieldLabel } from "./editor/labels";

export function SubmitPanel({ id, revision }: { id: string; revision: number }) {
  const t = useTranslations();
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, pending, formProps } = useActionForm(submitInnovationAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" onClick={() => dialog.current?.showModal()} disabled={pending}>
        {t("innovations.detail.submit")}
      </Button>
      <dialog
        ref={dialog}
        className="m-auto max-w-md rounded-lg p-6 backdrop:bg-black/40"
        aria-labelledby="submit-title"
      >
        <form
          {...formProps}
          onSubmit={(e) => {
            dialog.current?.close();
            formProps.onSubmit(e);
          }}
          className="flex flex-col gap-4"
        >
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="revision" value={revision} />
          <p id="submit-title">{t("innovations.detail.confirmSubmit")}</p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t("common.cancel")}
            </Button>
            <Button type="submit">{t("innovations.detail.submit")}</Button>
          </div>
        </form>
      </dialog>
      {state ? (
        <Notice tone={state.ok ? "success" : "error"}>
          {state.message}
          {errors ? (
            <ul className="mt-2 list-disc pl-5" data-testid="submit-errors">
              {Object.entries(errors).map(([field, messages]) => (
                <li key={field}>
                  <strong>{fieldLabel(t, field)}</strong>: {messages.join(" ")}
                </li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </div>
  );
}
