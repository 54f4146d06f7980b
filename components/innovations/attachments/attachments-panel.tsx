"use client";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-types";
import { precheck } from "@/lib/innovations/attachments/rules/precheck";
import type { AttachmentDto, ChangedAttachment } from "@/lib/innovations/attachments/rules/dto";
import { ACCEPT_ATTRIBUTE } from "@/lib/innovations/attachments/rules/file-types";
import { limitsFromMb, MB } from "@/lib/innovations/attachments/rules/limits";
import { ATTACHMENT_KINDS, VISIBILITIES, type Visibility } from "@/lib/innovations/attachments/schemas";

type Props = {
  innovationId: string;
  initial: AttachmentDto[];
  editable: boolean;
  /** Approved: a change reopens the innovation for its next version (docs/decisions/010). */
  approved: boolean;
  maxFileMb: number;
  maxTotalMb: number;
};

type Feedback = { tone: "success" | "error"; text: string } | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The one JSON result shape of the attachments API, checked rather than trusted. */
function asResult<T>(body: unknown): ActionResult<T> | null {
  if (!isRecord(body) || typeof body.ok !== "boolean") return null;
  if (body.ok) return { ok: true, data: body.data as T };
  return typeof body.message === "string" ? { ok: false, message: body.message } : null;
}

const inputClass =
  "w-full min-w-0 rounded border border-slate-300 bg-white px-3 py-2 text-base disabled:bg-slate-100";

/**
 * The "Dokumen" section of the innovation form: the documents with download links and, for the
 * innovation's own OPD, upload (with progress), delete (confirmed in a dialog) and a
 * public/internal switch. Sizes and types are checked here for fast feedback; the server decides.
 */
