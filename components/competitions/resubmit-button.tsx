"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { resubmitEntryAction } from "@/lib/competitions/actions/entries";

export function ResubmitButton({ entryId }: { entryId: string }) {
  const t = useTranslations("competitions");
  const { state, pending, formProps } = useActionForm(resubmitEntryAction);
  return (
    <form {...formProps} className="flex flex-col items-start gap-1">
      <input type="hidden" name="entryId" value={entryId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("resubmit")}
      </Button>
      {state ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
