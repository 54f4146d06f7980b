"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { InnovationDraft, SectionDef } from "@/lib/innovations/form/sections";
import { fieldLabel } from "./labels";
import { conflictingFields, type Patch } from "./pending";

export type Conflict = {
  kind: "conflict";
  revision: number;
  server: InnovationDraft;
  updatedBy: string;
  updatedAt: string;
  mine: Patch;
};

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  return Array.isArray(v) ? v.join(", ") : String(v);
}

/** Both versions side by side, field by field; nothing is overwritten until the user chooses. */
export function ConflictDialog({
  conflict,
  onResolve,
}: {
  conflict: Conflict;
  sections: readonly SectionDef[];
  onResolve: (chosen: Patch) => void;
}) {
  const t = useTranslations();
  const ref = useRef<HTMLDialogElement>(null);
  const fields = conflictingFields(conflict.mine, conflict.server);
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>(() =>
    Object.fromEntries(fields.map((f) => [f, "mine"])),
  );
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);

  function apply(all?: "mine" | "theirs") {
    const chosen: Patch = {};
    // Edits that do not collide with the other person's are kept as they are.
    for (const [k, v] of Object.entries(conflict.mine)) {
      if (!fields.includes(k as keyof InnovationDraft)) (chosen as Record<string, unknown>)[k] = v;
    }
    for (const f of fields) {
      const pick = all ?? choice[f];
      if (pick === "mine") (chosen as Record<string, unknown>)[f] = conflict.mine[f];
    }
    ref.current?.close();
    onResolve(chosen);
  }

  const time = conflict.updatedAt
    ? new Date(conflict.updatedAt).toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit" })
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
        {t("innovations.editor.conflictText", { name: conflict.updatedBy || "—", time })}
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
