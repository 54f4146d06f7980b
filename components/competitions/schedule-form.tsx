"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateScheduleAction } from "@/lib/competitions/actions/setup";
import type { RegionZone } from "@/lib/time/zones";

const KINDS = [
  "REGISTRATION",
  "SCREENING",
  "DESK",
  "OBJECTION",
  "PRESENTATION",
  "FIELD_VERIFICATION",
  "ANNOUNCEMENT",
] as const;

/** The stage dates, as wall-clock times "YYYY-MM-DDTHH:mm" in the competition's region's `zone`. */
export function ScheduleForm({
  competitionId,
  zone,
  stages,
}: {
  competitionId: string;
  zone: RegionZone;
  stages: { kind: string; startsAt: string; endsAt: string }[];
}) {
  const t = useTranslations("competitions");
  const { state, pending, fieldErrors, formProps } = useActionForm(updateScheduleAction);
  return (
    <form {...formProps} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="competitionId" value={competitionId} />
      <p className="text-sm text-slate-600">{t("admin.scheduleHint", { zone })}</p>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
      <div className="grid grid-cols-1 gap-3">
        {KINDS.map((kind) => {
          const s = stages.find((x) => x.kind === kind);
          return (
            <fieldset
              key={kind}
              className="grid grid-cols-1 gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[12rem_1fr_1fr] sm:items-end"
            >
              <legend className="sr-only">{t(`stages.${kind}`)}</legend>
              <span className="text-sm font-semibold" aria-hidden>
                {t(`stages.${kind}`)}
              </span>
              {(["startsAt", "endsAt"] as const).map((field) => {
                const name = `${kind}.${field}`;
                const errors = fieldErrors?.[name];
                return (
                  <label key={field} className="flex flex-col gap-1 text-sm">
                    {t(`admin.${field}`)} — {t(`stages.${kind}`)}
                    <input
                      type="datetime-local"
                      name={name}
                      defaultValue={s?.[field] ?? ""}
                      aria-invalid={errors ? true : undefined}
                      className="rounded border border-slate-300 px-2 py-1"
                    />
                    {errors ? (
                      <span role="alert" className="text-xs text-red-700">
                        {errors.join(" ")}
                      </span>
                    ) : null}
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {t("admin.saveSchedule")}
        </Button>
      </div>
    </form>
  );
}