export function AttachmentsPanel({
  innovationId,
  initial,
  editable,
  approved,
  maxFileMb,
  maxTotalMb,
}: Props) {
  const t = useTranslations("attachments");
  const router = useRouter();
  const format = useFormatter();
  const ids = useId();
  const [items, setItems] = useState<AttachmentDto[]>(initial);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<AttachmentDto | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const limits = limitsFromMb(maxFileMb, maxTotalMb);
  const usedBytes = items.reduce((sum, a) => sum + a.sizeBytes, 0);
  const uploading = progress !== null;
  const limitValues = { maxFileMb, maxTotalMb };

  function formatSize(bytes: number): string {
    if (bytes < 1024) return t("size.bytes", { size: bytes });
    if (bytes < MB) return t("size.kb", { size: Math.round((bytes / 1024) * 10) / 10 });
    return t("size.mb", { size: Math.round((bytes / MB) * 10) / 10 });
  }

  /** After a change that sent the approved innovation back to draft: say so, and refresh its status. */
  function done(text: string, reopened: boolean | undefined) {
    setFeedback({ tone: "success", text: reopened ? `${text} ${t("approved.reopened")}` : text });
    if (reopened) router.refresh();
  }

  async function checkFile(file: File | null): Promise<string | null> {
    if (!file) return t("errors.noFile");
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    const problem = precheck(file, head, usedBytes, limits);
    return problem ? t(problem, limitValues) : null;
  }

  async function onFileChange(file: File | null) {
    setFeedback(null);
    setFileError(file ? await checkFile(file) : null);
  }

  function send(form: FormData): Promise<ActionResult<ChangedAttachment>> {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `/api/inovasi/${encodeURIComponent(innovationId)}/lampiran`);
      xhr.responseType = "json";
      xhr.setRequestHeader("accept", "application/json");
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) setProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
      };
      xhr.onload = () =>
        resolve(asResult<ChangedAttachment>(xhr.response) ?? { ok: false, message: t("errors.unexpected") });
      xhr.onerror = () => resolve({ ok: false, message: t("errors.network") });
      xhr.onabort = () => resolve({ ok: false, message: t("errors.network") });
      xhr.send(form);
    });
  }

  async function onUpload(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (uploading) return;
    setFeedback(null);
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    const problem = await checkFile(file instanceof File && file.name !== "" ? file : null);
    if (problem) {
      setFileError(problem);
      document.getElementById(`${ids}-file`)?.focus();
      return;
    }
    setFileError(null);
    setProgress(0);
    const result = await send(form);
    setProgress(null);
    if (result.ok && result.data) {
      const created = result.data;
      setItems((prev) => [...prev, created]);
      done(t("upload.success", { name: created.fileName }), created.reopened);
      formRef.current?.reset();
    } else if (!result.ok) {
      setFeedback({ tone: "error", text: result.message });
    }
  }

  async function request<T>(url: string, init: RequestInit): Promise<ActionResult<T>> {
    try {
      const res = await fetch(url, { ...init, headers: { accept: "application/json", ...init.headers } });
      return (
        asResult<T>(await res.json().catch(() => null)) ?? { ok: false, message: t("errors.unexpected") }
      );
    } catch {
      return { ok: false, message: t("errors.network") };
    }
  }

  async function toggleVisibility(a: AttachmentDto) {
    const visibility: Visibility = a.visibility === "PUBLIC" ? "INTERNAL" : "PUBLIC";
    setBusyId(a.id);
    setFeedback(null);
    const result = await request<ChangedAttachment>(`/api/lampiran/${encodeURIComponent(a.id)}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ visibility }),
    });
    setBusyId(null);
    if (result.ok && result.data) {
      const updated = result.data;
      setItems((prev) => prev.map((x) => (x.id === updated.id ? updated : x)));
      done(
        t("done.visibility", {
          name: updated.fileName,
          visibility: t(`visibilities.${updated.visibility}`),
        }),
        updated.reopened,
      );
    } else if (!result.ok) {
      setFeedback({ tone: "error", text: result.message });
    }
  }

  function askDelete(a: AttachmentDto) {
    setToDelete(a);
    dialogRef.current?.showModal();
  }

  async function confirmDelete() {
    const a = toDelete;
    dialogRef.current?.close();
    if (!a) return;
    setBusyId(a.id);
    setFeedback(null);
    const result = await request<{ reopened: boolean }>(`/api/lampiran/${encodeURIComponent(a.id)}`, {
      method: "DELETE",
    });
    setBusyId(null);
    setToDelete(null);
    if (result.ok) {
      setItems((prev) => prev.filter((x) => x.id !== a.id));
      done(t("done.deleted", { name: a.fileName }), result.data?.reopened);
      // The row and its buttons are gone: keep keyboard users in the section.
      headingRef.current?.focus();
    } else {
      setFeedback({ tone: "error", text: result.message });
    }
  }

  return (
    <section aria-labelledby={`${ids}-title`} className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2
          id={`${ids}-title`}
          ref={headingRef}
          tabIndex={-1}
          className="text-lg font-semibold text-slate-900 focus:outline-none"
        >
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <p className="text-sm text-slate-600">{t("limits", limitValues)}</p>
        {editable && approved ? (
          <p
            className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
            data-testid="approved-documents-note"
          >
            {t("approved.note")}
          </p>
        ) : null}
      </div>

      <div aria-live="polite" className="min-h-0">
        {feedback ? (
          <p
            role={feedback.tone === "error" ? "alert" : "status"}
            className={`rounded border px-4 py-3 text-sm ${
              feedback.tone === "error"
                ? "border-red-300 bg-red-50 text-red-900"
                : "border-green-300 bg-green-50 text-green-900"
            }`}
          >
            {feedback.text}
          </p>
        ) : null}
      </div>

      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul
          aria-label={t("listLabel")}
          className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200 bg-white"
        >
          {items.map((a) => (
            <li key={a.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="flex min-w-0 flex-col gap-1">
                <a
                  href={`/api/lampiran/${encodeURIComponent(a.id)}`}
                  target="_blank"
                  rel="noopener"
                  aria-label={t("actions.downloadLabel", { name: a.fileName })}
                  className="break-words font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
                >
                  {a.fileName}
                </a>
                <p className="flex flex-wrap gap-x-2 gap-y-1 text-xs text-slate-600">
                  <span>{t(`kinds.${a.kind}`)}</span>
                  <span aria-hidden="true">·</span>
                  <span>{formatSize(a.sizeBytes)}</span>
                  <span aria-hidden="true">·</span>
                  <span
                    className={`rounded px-1.5 ${a.visibility === "PUBLIC" ? "bg-sky-100 text-sky-900" : "bg-slate-100 text-slate-800"}`}
                  >
                    {t(`visibilities.${a.visibility}`)}
                  </span>
                  {a.visibility === "PUBLIC" && !a.approvedPublic ? (
                    <span className="rounded bg-amber-100 px-1.5 text-amber-900">
                      {t("approved.pending")}
                    </span>
                  ) : null}
                  <span aria-hidden="true">·</span>
                  <span>
                    {t("fields.uploadedAt", {
                      date: format.dateTime(new Date(a.createdAt), {
                        dateStyle: "medium",
                        timeStyle: "short",
                      }),
                    })}
                  </span>
                </p>
              </div>
              {editable ? (
                <div className="flex flex-wrap gap-2">
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={busyId === a.id}
                    aria-label={t(
                      a.visibility === "PUBLIC" ? "actions.makeInternalLabel" : "actions.makePublicLabel",
                      {
                        name: a.fileName,
                      },
                    )}
                    onClick={() => void toggleVisibility(a)}
                  >
                    {t(a.visibility === "PUBLIC" ? "actions.makeInternal" : "actions.makePublic")}
                  </Button>
                  <Button
                    type="button"
                    variant="danger"
                    disabled={busyId === a.id}
                    aria-label={t("actions.deleteLabel", { name: a.fileName })}
                    onClick={() => askDelete(a)}
                  >
                    {t("actions.delete")}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <p className="text-xs text-slate-600">{t("usage", { used: formatSize(usedBytes), maxTotalMb })}</p>

      {editable ? (
        <form
          ref={formRef}
          onSubmit={(e) => void onUpload(e)}
          noValidate
          className="flex flex-col gap-4 rounded border border-slate-200 bg-slate-50 p-4"
        >
          <fieldset className="flex min-w-0 flex-col gap-4" disabled={uploading}>
            <legend className="mb-2 text-base font-semibold text-slate-900">{t("upload.legend")}</legend>

            <div className="flex flex-col gap-1">
              <label htmlFor={`${ids}-file`} className="text-sm font-medium text-slate-800">
                {t("upload.file")}
              </label>
              <input
                id={`${ids}-file`}
                name="file"
                type="file"
                required
                accept={ACCEPT_ATTRIBUTE}
                aria-invalid={fileError ? true : undefined}
                aria-describedby={`${ids}-file-hint${fileError ? ` ${ids}-file-error` : ""}`}
                onChange={(e) => void onFileChange(e.currentTarget.files?.[0] ?? null)}
                className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1 file:text-sm`}
              />
              <p id={`${ids}-file-hint`} className="text-xs text-slate-500">
                {t("upload.fileHint", limitValues)}
              </p>
              {fileError ? (
                <p id={`${ids}-file-error`} role="alert" className="text-sm text-red-700">
                  {fileError}
                </p>
              ) : null}
            </div>

            <div className="flex flex-col gap-1">
              <label htmlFor={`${ids}-kind`} className="text-sm font-medium text-slate-800">
                {t("upload.kind")}
              </label>
              <select id={`${ids}-kind`} name="kind" defaultValue="LAINNYA" className={inputClass}>
                {ATTACHMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>

            <fieldset className="flex flex-col gap-1" aria-describedby={`${ids}-visibility-hint`}>
              <legend className="text-sm font-medium text-slate-800">{t("upload.visibility")}</legend>
              <div className="flex flex-wrap gap-4">
                {VISIBILITIES.map((v) => (
                  <label key={v} className="inline-flex items-center gap-2 py-1 text-sm">
                    <input
                      type="radio"
                      name="visibility"
                      value={v}
                      defaultChecked={v === "INTERNAL"}
                      className="h-4 w-4"
                    />
                    {t(`visibilities.${v}`)}
                  </label>
                ))}
              </div>
              <p id={`${ids}-visibility-hint`} className="text-xs text-slate-500">
                {t("upload.visibilityHint")}
              </p>
            </fieldset>

            {uploading ? (
              <div className="flex flex-col gap-1">
                <label htmlFor={`${ids}-progress`} className="text-sm text-slate-700">
                  {t("upload.uploading", { percent: progress })}
                </label>
                <progress
                  id={`${ids}-progress`}
                  max={100}
                  value={progress}
                  aria-label={t("upload.progressLabel")}
                  className="w-full"
                />
              </div>
            ) : null}

            <div>
              <Button type="submit" disabled={uploading} className="w-full sm:w-auto">
                {t("upload.submit")}
              </Button>
            </div>
          </fieldset>
        </form>
      ) : null}

      <dialog
        ref={dialogRef}
        aria-labelledby={`${ids}-confirm-title`}
        aria-describedby={`${ids}-confirm-body`}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg p-6 backdrop:bg-black/40"
      >
        <div className="flex flex-col gap-4">
          <h3 id={`${ids}-confirm-title`} className="text-base font-semibold text-slate-900">
            {t("confirmDelete.title")}
          </h3>
          <p id={`${ids}-confirm-body`} className="break-words text-sm">
            {toDelete ? t("confirmDelete.body", { name: toDelete.fileName }) : null}
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" autoFocus onClick={() => dialogRef.current?.close()}>
              {t("actions.cancel")}
            </Button>
            <Button type="button" variant="danger" onClick={() => void confirmDelete()}>
              {t("actions.confirmDelete")}
            </Button>
          </div>
        </div>
      </dialog>
    </section>
  );
}
