"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { moderateFeedbackAction, replyFeedbackAction } from "@/lib/feedback/actions";

/** Approve / reject buttons for one feedback item (the clicked button's value is the decision). */
export function ModerateButtons({ feedbackId, state }: { feedbackId: string; state: string }) {
  const t = useTranslations("feedback.moderation");
  const { state: result, pending, formProps } = useActionForm(moderateFeedbackAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      {state !== "APPROVED" ? (
        <Button type="submit" name="decision" value="APPROVED" disabled={pending}>
          {t("approve")}
        </Button>
      ) : null}
      {state !== "REJECTED" ? (
        <Button type="submit" name="decision" value="REJECTED" variant="secondary" disabled={pending}>
          {t("reject")}
        </Button>
      ) : null}
      {result ? <Notice tone={result.ok ? "success" : "error"}>{result.message}</Notice> : null}
    </form>
  );
}

/** The public reply under a comment: write or edit. */
export function ReplyForm({ feedbackId, reply }: { feedbackId: string; reply: string | null }) {
  const t = useTranslations("feedback.moderation");
  const { state, pending, fieldErrors, formProps } = useActionForm(replyFeedbackAction);
  const id = `reply-${feedbackId}`;
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <label htmlFor={id} className="text-sm font-medium">
        {t("reply")}
      </label>
      <textarea
        id={id}
        name="reply"
        rows={2}
        maxLength={2000}
        defaultValue={reply ?? ""}
        aria-invalid={fieldErrors?.reply ? true : undefined}
        aria-describedby={fieldErrors?.reply ? `${id}-error` : undefined}
        className="rounded border border-slate-300 px-2 py-1"
      />
      {fieldErrors?.reply ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {fieldErrors.reply.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {reply ? t("editReply") : t("saveReply")}
        </Button>
        {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
      </div>
    </form>
  );
}
