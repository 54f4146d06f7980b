"use client";
import { useTranslations } from "next-intl";
import { useRef, type FormEvent } from "react";
import { Button } from "@/components/ui/button";

/**
 * Asks before a save that deactivates (the "active" select going from true to false): the form's submit opens a
 * dialog, and its confirm button submits the form again past the question.
 */
export function useDeactivationConfirm(
  wasActive: boolean,
  submit: (e: FormEvent<HTMLFormElement>) => void,
  text: string,
) {
  const t = useTranslations();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement | null>(null);
  const confirmed = useRef(false);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const active = new FormData(e.currentTarget).get("active");
    if (wasActive && active === "false" && !confirmed.current) {
      e.preventDefault();
      form.current = e.currentTarget;
      dialog.current?.showModal();
      return;
    }
    confirmed.current = false;
    submit(e);
  }
  const confirmDialog = (
    <dialog
      ref={dialog}
      className="m-auto max-w-md rounded-lg p-6 backdrop:bg-black/40"
      aria-label={t("accounts.confirmDeactivateTitle")}
    >
      <div className="flex flex-col gap-4">
        <p>{text}</p>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {t("common.cancel")}
          </Button>
          <Button
            type="button"
            variant="danger"
            onClick={() => {
              confirmed.current = true;
              dialog.current?.close();
              form.current?.requestSubmit();
            }}
          >
            {t("accounts.confirm")}
          </Button>
        </div>
      </div>
    </dialog>
  );
  return { onSubmit, confirmDialog };
}
