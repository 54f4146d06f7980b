"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import {
  useAutosave,
  type FlatValues,
  type SaveAnswer,
  type SaveRequest,
} from "@/components/forms/use-autosave";
import { refusalAnswer } from "@/components/forms/autosave";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveScoresAction, submitReviewAction } from "@/lib/reviews/actions";
import { flattenReview, unflattenReview } from "@/lib/reviews/rules/autosave";
import {
  inputKind,
  liveScore,
  missingRequired,
  scaleAverage,
  scalePoints,
  withinScale,
  type RubricCriterion,
} from "@/lib/reviews/rules/review";
import type { LevelDescriptor } from "@/lib/competitions/rules/rubric";
import { ScoreConflictDialog } from "./score-conflict-dialog";
import {
  applyPatch,
  commentKey,
  flatReview,
  OVERALL_KEY,
  parseScoreInput,
  valueKey,
  type ReviewValues,
} from "./pending";

export type FormCriterion = RubricCriterion & { guidance: string; levels?: readonly LevelDescriptor[] };

type Props = {
  assignmentId: string;
  revision: number;
  criteria: readonly FormCriterion[];
  initial: ReviewValues;
  /** The stage is not open: everything is shown, nothing can change. */
  disabled?: boolean;
  /** A pass/fail stage (field verification): the evaluator gives a verdict when sending; criteria are a checklist. */
  passFail?: boolean;
};

const AUTOSAVE_DELAY_MS = 1500;

const rawOf = (values: ReviewValues["values"]) =>
  Object.fromEntries(
    Object.entries(values).map(([id, v]) => [id, v === null || v === undefined ? "" : String(v)]),
  );

/** Server field errors ("values.<id>", "comments.<id>", "overallComment") as flat keys. */
function flatErrors(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(fieldErrors)) {
    if (k === "overallComment") out[OVERALL_KEY] = v;
    else if (k.startsWith("values.")) out[valueKey(k.slice("values.".length))] = v;
    else if (k.startsWith("comments.")) out[commentKey(k.slice("comments.".length))] = v;
  }
  return out;
}

/** One autosave round trip of a review, in the shape the autosave machine expects. */
async function sendScores(assignmentId: string, request: SaveRequest): Promise<SaveAnswer> {
  const res = await saveScoresAction(null, {
    assignmentId,
    revision: request.revision,
    ...unflattenReview(request.patch),
    base: unflattenReview(request.base),
    unconfirmed: request.unconfirmed.map(unflattenReview),
  });
  if (!res.ok) return refusalAnswer(res, flatErrors(res.fieldErrors ?? {}));
  const data = res.data!;
  if (data.kind === "saved")
    return {
      kind: "saved",
      revision: data.revision,
      savedAt: data.savedAt,
      stored: flattenReview(data.stored),
      server: data.server ? flattenReview(data.server) : undefined,
    };
  // A review is only ever the evaluator's own: the other save came from another tab or device of hers.
  return { ...data, server: flattenReview(data.server), updatedBy: null };
}

/**
 * The scoring form: a value per criterion within its scale, optional comments, an overall
 * comment, the live review score, and the same autosave as the proposal editor (useAutosave:
 * debounce, unsent edits kept on this device, retry with backoff, and a choice only when another
 * tab changed the same item).
 */
