"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-types";
import { answerClarificationAction, askClarificationAction } from "@/lib/objections/actions";

type Props = {
  action: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;
  hidden: Record<string, string>;
  field: "question" | "answer";
  id: string;
  label: string;
  hint: string;
  submit: string;
  resetOnSuccess: boolean;
};

function TextForm({ action, hidden, field, id, label, hint, submit, resetOnSuccess }: Props) {
  const { state, pending, fieldErrors, formProps } = useActionForm(action, { resetOnSuccess });
  const errors = fieldErrors?.[field];
  return (
    <form {...formProps} className="flex flex-col gap-2" noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        name={field}
        rows={4}
        required
        aria-invalid={errors ? true : undefined}
        aria-describedby={[`${id}-hint`, errors ? `${id}-error` : null].filter(Boolean).join(" ")}
        className="w-full min-w-0 rounded border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {errors ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {submit}
        </Button>
      </div>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
    </form>
  );
}

/** The secretariat's request to the OPD concerned, on an undecided objection. */
export function AskClarificationForm({ objectionId }: { objectionId: string }) {
  const t = useTranslations("objections.clarification");
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("ask")}</summary>
      <div className="mt-2">
        <TextForm
          action={askClarificationAction}
          hidden={{ objectionId }}
          field="question"
          id={`question-${objectionId}`}
          label={t("question")}
          hint={t("questionHint")}
          submit={t("send")}
          resetOnSuccess
        />
      </div>
    </details>
  );
}

/** The OPD's one answer to a clarification request. */
export function AnswerClarificationForm({ clarificationId }: { clarificationId: string }) {
  const t = useTranslations("objections.clarification");
  return (
    <TextForm
      action={answerClarificationAction}
      hidden={{ clarificationId }}
      field="answer"
      id={`answer-${clarificationId}`}
      label={t("answer")}
      hint={t("answerHint")}
      submit={t("sendAnswer")}
      resetOnSuccess={false}
    />
  );
}
