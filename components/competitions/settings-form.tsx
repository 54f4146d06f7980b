"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateSettingsAction } from "@/lib/competitions/actions/setup";

type Settings = {
  id: string;
  name: string;
  year: number;
  passingGrade: number;
  shortlistSize: number;
  evaluatorsPerEntry: number;
  aggregation: string;
  zNormalize: boolean;
  hideEvaluatorNames: boolean;
  categories: { code: string; name: string; quota: number | null }[];
  weights: { kind: "DESK" | "PRESENTATION" | "FIELD_VERIFICATION"; weight: number; passFail: boolean }[];
  tieBreakers: Record<string, string>[];
};

export function SettingsForm({ s }: { s: Settings }) {
  const t = useTranslations("competitions");
  const { state, pending, fieldErrors, formProps } = useActionForm(updateSettingsAction);
  const err = (k: string) => fieldErrors?.[k];
  const rows = [...s.categories, { code: "", name: "", quota: null }, { code: "", name: "", quota: null }];
  return (
    <form {...formProps} className="grid grid-cols-1 gap-4" noValidate>
      <input type="hidden" name="competitionId" value={s.id} />
      {state ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}
      {fieldErrors?._ ? <Notice tone="error">{fieldErrors._.join(" ")}</Notice> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField label={t("admin.name")} name="name" defaultValue={s.name} errors={err("name")} />
        <TextField
          label={t("admin.year")}
          name="year"
          type="number"
          defaultValue={s.year}
          errors={err("year")}
        />
        <TextField
          label={t("admin.passingGrade")}
          name="passingGrade"
          inputMode="decimal"
          defaultValue={s.passingGrade}
          errors={err("passingGrade")}
        />
        <TextField
          label={t("admin.shortlistSize")}
          name="shortlistSize"
          type="number"
          defaultValue={s.shortlistSize}
          errors={err("shortlistSize")}
        />
        <TextField
          label={t("admin.evaluatorsPerEntry")}
          name="evaluatorsPerEntry"
          type="number"
          defaultValue={s.evaluatorsPerEntry}
          errors={err("evaluatorsPerEntry")}
        />
        <SelectField
          label={t("admin.aggregation")}
          name="aggregation"
          defaultValue={s.aggregation}
          errors={err("aggregation")}
          options={(["MEAN", "MEDIAN", "TRIMMED_MEAN"] as const).map((a) => ({
            value: a,
            label: t(`admin.aggregations.${a}`),
          }))}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="zNormalize" defaultChecked={s.zNormalize} /> {t("admin.zNormalize")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="hideEvaluatorNames" defaultChecked={s.hideEvaluatorNames} />{" "}
        {t("admin.hideEvaluatorNames")}
      </label>
      <fieldset className="grid grid-cols-1 gap-2">
        <legend className="font-semibold">{t("admin.stageWeights")}</legend>
        {s.weights.map((w) => (
          <div key={w.kind} className="flex flex-wrap items-end gap-3">
            <TextField
              label={t(`stages.${w.kind}`)}
              name={`stageWeights.${w.kind}.weight`}
              id={`w-${w.kind}`}
              inputMode="decimal"
              defaultValue={w.weight}
              errors={err(`stageWeights.${w.kind}.weight`)}
            />
            {w.kind === "FIELD_VERIFICATION" ? (
              <label className="flex items-center gap-2 pb-2 text-sm">
                <input type="checkbox" name={`stageWeights.${w.kind}.passFail`} defaultChecked={w.passFail} />{" "}
                {t("admin.passFail")}
              </label>
            ) : null}
          </div>
        ))}
        {err("stageWeights") ? (
          <p role="alert" className="text-sm text-red-700">
            {err("stageWeights")!.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-2">
        <legend className="font-semibold">{t("admin.categories")}</legend>
        <p className="text-xs text-slate-600">{t("admin.categoryHint")}</p>
        {rows.map((c, i) => (
          <div key={i} className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            <TextField
              label={`${t("admin.categoryCode")} ${i + 1}`}
              id={`cat-${i}-code`}
              name={`categories.${i}.code`}
              defaultValue={c.code}
              errors={err(`categories.${i}.code`)}
            />
            <TextField
              label={`${t("admin.categoryName")} ${i + 1}`}
              id={`cat-${i}-name`}
              name={`categories.${i}.name`}
              defaultValue={c.name}
              errors={err(`categories.${i}.name`)}
            />
            <TextField
              label={`${t("admin.categoryQuota")} ${i + 1}`}
              id={`cat-${i}-quota`}
              name={`categories.${i}.quota`}
              inputMode="numeric"
              defaultValue={c.quota ?? ""}
              errors={err(`categories.${i}.quota`)}
            />
          </div>
        ))}
        {err("categories") ? (
          <p role="alert" className="text-sm text-red-700">
            {err("categories")!.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-2">
        <legend className="font-semibold">{t("admin.tieBreakers")}</legend>
        <p className="text-xs text-slate-600">{t("admin.tieBreakersHint")}</p>
        {[...s.tieBreakers, {}, {}].slice(0, 5).map((tb, i) => (
          <div key={i} className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            <SelectField
              label={`${t("admin.tieBreakerKind")} ${i + 1}`}
              id={`tb-${i}-kind`}
              name={`tieBreakers.${i}.kind`}
              defaultValue={tb.kind ?? ""}
              errors={err(`tieBreakers.${i}`) ?? err(`tieBreakers.${i}.kind`)}
              options={[
                { value: "", label: "—" },
                ...(["STAGE", "CRITERION", "OBJECTIONS", "SUBMITTED_AT"] as const).map((k) => ({
                  value: k,
                  label: t(`admin.tieBreakerKinds.${k}`),
                })),
              ]}
            />
            <SelectField
              label={`${t("admin.tieBreakerStage")} ${i + 1}`}
              id={`tb-${i}-stage`}
              name={`tieBreakers.${i}.stage`}
              defaultValue={tb.stage ?? ""}
              errors={err(`tieBreakers.${i}.stage`)}
              options={[
                { value: "", label: "—" },
                ...(["DESK", "PRESENTATION", "FIELD_VERIFICATION"] as const).map((k) => ({
                  value: k,
                  label: t(`stages.${k}`),
                })),
              ]}
            />
            <TextField
              label={`${t("admin.tieBreakerCode")} ${i + 1}`}
              id={`tb-${i}-code`}
              name={`tieBreakers.${i}.code`}
              defaultValue={tb.code ?? ""}
              errors={err(`tieBreakers.${i}.code`)}
            />
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {t("admin.saveSettings")}
        </Button>
      </div>
    </form>
  );
}
