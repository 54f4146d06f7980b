"use client";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/action-types";
import { importAction, type ImportData } from "@/lib/admin/import/actions";

/**
 * Upload → dry run → confirm. The file stays in the form: the confirm button sends it again with the checksum the
 * dry run answered, and the server checks it once more inside the import's transaction.
 */
export function ImportForm({ initialKind }: { initialKind: "opd" | "user" }) {
  const t = useTranslations("accounts.import");
  const tCommon = useTranslations("common");
  const [state, dispatch, pending] = useActionState<ActionResult<ImportData> | null, FormData>(
    importAction,
    null,
  );
  const [kind, setKind] = useState(initialKind);
  const [mode, setMode] = useState<"check" | "commit">("check");
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  // A changed file or kind must be checked again: the last answer no longer applies.
  const [dirty, setDirty] = useState(false);
  const shown = dirty ? null : state;
  const data = shown?.ok ? shown.data : undefined;
  const checkedClean = data?.mode === "check" && data.problems.length === 0;

  function send(next: "check" | "commit") {
    if (!form.current) return;
    setMode(next);
    setDirty(false);
    const body = new FormData(form.current);
    body.set("mode", next);
    if (next === "commit" && data) body.set("checked", data.checksum);
    startTransition(() => dispatch(body));
  }

  return (
    <div className="flex flex-col gap-4">
      <form
        ref={form}
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          send("check");
        }}
        onChange={() => setDirty(true)}
        noValidate
      >
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("kind")}</legend>
          {(["opd", "user"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {k === "opd" ? t("kindOpd") : t("kindUser")}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium text-slate-800">
            {t("fileLabel")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className="w-full min-w-0 rounded border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            {pending && mode === "check" ? t("checking") : t("check")}
          </Button>
          {checkedClean ? (
            <Button type="button" disabled={pending} onClick={() => dialog.current?.showModal()}>
              {pending && mode === "commit" ? t("committing") : t("commit", { rows: data.rows })}
            </Button>
          ) : null}
        </div>
      </form>
      <dialog
        ref={dialog}
        className="m-auto max-w-md rounded-lg p-6 backdrop:bg-black/40"
        aria-label={t("title")}
      >
        <div className="flex flex-col gap-4">
          <p>{t("confirmCommit", { rows: data?.rows ?? 0 })}</p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {tCommon("cancel")}
            </Button>
            <Button
              type="button"
              onClick={() => {
                dialog.current?.close();
                send("commit");
              }}
            >
              {t("commit", { rows: data?.rows ?? 0 })}
            </Button>
          </div>
        </div>
      </dialog>
      {shown?.message ? (
        <Notice tone={!shown.ok || (data?.problems.length ?? 0) > 0 ? "error" : "success"}>
          {shown.message}
        </Notice>
      ) : null}
      {data && data.problems.length > 0 ? (
        <DataTable columns={[t("row"), t("column"), t("problem.heading")]} caption={t("problem.heading")}>
          {data.problems.map((p, i) => (
            <tr key={i} className="border-t border-slate-100 align-top">
              <td className="p-3 font-mono">{p.row}</td>
              <td className="p-3">{p.column ?? "—"}</td>
              <td className="p-3 break-words">{p.message}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {data?.links && data.links.length > 0 ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("links")}</h2>
          <ul className="flex flex-col gap-3">
            {data.links.map((l) => (
              <li key={l.email} className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-3">
                <span className="font-medium break-words">
                  {l.name} <span className="text-sm font-normal text-slate-600">({l.email})</span>
                </span>
                <CopyLink link={l.link} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
