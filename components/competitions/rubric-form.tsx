"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveRubricAction, unlockRubricAction } from "@/lib/competitions/actions";

type Row = {
  code: string;
  name: string;
  guidance: string;
  weight: number | string;
  scaleMin: number | string;
  scaleMax: number | string;
  required: boolean;
};

const cell = "w-full min-w-0 rounded border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-100";

export function RubricForm({
  competitionId,
  stage,
  rows,
  frozen,
}: {
  competitionId: string;
  stage: string;
  rows: Row[];
  frozen: boolean;
}) {
  const t = useTranslations("competitions.rubric");
  const { state, pending, fieldErrors, formProps } = useActionForm(saveRubricAction);
  const blank: Row = {
    code: "",
    name: "",
    guidance: "",
    weight: "",
    scaleMin: 1,
    scaleMax: 10,
    required: true,
  };
  const all = [...rows, blank, blank];
  return (
    <form {...formProps} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="stage" value={stage} />
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
      {fieldErrors?._ ? <Notice tone="error">{fieldErrors._.join(" ")}</Notice> : null}
      <p className="text-xs text-slate-600">{t("rowHint")}</p>
      <ol className="flex flex-col gap-3">
        {all.map((r, i) => {
          const f = (k: string) => `criteria.${i}.${k}`;
          const errs = Object.entries(fieldErrors ?? {})
            .filter(([k]) => k.startsWith(`criteria.${i}.`))
            .flatMap(([, v]) => v);
          return (
            <li
              key={i}
              className="grid grid-cols-2 gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[6rem_minmax(0,1fr)_5rem_5rem_5rem_5rem]"
              data-testid={`criterion-${i}`}
            >
              {(["code", "name", "weight", "scaleMin", "scaleMax"] as const).map((k) => (
                <label
                  key={k}
                  className={`flex flex-col text-xs ${k === "name" ? "col-span-2 sm:col-span-1" : ""}`}
                >
                  {t(k)} {i + 1}
                  <input
                    name={f(k)}
                    defaultValue={String(r[k])}
                    disabled={frozen}
                    className={cell}
                    inputMode={k === "code" || k === "name" ? undefined : "decimal"}
                  />
                </label>
              ))}
              <label className="flex flex-col text-xs">
                {t("required")} {i + 1}
                <select
                  name={f("required")}
                  defaultValue={r.required ? "true" : "false"}
                  disabled={frozen}
                  className={cell}
                >
                  <option value="true">{t("yes")}</option>
                  <option value="false">{t("no")}</option>
                </select>
              </label>
              <label className="col-span-2 flex flex-col text-xs sm:col-span-6">
                {t("guidance")} {i + 1}
                <textarea
                  name={f("guidance")}
                  defaultValue={r.guidance}
                  rows={2}
                  disabled={frozen}
                  className={cell}
                />
              </label>
              {errs.length ? (
                <p role="alert" className="col-span-2 text-sm text-red-700 sm:col-span-6">
                  {errs.join(" ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div>
        <Button type="submit" disabled={pending || frozen}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}

export function UnlockForm({ competitionId, text }: { competitionId: string; text: string }) {
  const t = useTranslations("competitions.rubric");
  const { state, pending, fieldErrors, formProps } = useActionForm(unlockRubricAction);
  return (
    <form
      {...formProps}
      className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3"
      noValidate
    >
      <h2 className="font-semibold">{t("unlockTitle")}</h2>
      <p className="text-sm">{text}</p>
      <input type="hidden" name="competitionId" value={competitionId} />
      <label htmlFor="unlock-reason" className="text-sm font-medium">
        {t("reason")}
      </label>
      <textarea
        id="unlock-reason"
        name="reason"
        rows={2}
        aria-invalid={fieldErrors?.reason ? true : undefined}
        className="rounded border border-slate-300 bg-white px-2 py-1"
      />
      {fieldErrors?.reason ? (
        <p role="alert" className="text-sm text-red-700">
          {fieldErrors.reason.join(" ")}
        </p>
      ) : null}
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {t("unlock")}
        </Button>
      </div>
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
    </form>
  );
}
