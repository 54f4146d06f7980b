"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { AutosaveConflict, FlatValues } from "@/components/forms/use-autosave";
import { Button } from "@/components/ui/button";
import type { InnovationDraft } from "@/lib/innovations/rules/form/sections";
import { fieldLabel } from "./labels";

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  return Array.isArray(v) ? v.join(", ") : String(v);
}

/**
 * The fields someone else changed while this user changed them too (the server names exactly
 * those), both versions side by side; nothing is overwritten until the user chooses. The user's
 * other edits are kept as they are.
 */
export function ConflictDialog({
  conflict,
  onResolve,
}: {
  conflict: AutosaveConflict;
  onResolve: (chosen: FlatValues) => void;
}) {
  const t = useTranslations();
  // The provider carries the region's time zone (components/layout/client-messages.tsx).
  const format = useFormatter();
  const ref = useRef<HTMLDialogElement>(null);
  const fields = conflict.fields.filter((f) => Object.hasOwn(conflict.mine, f)) as (keyof InnovationDraft)[];
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>(() =>
    Object.fromEntries(fields.map((f) => [f, "mine"])),
  );
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);

  function apply(all?: "mine" | "theirs") {
    const chosen: FlatValues = {};
    for (const [k, v] of Object.entries(conflict.mine)) {
      if (!fields.includes(k as keyof InnovationDraft)) chosen[k] = v;
    }
    for (const f of fields) {
      const pick = all ?? choice[f];
      if (pick === "mine") chosen[f] = conflict.mine[f];
    }
    ref.current?.close();
    onResolve(chosen);
  }

  const time = conflict.updatedAt
    ? format.dateTime(new Date(conflict.updatedAt), { hour: "2-digit", minute: "2-digit" })
    : "—";
  return (
    <dialog
      ref={ref}
      aria-labelledby="conflict-title"
      className="m-auto w-[min(56rem,95vw)] rounded-lg p-5 backdrop:bg-black/40"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="conflict-title" className="text-lg font-semibold">
        {t("innovations.editor.conflictTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {conflict.updatedBy
          ? t("innovations.editor.conflictText", { name: conflict.updatedBy, time })
          : t("innovations.editor.conflictTextSelf", { time })}
      </p>
      <div className="mt-4 max-h-[60vh] overflow-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="bg-slate-100">
              <th scope="col" className="p-2">
                {t("innovations.editor.field")}
              </th>
              <th scope="col" className="p-2">
                {t("innovations.editor.mine")}
              </th>
              <th scope="col" className="p-2">
                {t("innovations.editor.theirs")}
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f} className="border-t border-slate-100 align-top" data-testid={`conflict-${f}`}>
                <th scope="row" className="p-2 font-medium">
                  {fieldLabel(t, f)}
                </th>
                <td className="p-2">
                  <label className="flex gap-2">
                    <input
                      type="radio"
                      name={`c-${f}`}
                      checked={choice[f] === "mine"}
                      onChange={() => setChoice((c) => ({ ...c, [f]: "mine" }))}
                    />
                    <span className="whitespace-pre-wrap break-words">{show(conflict.mine[f])}</span>
                  </label>
                </td>
                <td className="p-2">
                  <label className="flex gap-2">
                    <input
                      type="radio"
                      name={`c-${f}`}
                      checked={choice[f] === "theirs"}
                      onChange={() => setChoice((c) => ({ ...c, [f]: "theirs" }))}
                    />
                    <span className="whitespace-pre-wrap break-words">{show(conflict.server[f])}</span>
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => apply("theirs")}>
          {t("innovations.editor.useTheirs")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => apply("mine")}>
          {t("innovations.editor.useMine")}
        </Button>
        <Button type="button" onClick={() => apply()}>
          {t("common.save")}
        </Button>
      </div>
    </dialog>
  );
}