export function ScoreForm({
  assignmentId,
  revision,
  criteria,
  initial,
  disabled = false,
  passFail = false,
}: Props) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  const router = useRouter();
  const [review, setReview] = useState<ReviewValues>(initial);
  const [raw, setRaw] = useState<Record<string, string>>(() => rawOf(initial.values));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [restored, setRestored] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<"PASS" | "FAIL" | null>(null);
  const submitDialog = useRef<HTMLDialogElement>(null);
  const [server] = useState(() =>
    flatReview(
      criteria.map((c) => c.id),
      initial,
    ),
  );

  function show(next: ReviewValues) {
    setReview(next);
    setRaw(rawOf(next.values));
  }

  const autosave = useAutosave({
    storageKey: `inovasi:draft:review:${assignmentId}`,
    revision,
    server,
    debounceMs: AUTOSAVE_DELAY_MS,
    disabled,
    send: (request) => sendScores(assignmentId, request),
    onRestore: (unsent) => {
      show(applyPatch(initial, unsent));
      setRestored(true);
    },
    onServerValues: (theirs) => {
      setReview((r) => applyPatch(r, theirs));
      setRaw((r) => ({ ...r, ...rawOf(unflattenReview(theirs).values) }));
    },
  });
  const { status: saveState, conflict } = autosave;

  function queue(key: string, value: number | string | null, valid = true) {
    setSubmitError(null);
    autosave.edit(key, value, valid);
  }

  function setError(id: string, message: string | null) {
    setErrors((e) => {
      const { [id]: _old, ...rest } = e;
      return message ? { ...rest, [id]: message } : rest;
    });
  }

  function setValue(c: FormCriterion, value: number | null, text?: string) {
    setRaw((r) => ({ ...r, [c.id]: text ?? (value === null ? "" : String(value)) }));
    const ok = value === null || withinScale(c, value);
    setError(c.id, ok ? null : t("form.outOfScale", { min: c.scaleMin, max: c.scaleMax }));
    setReview((r) => ({ ...r, values: { ...r.values, [c.id]: ok ? value : null } }));
    queue(valueKey(c.id), value, ok);
  }

  function typeValue(c: FormCriterion, text: string) {
    const parsed = parseScoreInput(text);
    if (!parsed.ok) {
      setRaw((r) => ({ ...r, [c.id]: text }));
      setError(c.id, t("form.invalidNumber"));
      setReview((r) => ({ ...r, values: { ...r.values, [c.id]: null } }));
      queue(valueKey(c.id), null, false);
      return;
    }
    setValue(c, parsed.value, text);
  }

  function setComment(id: string, text: string) {
    setReview((r) => ({ ...r, comments: { ...r.comments, [id]: text } }));
    queue(commentKey(id), text);
  }

  function setOverall(text: string) {
    setReview((r) => ({ ...r, overallComment: text }));
    queue(OVERALL_KEY, text);
  }

  function resolve(useMine: boolean) {
    if (!conflict) return;
    const chosen: FlatValues = useMine
      ? conflict.mine
      : Object.fromEntries(Object.entries(conflict.mine).filter(([k]) => !conflict.fields.includes(k)));
    show(applyPatch(applyPatch(initial, { ...server, ...conflict.server }), chosen));
    autosave.resolve(chosen);
  }

  async function submit() {
    setSubmitError(null);
    setSubmitting(true);
    try {
      await autosave.flush();
      const now = autosave.current();
      if (now.status === "conflict" || now.hasPending) {
        setSubmitError(t("submit.unsaved"));
        return;
      }
      const res = await submitReviewAction(null, {
        assignmentId,
        revision: autosave.revision(),
        ...(passFail && verdict ? { verdict } : {}),
      });
      if (res.ok) {
        autosave.clear();
        submitDialog.current?.close();
        router.refresh();
        return;
      }
      setSubmitError(res.message);
      for (const key of Object.keys(res.fieldErrors ?? {})) {
        const id = key.replace(/^values\./, "");
        setError(id, t("errors.required"));
      }
    } catch {
      setSubmitError(t("form.error"));
    } finally {
      setSubmitting(false);
    }
  }

  const live = liveScore(criteria, review.values);
  const average = scaleAverage(criteria, review.values);
  const missing = missingRequired(criteria, review.values);
  const score = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const savedAt = autosave.savedAt ? new Date(autosave.savedAt) : null;
  const status = (() => {
    switch (saveState) {
      case "saving":
        return t("form.saving");
      case "saved":
        return savedAt
          ? t("form.savedAt", { time: format.dateTime(savedAt, { hour: "2-digit", minute: "2-digit" }) })
          : "";
      case "dirty":
        return t("form.unsaved");
      case "queued":
        return t("form.queued");
      case "error":
        return autosave.message ? `${t("form.error")} ${autosave.message}` : t("form.error");
      case "conflict":
        return t("form.conflict");
      default:
        return "";
    }
  })();
  const locked = disabled || saveState === "conflict" || submitting;

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="sticky top-0 z-10 flex flex-col gap-2 rounded border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-sm">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p data-testid="live-score">
            <span className="font-medium">
              {live.complete ? t("form.liveScore") : t("form.provisionalScore")}:{" "}
            </span>
            <span className="text-lg font-bold tabular-nums">
              {live.score === null ? "—" : score(live.score)}
            </span>
            <span className="text-slate-600"> / 100</span>
            {average ? (
              <span className="ml-2 text-slate-700" data-testid="scale-average">
                ·{" "}
                {t("form.scaleAverage", {
                  mean: format.number(average.mean, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
                  max: average.scaleMax,
                })}
              </span>
            ) : null}
          </p>
          <p className="text-slate-600">{t("form.scoredOf", { scored: live.scored, total: live.total })}</p>
        </div>
        {disabled ? null : (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span
              role="status"
              aria-live="polite"
              data-testid="save-status"
              className={
                saveState === "error"
                  ? "text-red-700"
                  : saveState === "queued"
                    ? "text-amber-800"
                    : "text-slate-700"
              }
            >
              {status}
            </span>
            {saveState === "error" || saveState === "dirty" || saveState === "queued" ? (
              <Button type="button" variant="secondary" onClick={() => void autosave.flush()}>
                {saveState === "dirty" ? t("form.saveNow") : t("form.retry")}
              </Button>
            ) : null}
          </div>
        )}
      </div>
      <p className="text-xs text-slate-600" data-testid="score-explained">
        {t("form.scoreExplained")}
      </p>
      {restored ? <Notice>{t("form.restored")}</Notice> : null}

      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => e.preventDefault()}
        onBlur={(e) => {
          // Leaving the form saves at once.
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void autosave.flush();
        }}
      >
        {criteria.map((c) => (
          <CriterionField
            key={c.id}
            c={c}
            value={review.values[c.id] ?? null}
            raw={raw[c.id] ?? ""}
            comment={review.comments[c.id] ?? ""}
            error={errors[c.id]}
            disabled={locked}
            onValue={(v) => setValue(c, v)}
            onType={(text) => typeValue(c, text)}
            onComment={(text) => setComment(c.id, text)}
          />
        ))}
        <div className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4">
          <label htmlFor="overall-comment" className="font-semibold">
            {t("form.overall")}
          </label>
          <p id="overall-comment-hint" className="text-xs text-slate-600">
            {t("form.overallHint")}
          </p>
          <textarea
            id="overall-comment"
            rows={4}
            maxLength={5000}
            value={review.overallComment}
            disabled={locked}
            aria-describedby="overall-comment-hint"
            onChange={(e) => setOverall(e.target.value)}
            className="w-full rounded border border-slate-300 px-3 py-2 text-base disabled:bg-slate-100"
          />
        </div>
      </form>

      {disabled ? null : (
        <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-700">{t("submit.hint")}</p>
          <div>
            <Button type="button" disabled={locked} onClick={() => submitDialog.current?.showModal()}>
              {t("submit.button")}
            </Button>
          </div>
          {submitError ? (
            <p role="alert" className="text-sm text-red-700">
              {submitError}
            </p>
          ) : null}
        </div>
      )}

      <dialog
        ref={submitDialog}
        aria-labelledby="submit-title"
        className="m-auto w-[min(32rem,95vw)] rounded-lg p-5 backdrop:bg-black/40"
      >
        <h2 id="submit-title" className="text-lg font-semibold">
          {t("submit.title")}
        </h2>
        <p className="mt-2 text-sm text-slate-700">{t("submit.text")}</p>
        {missing.length ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {t("submit.missing", { codes: missing.map((c) => c.code).join(", ") })}
          </p>
        ) : live.score !== null ? (
          <p className="mt-3 font-medium">{t("submit.score", { score: score(live.score) })}</p>
        ) : null}
        {passFail ? (
          <fieldset className="mt-3 flex flex-col gap-2" data-testid="verdict">
            <legend className="font-semibold">{t("submit.verdictLegend")}</legend>
            <p className="text-xs text-slate-600">{t("submit.verdictHint")}</p>
            {(["PASS", "FAIL"] as const).map((v) => (
              <label key={v} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="verdict"
                  value={v}
                  checked={verdict === v}
                  onChange={() => setVerdict(v)}
                />
                {v === "PASS" ? t("submit.verdictPass") : t("submit.verdictFail")}
              </label>
            ))}
          </fieldset>
        ) : null}
        {submitError ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {submitError}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => submitDialog.current?.close()}>
            {t("submit.cancel")}
          </Button>
          <Button
            type="button"
            disabled={submitting || missing.length > 0 || (passFail && verdict === null)}
            onClick={() => void submit()}
          >
            {submitting ? t("submit.sending") : t("submit.confirm")}
          </Button>
        </div>
      </dialog>

      {conflict ? <ScoreConflictDialog conflict={conflict} criteria={criteria} onResolve={resolve} /> : null}
    </div>
  );
}

