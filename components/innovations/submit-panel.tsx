"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/ui/use-action-form";
import { submitInnovationAction } from "@/lib/innovations/actions";
import { SECTIONS } from "@/lib/innovations/rules/form/sections";
import { fieldLabel, sectionTitle } from "./editor/labels";

/** The refused fields grouped by section in form order; anything outside the form comes last. */
function bySection(errors: Record<string, string[]>) {
  const groups = SECTIONS.map((section, index) => ({
    key: section.key,
    index,
    fields: section.fields.flatMap((f) =>
      errors[f.name] ? [{ field: f.name, messages: errors[f.name]! }] : [],
    ),
  })).filter((g) => g.fields.length > 0);
  const known = new Set<string>(SECTIONS.flatMap((s) => s.fields.map((f) => f.name)));
  const other = Object.entries(errors).filter(([field]) => !known.has(field));
  return { groups, other };
}

export function SubmitPanel({ id, revision }: { id: string; revision: number }) {
  const t = useTranslations();
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, pending, formProps } = useActionForm(submitInnovationAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const result = useRef<HTMLDivElement>(null);
  // The outcome (every problem, or the success) is where the keyboard goes next.
  useEffect(() => {
    if (state) result.current?.focus();
  }, [state]);
  const grouped = errors ? bySection(errors) : null;
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" onClick={() => dialog.current?.showModal()} disabled={pending}>
        {t("innovations.detail.submit")}
      </Button>
      <dialog
        ref={dialog}
        className="m-auto max-w-md rounded-lg p-6 backdrop:bg-black/40"
        aria-labelledby="submit-title"
      >
        <form
          {...formProps}
          onSubmit={(e) => {
            dialog.current?.close();
            formProps.onSubmit(e);
          }}
          className="flex flex-col gap-4"
        >
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="revision" value={revision} />
          <p id="submit-title">{t("innovations.detail.confirmSubmit")}</p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t("common.cancel")}
            </Button>
            <Button type="submit">{t("innovations.detail.submit")}</Button>
          </div>
        </form>
      </dialog>
      {state ? (
        <div ref={result} tabIndex={-1} className="outline-none">
          <Notice tone={state.ok ? "success" : "error"}>
            {state.message}
            {grouped ? (
              <div className="mt-2 flex flex-col gap-2" data-testid="submit-errors">
                {grouped.groups.map((g) => (
                  <section key={g.key} aria-labelledby={`problems-${g.key}`}>
                    <h3 id={`problems-${g.key}`} className="font-semibold">
                      {t("innovations.detail.problemsIn", {
                        n: g.index + 1,
                        section: sectionTitle(t, g.key),
                      })}
                    </h3>
                    <ul className="list-disc pl-5">
                      {g.fields.map(({ field, messages }) => (
                        <li key={field}>
                          <Link
                            href={`/inovasi/${id}/ubah#f-${field}`}
                            className="underline"
                            aria-label={`${t("innovations.detail.goTo", { field: fieldLabel(t, field) })}: ${messages.join(" ")}`}
                          >
                            <strong>{fieldLabel(t, field)}</strong>
                          </Link>
                          : {messages.join(" ")}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
                {grouped.other.length > 0 ? (
                  <ul className="list-disc pl-5">
                    {grouped.other.map(([field, messages]) => (
                      <li key={field}>{messages.join(" ")}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
