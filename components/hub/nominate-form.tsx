"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { nominateWinnerAction } from "@/lib/competitions/actions/nominations";

export type NominationTarget = { value: string; label: string };

/** Sends one published winner on to a province competition open for entry. */
export function NominateForm({
  sourceCompetitionId,
  entryId,
  title,
  targets,
}: {
  sourceCompetitionId: string;
  entryId: string;
  title: string;
  targets: NominationTarget[];
}) {
  const t = useTranslations("hub.nominate");
  const { state, pending, formProps } = useActionForm(nominateWinnerAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      {...formProps}
      className="flex flex-wrap items-end gap-2"
      noValidate
      aria-label={`${t("send")}: ${title}`}
    >
      <input type="hidden" name="sourceCompetitionId" value={sourceCompetitionId} />
      <input type="hidden" name="entryId" value={entryId} />
      <SelectField
        label={t("competition")}
        name="target"
        id={`target-${entryId}`}
        errors={errors?.target}
        options={targets}
      />
      <Button type="submit" disabled={pending}>
        {t("send")}
      </Button>
      {state ? (
        <div className="w-full">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