function CriterionField({
  c,
  value,
  raw,
  comment,
  error,
  disabled,
  onValue,
  onType,
  onComment,
}: {
  c: FormCriterion;
  value: number | null;
  raw: string;
  comment: string;
  error?: string;
  disabled: boolean;
  onValue: (v: number | null) => void;
  onType: (text: string) => void;
  onComment: (text: string) => void;
}) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  const kind = inputKind(c);
  const base = `crit-${c.id}`;
  const levels = c.levels ?? [];
  const describedBy = [
    c.guidance ? `${base}-guidance` : null,
    levels.length ? `${base}-levels` : null,
    `${base}-scale`,
    error ? `${base}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const heading = (
    <span className="flex flex-wrap items-center gap-2">
      <span className="font-semibold">
        {c.code} · {c.name}
      </span>
      <span
        className={`rounded px-1.5 py-0.5 text-xs ${c.required ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700"}`}
      >
        {c.required ? t("form.required") : t("form.optional")}
      </span>
    </span>
  );
  const meta = (
    <>
      {c.guidance ? (
        <p id={`${base}-guidance`} className="text-sm text-slate-700">
          {c.guidance}
        </p>
      ) : null}
      {levels.length ? (
        <dl
          id={`${base}-levels`}
          aria-label={t("form.levels")}
          className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5 text-sm"
        >
          {levels.map((l) => (
            <div
              key={l.level}
              className={`contents ${value === l.level ? "font-semibold text-brand-800" : "text-slate-700"}`}
            >
              <dt className="tabular-nums">{l.level}</dt>
              <dd>{l.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p id={`${base}-scale`} className="text-xs text-slate-600">
        {t("form.scale", { min: c.scaleMin, max: c.scaleMax })} ·{" "}
        {t("form.weight", { weight: format.number(c.weight) })}
      </p>
    </>
  );

  return (
    <div
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`criterion-${c.code}`}
    >
      {kind === "radio" ? (
        <fieldset
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="flex flex-col gap-2"
        >
          <legend className="mb-1">{heading}</legend>
          {meta}
          <div className="flex flex-wrap items-center gap-2">
            {scalePoints(c).map((p) => (
              <label
                key={p}
                className="flex h-11 min-w-11 cursor-pointer items-center justify-center rounded border border-slate-300 bg-white px-3 font-medium has-[:checked]:border-brand-600 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 has-[:focus-visible]:ring-offset-2"
              >
                <input
                  type="radio"
                  name={`${base}-value`}
                  value={p}
                  checked={value === p}
                  disabled={disabled}
                  onChange={() => onValue(p)}
                  className="sr-only"
                />
                {p}
              </label>
            ))}
            {value !== null && !disabled ? (
              <button
                type="button"
                onClick={() => onValue(null)}
                className="rounded px-2 py-1 text-sm text-slate-700 underline"
              >
                {t("form.clear")}
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : (
        <div className="flex flex-col gap-2">
          <label htmlFor={`${base}-value`}>{heading}</label>
          {meta}
          {kind === "select" ? (
            <select
              id={`${base}-value`}
              value={value === null ? "" : String(value)}
              disabled={disabled}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onValue(e.target.value === "" ? null : Number(e.target.value))}
              className="w-full max-w-xs rounded border border-slate-300 bg-white px-3 py-2 text-base disabled:bg-slate-100"
            >
              <option value="">{t("form.noValue")}</option>
              {scalePoints(c).map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${base}-value`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={raw}
              disabled={disabled}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onType(e.target.value)}
              className="w-full max-w-xs rounded border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600 disabled:bg-slate-100"
            />
          )}
        </div>
      )}
      {error ? (
        <p id={`${base}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${base}-comment`} className="text-sm text-slate-700">
          {t("form.comment", { code: c.code })}
        </label>
        <textarea
          id={`${base}-comment`}
          rows={2}
          maxLength={2000}
          value={comment}
          disabled={disabled}
          onChange={(e) => onComment(e.target.value)}
          className="w-full rounded border border-slate-300 px-3 py-2 text-base disabled:bg-slate-100"
        />
      </div>
    </div>
  );
}
