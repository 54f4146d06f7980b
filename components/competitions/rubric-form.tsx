"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveRubricAction, unlockRubricAction } from "@/lib/competitions/actions/rubric";

type Level = { level: number; text: string };
type Row = {
  code: string;
  name: string;
  guidance: string;
  weight: number | string;
  scaleMin: number | string;
  scaleMax: number | string;
  required: boolean;
  levels?: Level[];
};
type EditRow = Omit<Row, "weight" | "scaleMin" | "scaleMax" | "levels"> & {
  key: number;
  weight: string;
  scaleMin: string;
  scaleMax: string;
  /** Descriptor text by level; kept when the scale changes so nothing typed is lost. */
  levels: Record<number, string>;
};

const cell = "w-full min-w-0 rounded border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-100";
/** The same limit the server applies (RUBRIC_LIMITS.maxLevels): descriptors only for short scales. */
const MAX_LEVELS = 11;

/** A number as the editor accepts it (comma or point decimals); NaN for anything else. */
function parseNumber(v: string): number {
  const m = /^\s*([+-]?\d+)(?:[.,](\d+))?\s*$/.exec(v);
  return m ? Number(m[2] ? `${m[1]}.${m[2]}` : m[1]) : Number.NaN;
}

/** The levels of a scale when it is short enough to describe each, else null. */
export function scaleLevels(min: number, max: number): number[] | null {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min || max - min + 1 > MAX_LEVELS)
    return null;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

let nextKey = 0;
const toEdit = (r: Row): EditRow => ({
  ...r,
  key: nextKey++,
  weight: String(r.weight),
  scaleMin: String(r.scaleMin),
  scaleMax: String(r.scaleMax),
  levels: Object.fromEntries((r.levels ?? []).map((l) => [l.level, l.text])),
});
const blankRow = (): EditRow =>
  toEdit({ code: "", name: "", guidance: "", weight: "", scaleMin: 1, scaleMax: 5, required: true });

