"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { decideInnovationAction } from "@/lib/innovations/actions";

export function DecisionPanel({ id }: { id: string }) {
  const t = useTranslations("innovations.detail");
  const { state, pending, fieldErrors, formProps } = useActionForm(decideInnovationAction);
  return (
    <form
      {...formProps}
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
      noValidate
    >
      <h2 className="text-lg font-semibold">{t("decisionTitle")}</h2>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
      <input type="hidden" name="id" value={id} />
      <label htmlFor="decision-comment" className="text-sm font-medium">
        {t("comment")}
      </label>
      <textarea
        id="decision-comment"
        name="comment"
        rows={3}
        aria-describedby="decision-comment-hint decision-comment-error"
        aria-invalid={fieldErrors?.comment ? true : undefined}
        className="rounded border border-slate-300 bg-white px-3 py-2"
      />
      <p id="decision-comment-hint" className="text-xs text-slate-600">
        {t("commentHint")}
      </p>
      {fieldErrors?.comment ? (
        <p id="decision-comment-error" role="alert" className="text-sm text-red-700">
          {fieldErrors.comment.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="APPROVE" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="RETURN" variant="danger" disabled={pending}>
          {t("returnLabel")}
        </Button>
      </div>
    </form>
  );
}
