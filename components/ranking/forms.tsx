"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { adjustShortlistAction, createOverrideAction, revokeOverrideAction } from "@/lib/ranking/actions";

type Option = { value: string; label: string };

function Result({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return null;
  return <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>;
}

function ReasonField({
  label,
  hint,
  errors,
  id,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  id: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name="reason"
        required
        minLength={5}
        maxLength={2000}
        rows={2}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={
          [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") ||
          undefined
        }
        className="w-full rounded border border-slate-300 px-3 py-2 text-base"
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type DecisionProps = { competitionId: string; entries: Option[]; entryId?: string };

/**
 * One decision about one entry, always with a written reason: a shortlist adjustment (add or remove) or a jury
 * override (move to a rank, or disqualify). Without `entryId` the form lets the admin pick the entry.
 */
function EntryDecisionForm({
  competitionId,
  entries,
  entryId,
  variant,
}: DecisionProps & { variant: "adjust" | "override" }) {
  const adjust = variant === "adjust";
  const t = useTranslations(adjust ? "ranking.shortlist" : "ranking.overrides");
  const { state, pending, fieldErrors, formProps } = useActionForm(
    adjust ? adjustShortlistAction : createOverrideAction,
    {
      resetOnSuccess: true,
    },
  );
  const prefix = `${variant}-${entryId ?? "any"}`;
  const kinds = adjust ? (["SHORTLIST_ADD", "SHORTLIST_REMOVE"] as const) : (["MOVE", "DISQUALIFY"] as const);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label={t(adjust ? "adjust" : "title")}>
      <input type="hidden" name="competitionId" value={competitionId} />
      {entryId ? (
        <input type="hidden" name="entryId" value={entryId} />
      ) : (
        <SelectField
          id={`${prefix}-entry`}
          label={t("entry")}
          name="entryId"
          options={entries}
          errors={fieldErrors?.entryId}
        />
      )}
      <SelectField
        id={`${prefix}-kind`}
        label={t("kind")}
        name="kind"
        options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        errors={fieldErrors?.kind}
      />
      {adjust ? null : (
        <TextField
          id={`${prefix}-target`}
          label={t("targetRank")}
          hint={t("targetHint")}
          name="targetRank"
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          errors={fieldErrors?.targetRank}
        />
      )}
      <ReasonField
        id={`${prefix}-reason`}
        label={t("reason")}
        hint={adjust ? t("reasonHint") : undefined}
        errors={fieldErrors?.reason}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
      <Result state={state} />
    </form>
  );
}

export function AdjustShortlistForm(props: DecisionProps) {
  return <EntryDecisionForm {...props} variant="adjust" />;
}

export function OverrideForm(props: DecisionProps) {
  return <EntryDecisionForm {...props} variant="override" />;
}

export function RevokeForm({ competitionId, overrideId }: { competitionId: string; overrideId: string }) {
  const t = useTranslations("ranking.overrides");
  const { state, pending, fieldErrors, formProps } = useActionForm(revokeOverrideAction);
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm text-red-700">{t("revoke")}</summary>
      <form {...formProps} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="competitionId" value={competitionId} />
        <input type="hidden" name="overrideId" value={overrideId} />
        <ReasonField id={`revoke-${overrideId}`} label={t("revokeReason")} errors={fieldErrors?.reason} />
        <div>
          <Button type="submit" variant="danger" disabled={pending}>
            {t("revoke")}
          </Button>
        </div>
        <Result state={state} />
      </form>
    </details>
  );
}