/**
 * The criteria of one stage, as many as needed. The sum of the weights and each criterion's share of it are
 * worked out while typing (a review's score weighs each criterion by weight ÷ sum of weights).
 */
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
  const format = useFormatter();
  const { state, pending, fieldErrors, formProps } = useActionForm(saveRubricAction);
  const [list, setList] = useState<EditRow[]>(() => (rows.length ? rows.map(toEdit) : [blankRow()]));
  const update = (key: number, patch: Partial<EditRow>) =>
    setList((l) => l.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const weights = list.map((r) => parseNumber(r.weight));
  const valid = weights.filter((w) => Number.isFinite(w) && w > 0);
  const sum = valid.reduce((a, b) => a + b, 0);
  const invalidCount = list.filter((r, i) => r.weight.trim() !== "" && !(weights[i]! > 0)).length;
  const number = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const percent = (w: number) => format.number(w / sum, { style: "percent", maximumFractionDigits: 1 });
  return (
    <form {...formProps} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="stage" value={stage} />
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
      {fieldErrors?._ ? <Notice tone="error">{fieldErrors._.join(" ")}</Notice> : null}
      <p className="text-xs text-slate-600">{t("rowHint")}</p>
      <ol className="flex flex-col gap-3">
        {list.map((r, i) => {
          const f = (k: string) => `criteria.${i}.${k}`;
          const id = (k: string) => `rubric-${stage}-${r.key}-${k}`;
          const errs = Object.entries(fieldErrors ?? {})
            .filter(([k]) => k.startsWith(`criteria.${i}.`))
            .flatMap(([, v]) => v);
          const w = weights[i]!;
          const levels = scaleLevels(parseNumber(r.scaleMin), parseNumber(r.scaleMax));
          return (
            <li
              key={r.key}
              className="grid grid-cols-2 gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[6rem_minmax(0,1fr)_5rem_5rem_5rem_5rem]"
              data-testid={`criterion-${i}`}
              aria-describedby={errs.length ? id("errors") : undefined}
            >
              {(["code", "name", "weight", "scaleMin", "scaleMax"] as const).map((k) => (
                <label
                  key={k}
                  className={`flex flex-col text-xs ${k === "name" ? "col-span-2 sm:col-span-1" : ""}`}
                >
                  {t(k)} {i + 1}
                  <input
                    name={f(k)}
                    value={r[k]}
                    onChange={(e) => update(r.key, { [k]: e.target.value })}
                    disabled={frozen}
                    aria-describedby={k === "weight" ? id("share") : undefined}
                    className={cell}
                    inputMode={k === "code" || k === "name" ? undefined : "decimal"}
                  />
                </label>
              ))}
              <label className="flex flex-col text-xs">
                {t("required")} {i + 1}
                <select
                  name={f("required")}
                  value={r.required ? "true" : "false"}
                  onChange={(e) => update(r.key, { required: e.target.value === "true" })}
                  disabled={frozen}
                  className={cell}
                >
                  <option value="true">{t("yes")}</option>
                  <option value="false">{t("no")}</option>
                </select>
              </label>
              <p
                id={id("share")}
                className="col-span-2 text-xs text-slate-700 sm:col-span-6"
                aria-live="polite"
              >
                {Number.isFinite(w) && w > 0 && sum > 0
                  ? t("share", { weight: number(w), sum: number(sum), percent: percent(w) })
                  : r.weight.trim()
                    ? t("shareInvalid")
                    : t("shareEmpty")}
              </p>
              <label className="col-span-2 flex flex-col text-xs sm:col-span-6">
                {t("guidance")} {i + 1}
                <textarea
                  name={f("guidance")}
                  value={r.guidance}
                  onChange={(e) => update(r.key, { guidance: e.target.value })}
                  rows={2}
                  disabled={frozen}
                  className={cell}
                />
              </label>
              <details
                className="col-span-2 rounded border border-slate-100 p-2 sm:col-span-6"
                open={Object.values(r.levels).some((v) => v.trim() !== "")}
              >
                <summary className="cursor-pointer text-xs font-semibold text-brand-700">
                  {t("levels", { n: i + 1 })}
                  {levels
                    ? ` (${t("levelsFilled", { filled: levels.filter((l) => (r.levels[l] ?? "").trim()).length, total: levels.length })})`
                    : ""}
                </summary>
                <fieldset className="flex flex-col gap-1">
                  <legend className="sr-only">{t("levels", { n: i + 1 })}</legend>
                  {levels ? (
                    levels.map((level, j) => (
                      <label
                        key={level}
                        className="grid grid-cols-[4.5rem_minmax(0,1fr)] items-start gap-2 text-xs"
                      >
                        <span className="pt-1">{t("level", { level, n: i + 1 })}</span>
                        <input type="hidden" name={`${f("levels")}.${j}.level`} value={level} />
                        <input
                          name={`${f("levels")}.${j}.text`}
                          value={r.levels[level] ?? ""}
                          onChange={(e) =>
                            update(r.key, { levels: { ...r.levels, [level]: e.target.value } })
                          }
                          disabled={frozen}
                          className={cell}
                        />
                      </label>
                    ))
                  ) : (
                    <p className="text-xs text-slate-600">{t("levelsUnavailable", { max: MAX_LEVELS })}</p>
                  )}
                </fieldset>
              </details>
              {errs.length ? (
                <p id={id("errors")} role="alert" className="col-span-2 text-sm text-red-700 sm:col-span-6">
                  {errs.join(" ")}
                </p>
              ) : null}
              {frozen ? null : (
                <div className="col-span-2 sm:col-span-6">
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => setList((l) => l.filter((x) => x.key !== r.key))}
                    aria-label={t("removeRow", { n: i + 1 })}
                  >
                    {t("remove")}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div
        className="flex flex-wrap items-center justify-between gap-2 rounded bg-slate-50 p-2 text-sm"
        data-testid="rubric-sum"
        aria-live="polite"
      >
        <span>
          {t("sum", { sum: number(sum), count: valid.length })}
          {invalidCount ? ` ${t("sumSkipped", { count: invalidCount })}` : ""}
        </span>
        {frozen ? null : (
          <Button type="button" variant="secondary" onClick={() => setList((l) => [...l, blankRow()])}>
            {t("addRow")}
          </Button>
        )}
      </div>
      <div>
        <Button type="submit" disabled={pending || frozen}>
          {pending ? t("saving") : t("save")}
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
