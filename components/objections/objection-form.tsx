"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-types";
import { DOCUMENT_ACCEPT, HONEYPOT_FIELD } from "@/lib/objections/schemas";

type Result = ActionResult<{ reference: string }>;

/**
 * The public objection form. Without JavaScript it is a plain multipart POST to the filing
 * route (which redirects to the confirmation page); with JavaScript it posts the same data with
 * fetch and shows the reference in place, keeping what was typed when something is refused.
 */
export function ObjectionForm({ actionUrl, entryId }: { actionUrl: string; entryId: string }) {
  const t = useTranslations("objections.form");
  const te = useTranslations("objections.errors");
  async function send(_prev: Result | null, form: FormData): Promise<Result> {
    try {
      const res = await fetch(actionUrl, {
        method: "POST",
        body: form,
        headers: { accept: "application/json" },
      });
      return (await res.json()) as Result;
    } catch {
      return { ok: false, message: te("network") };
    }
  }
  const { state, pending, fieldErrors, formProps } = useActionForm(send, { resetOnSuccess: true });
  const err = (k: string) => fieldErrors?.[k];

  if (state?.ok && state.data) {
    return (
      <div
        className="flex flex-col gap-2 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900"
        role="status"
      >
        <p className="font-semibold">{state.message}</p>
        <p className="text-lg font-bold" data-testid="objection-reference">
          {t("reference", { reference: state.data.reference })}
        </p>
        <p className="text-sm">{t("referenceHint")}</p>
      </div>
    );
  }

  return (
    <form
      {...formProps}
      // A URL, not the client function: the plain post is what works before (or without) JavaScript.
      action={actionUrl}
      method="post"
      encType="multipart/form-data"
      noValidate
      className="flex flex-col gap-4"
      aria-label={t("title")}
    >
      <input type="hidden" name="entryId" value={entryId} />
      <TextField
        label={t("name")}
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        errors={err("name")}
      />
      <TextField
        label={t("contact")}
        name="contact"
        hint={t("contactHint")}
        autoComplete="email"
        required
        maxLength={254}
        errors={err("contact")}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="reason" className="text-sm font-medium text-slate-800">
          {t("reason")}
        </label>
        <textarea
          id="reason"
          name="reason"
          rows={7}
          required
          minLength={30}
          maxLength={4000}
          aria-invalid={err("reason") ? true : undefined}
          aria-describedby={err("reason") ? "reason-hint reason-error" : "reason-hint"}
          className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
        />
        <p id="reason-hint" className="text-xs text-slate-500">
          {t("reasonHint")}
        </p>
        {err("reason") ? (
          <p id="reason-error" role="alert" className="text-sm text-red-700">
            {err("reason")!.join(" ")}
          </p>
        ) : null}
      </div>
      <TextField
        label={t("document")}
        name="dokumen"
        type="file"
        accept={DOCUMENT_ACCEPT}
        hint={t("documentHint")}
        errors={err("dokumen")}
      />
      {/* The honeypot: off-screen and out of the tab order, so only bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{t("honeypot")}</label>
        <input
          id={HONEYPOT_FIELD}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <p className="text-sm text-slate-600">{t("privacy")}</p>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("sending") : t("submit")}
        </Button>
      </div>
      {state && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
    </form>
  );
}
