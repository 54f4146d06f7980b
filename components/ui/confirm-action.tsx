"use client";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import type { ActionResult } from "@/lib/action-types";
import { Button } from "./button";
import { CopyLink } from "./copy-link";

type Props<T> = {
  action: (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  label: string;
  confirmText: string;
  variant?: "primary" | "secondary" | "danger";
};

/** A button that asks for confirmation in a modal dialog before it runs a destructive action. */
export function ConfirmAction<T extends { link?: string } | undefined>({
  action,
  fields,
  label,
  confirmText,
  variant = "secondary",
}: Props<T>) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" variant={variant} onClick={() => dialog.current?.showModal()} disabled={pending}>
        {label}
      </Button>
      <dialog ref={dialog} className="m-auto max-w-md rounded-lg p-6 backdrop:bg-black/40" aria-label={label}>
        <form action={formAction} onSubmit={() => dialog.current?.close()} className="flex flex-col gap-4">
          {Object.entries(fields).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <p>{confirmText}</p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
            <Button type="submit" variant={variant === "danger" ? "danger" : "primary"}>
              {label}
            </Button>
          </div>
        </form>
      </dialog>
      {state ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </p>
      ) : null}
      {state?.ok && state.data?.link ? <CopyLink link={state.data.link} /> : null}
    </div>
  );
}
