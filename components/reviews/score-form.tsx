"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveScoresAction, submitReviewAction } from "@/lib/reviews/actions";
import {
  inputKind,
  liveScore,
  missingRequired,
  scalePoints,
  withinScale,
  type RubricCriterion,
} from "@/lib/reviews/rules";
import { ScoreConflictDialog, type ScoreConflict } from "./score-conflict-dialog";
import {
  acknowledgeScores,
  applyPatch,
  clearScorePending,
  commentKey,
  conflictingKeys,
  loadScorePending,
  OVERALL_KEY,
  parseScoreInput,
  storeScorePending,
  toRequest,
  valueKey,
  withoutKeys,
  type ReviewValues,
  type ScorePatch,
} from "./pending";

export type FormCriterion = RubricCriterion & { guidance: string };

type SaveState = "idle" | "dirty" | "saving" | "saved" | "error" | "offline" | "conflict";

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

/**
 * The scoring form: a value per criterion within its scale, optional comments, an overall
 * comment, the live review score, and autosave like the innovation editor (debounce, unsent edits
 * kept in localStorage while offline, retry, and a choice when another tab saved in between).
 */
export function ScoreForm({
  assignmentId,
  revision: initialRevision,
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
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<ScoreConflict | null>(null);
  const [restored, setRestored] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<"PASS" | "FAIL" | null>(null);

  const revision = useRef(initialRevision);
  const pending = useRef<ScorePatch>({});
  const invalid = useRef(new Set<string>());
  const inConflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves run one after another: each sends what is pending when its turn comes.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const submitDialog = useRef<HTMLDialogElement>(null);

  const persist = () =>
    storeScorePending(window.localStorage, assignmentId, revision.current, pending.current);

  async function send() {
    if (inConflict.current) return;
    const sent = withoutKeys(pending.current, invalid.current);
    if (Object.keys(sent).length === 0) return;
    if (!navigator.onLine) {
      setSaveState("offline");
      return;
    }
    setSaveState("saving");
    try {
      const res = await saveScoresAction(null, {
        assignmentId,
        revision: revision.current,
        ...toRequest(sent),
      });
      if (!res.ok) {
        setSaveError(res.message);
        setSaveState("error");
      } else if (res.data?.kind === "saved") {
        revision.current = res.data.revision;
        pending.current = acknowledgeScores(pending.current, sent);
        persist();
        setSaveError(null);
        setSavedAt(new Date(res.data.savedAt));
        setSaveState(Object.keys(pending.current).length ? "dirty" : "saved");
      } else if (res.data?.kind === "conflict") {
        inConflict.current = true;
        setConflict({
          revision: res.data.revision,
          server: res.data.server,
          updatedAt: res.data.updatedAt,
          mine: { ...pending.current },
        });
        setSaveState("conflict");
      }
    } catch {
      setSaveState(navigator.onLine ? "error" : "offline");
    }
  }

  function flush(): Promise<void> {
    if (timer.current) clearTimeout(timer.current);
    chain.current = chain.current.then(send);
    return chain.current;
  }
  // Event listeners and timers always call the latest flush.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });

  // Restore edits that never reached the server (reload, closed tab, lost connection).
  useEffect(() => {
    if (disabled) return;
    const entry = loadScorePending(window.localStorage, assignmentId);
    if (!entry) return;
    pending.current = entry.patch;
    const next = applyPatch(initial, entry.patch);
    // localStorage exists only in the browser, after hydration: syncing it in here is the point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReview(next);
    setRaw(rawOf(next.values));
    setRestored(true);
    if (entry.baseRevision === initialRevision) void flushRef.current();
    else {
      inConflict.current = true;
      setConflict({ revision: initialRevision, server: initial, updatedAt: "", mine: entry.patch });
      setSaveState("conflict");
    }
    // Runs once for the page's assignment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [assignmentId]);

  useEffect(() => {
    const online = () => void flushRef.current();
    const hidden = () => {
      if (document.visibilityState === "hidden") void flushRef.current();
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, []);

  function queue(key: string, value: number | string | null, valid = true) {
    if (valid) {
      pending.current = { ...pending.current, [key]: value };
      invalid.current.delete(key);
    } else invalid.current.add(key);
    persist();
    setSubmitError(null);
    if (!inConflict.current) setSaveState("dirty");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
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

  function resolve(c: ScoreConflict, useMine: boolean) {
    const chosen = useMine ? c.mine : withoutKeys(c.mine, conflictingKeys(c.mine, c.server));
    revision.current = c.revision;
    pending.current = chosen;
    const next = applyPatch(c.server, chosen);
    setReview(next);
    setRaw(rawOf(next.values));
    inConflict.current = false;
    setConflict(null);
    persist();
    setSaveState(Object.keys(chosen).length ? "dirty" : "saved");
    void flush();
  }

  async function submit() {
    setSubmitError(null);
    setSubmitting(true);
    try {
      await flush();
      if (inConflict.current || invalid.current.size > 0 || Object.keys(pending.current).length > 0) {
        setSubmitError(t("submit.unsaved"));
        return;
      }
      const res = await submitReviewAction(null, {
        assignmentId,
        revision: revision.current,
        ...(passFail && verdict ? { verdict } : {}),
      });
      if (res.ok) {
        clearScorePending(window.localStorage, assignmentId);
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
  const missing = missingRequired(criteria, review.values);
  const score = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
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
      case "offline":
        return t("form.offline");
      case "error":
        return saveError ? `${t("form.error")} ${saveError}` : t("form.error");
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
          </p>
          <p className="text-slate-600">{t("form.scoredOf", { scored: live.scored, total: live.total })}</p>
        </div>
        {disabled ? null : (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span
              role="status"
              aria-live="polite"
              data-testid="save-status"
              className={saveState === "error" || saveState === "offline" ? "text-red-700" : "text-slate-700"}
            >
              {status}
            </span>
            {saveState === "error" || saveState === "dirty" || saveState === "offline" ? (
              <Button type="button" variant="secondary" onClick={() => void flush()}>
                {saveState === "dirty" ? t("form.saveNow") : t("form.retry")}
              </Button>
            ) : null}
          </div>
        )}
      </div>
      {restored ? <Notice>{t("form.restored")}</Notice> : null}

      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => e.preventDefault()}
        onBlur={(e) => {
          // Leaving the form saves at once.
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void flush();
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

      {conflict ? (
        <ScoreConflictDialog
          conflict={conflict}
          criteria={criteria}
          onResolve={(useMine) => resolve(conflict, useMine)}
        />
      ) : null}
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
  const describedBy = [
    c.guidance ? `${base}-guidance` : null,
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
