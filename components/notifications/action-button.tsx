"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-types";

type Props = {
  action: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;
  fields?: Record<string, string>;
  label: string;
  /** A longer accessible name when the visible label is ambiguous in a list ("Tandai dibaca: …"). */
  accessibleName?: string;
  size?: "sm" | "md";
};

/** One button bound to a server action; a plain form post without JavaScript. */
const SIZES = { sm: "px-2 py-1 text-xs", md: "px-3 py-1.5 text-sm" } as const;

export function ActionButton({ action, fields = {}, label, accessibleName, size = "md" }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleName}
        className={`rounded border border-slate-300 bg-white font-medium text-slate-800 hover:bg-slate-100 disabled:text-slate-400 ${SIZES[size]}`}
      >
        {label}
      </button>
      {/* Always rendered (even empty), so screen readers announce the message when it arrives. */}
      <p
        role={state && !state.ok ? "alert" : "status"}
        className={`text-xs ${state?.ok ? "text-green-800" : "text-red-700"}`}
      >
        {state?.message}
      </p>
    </form>
  );
}
