"use client";
import { useTranslations } from "next-intl";
import { RupiahInput } from "@/components/ui/rupiah-input";
import { wordStatus } from "@/lib/innovations/rules/form/words";
import type { FieldDef, InnovationDraft } from "@/lib/innovations/rules/form/sections";
import { fieldLabel, fieldHint, enumLabel } from "./labels";

type Props = {
  def: FieldDef;
  value: InnovationDraft[keyof InnovationDraft];
  onChange: (value: unknown) => void;
  errors?: string[];
  disabled: boolean;
  urusan: readonly string[];
  sdgs: readonly { number: number; name: string }[];
};

const inputClass =
  "w-full min-w-0 rounded border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

export function FieldInput({ def, value, onChange, errors, disabled, urusan, sdgs }: Props) {
  const t = useTranslations();
  const id = `f-${def.name}`;
  const hint = fieldHint(t, def.name);
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null, def.wordLimit ? `${id}-words` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const common = {
    id,
    name: def.name,
    disabled,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy,
  };
  const label = (
    <>
      {fieldLabel(t, def.name)}
      {def.requiredForSubmit ? <span className="text-red-700"> *</span> : null}
    </>
  );

  let control: React.ReactNode;
  switch (def.kind) {
    case "narrative": {
      const text = typeof value === "string" ? value : "";
      const status = def.wordLimit ? wordStatus(text, def.wordLimit) : null;
      control = (
        <>
          <textarea
            {...common}
            rows={6}
            className={inputClass}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
          {status ? (
            <p
              id={`${id}-words`}
              className={`text-xs ${status.over ? "font-semibold text-red-700" : "text-slate-500"}`}
              data-testid={`${id}-words`}
            >
              {t("innovationForm.words.count", { count: status.count, limit: status.limit })}
              {status.over ? ` — ${t("innovationForm.words.overLimit", { limit: status.limit })}` : null}
            </p>
          ) : null}
        </>
      );
      break;
    }
    case "enum":
      control = (
        <select
          {...common}
          className={inputClass}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value || null)}
        >
          <option value="">—</option>
          {(def.enumValues ?? []).map((v) => (
            <option key={v} value={v}>
              {enumLabel(t, def.name, v)}
            </option>
          ))}
        </select>
      );
      break;
    case "urusan":
      control = (
        <select
          {...common}
          className={inputClass}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value || null)}
        >
          <option value="">—</option>
          {urusan.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      );
      break;
    case "date":
      control = (
        <input
          {...common}
          type="date"
          className={inputClass}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
      break;
    case "money":
      control = <RupiahInput {...common} className={inputClass} value={value} onChange={onChange} />;
      break;
    case "integer":
      control = (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          min={0}
          step="1"
          className={inputClass}
          value={typeof value === "number" ? String(value) : ""}
          onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
        />
      );
      break;
    case "boolean":
      return (
        <div className="flex items-start gap-2">
          <input
            {...common}
            type="checkbox"
            className="mt-1 h-4 w-4"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          <div>
            <label htmlFor={id} className="text-sm font-medium">
              {fieldLabel(t, def.name)}
            </label>
            {hint ? (
              <p id={`${id}-hint`} className="text-xs text-slate-500">
                {hint}
              </p>
            ) : null}
          </div>
        </div>
      );
    case "sdgs": {
      const selected = new Set(Array.isArray(value) ? (value as number[]) : []);
      return (
        <fieldset
          id={id}
          tabIndex={-1}
          className="flex flex-col gap-2 outline-none"
          aria-describedby={describedBy}
        >
          <legend className="text-sm font-medium">{label}</legend>
          <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
            {sdgs.map((s) => (
              <label key={s.number} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  disabled={disabled}
                  checked={selected.has(s.number)}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(s.number);
                    else next.delete(s.number);
                    onChange([...next].sort((a, b) => a - b));
                  }}
                />
                {s.number}. {s.name}
              </label>
            ))}
          </div>
          {errors?.length ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
              {errors.join(" ")}
            </p>
          ) : null}
        </fieldset>
      );
    }
    case "urls":
      control = (
        <textarea
          {...common}
          rows={3}
          className={inputClass}
          value={Array.isArray(value) ? (value as string[]).join("\n") : ""}
          onChange={(e) => onChange(e.target.value.split("\n"))}
        />
      );
      break;
    case "url":
      control = (
        <input
          {...common}
          type="url"
          inputMode="url"
          className={inputClass}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
      break;
    default:
      control = (
        <input
          {...common}
          type="text"
          className={inputClass}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {control}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
