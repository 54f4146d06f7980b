"use client";
import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveDraftAction } from "@/lib/innovations/actions";
import type { InnovationDraft, SectionDef } from "@/lib/innovations/form/sections";
import { ConflictDialog, type Conflict } from "./conflict-dialog";
import { FieldInput } from "./field-input";
import { sectionGuidance, sectionTitle } from "./labels";
import { acknowledge, loadPending, storePending, without, type Patch } from "./pending";

type SaveState = "idle" | "dirty" | "saving" | "saved" | "error" | "offline" | "conflict";

type Props = {
  id: string;
  initial: InnovationDraft;
  revision: number;
  sections: readonly SectionDef[];
  urusan: readonly string[];
  sdgs: readonly { number: number; name: string }[];
  documents: ReactNode;
};

const AUTOSAVE_DELAY_MS = 2000;

/** Lines of the links box are kept as typed; empty ones are dropped only when sending. */
function forServer(patch: Patch): Patch {
  if (!patch.otherLinks) return patch;
  return { ...patch, otherLinks: patch.otherLinks.map((l) => l.trim()).filter(Boolean) };
}

export function InnovationEditor({
  id,
  initial,
  revision: initialRevision,
  sections,
  urusan,
  sdgs,
  documents,
}: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const [values, setValues] = useState<InnovationDraft>(initial);
  const [section, setSection] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [restored, setRestored] = useState(false);

  const revision = useRef(initialRevision);
  const pending = useRef<Patch>({});
  const invalid = useRef(new Set<string>());
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const persist = () => storePending(window.localStorage, id, revision.current, pending.current);

  async function flush() {
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const sent = forServer(without(pending.current, invalid.current));
    if (Object.keys(sent).length === 0) return;
    if (!navigator.onLine) {
      setSaveState("offline");
      return;
    }
    inFlight.current = true;
    setSaveState("saving");
    try {
      const res = await saveDraftAction(null, { id, revision: revision.current, patch: sent });
      if (!res.ok) {
        const fieldErrors: Record<string, string[]> = {};
        for (const [k, v] of Object.entries(res.fieldErrors ?? {}))
          fieldErrors[k.replace(/^patch\./, "").split(".")[0]!] = v;
        for (const k of Object.keys(fieldErrors)) invalid.current.add(k);
        setErrors((e) => ({ ...e, ...fieldErrors }));
        // Save the valid fields anyway; the invalid ones stay on this device until corrected.
        if (Object.keys(fieldErrors).length) again.current = true;
        else setSaveState("error");
      } else if (res.data?.kind === "saved") {
        revision.current = res.data.revision;
        pending.current = acknowledge(pending.current, sent);
        persist();
        setSavedAt(new Date(res.data.savedAt));
        setSaveState(Object.keys(pending.current).length ? "dirty" : "saved");
      } else if (res.data?.kind === "conflict") {
        setConflict({ ...res.data, mine: { ...pending.current } });
        setSaveState("conflict");
      }
    } catch {
      setSaveState(navigator.onLine ? "error" : "offline");
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void flushRef.current();
      }
    }
  }
  // Event listeners and timers always call the latest flush.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });

  // Restore edits that never reached the server (reload, closed tab, lost connection).
  useEffect(() => {
    const entry = loadPending(window.localStorage, id);
    if (!entry) return;
    pending.current = entry.patch;
    // localStorage exists only in the browser, after hydration: syncing it in here is the point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValues((v) => ({ ...v, ...entry.patch }));
    setRestored(true);
    if (entry.baseRevision === initialRevision) void flushRef.current();
    else {
      setConflict({
        kind: "conflict",
        revision: initialRevision,
        server: initial,
        updatedBy: "",
        updatedAt: "",
        mine: entry.patch,
      });
      setSaveState("conflict");
    }
    // Runs once for the page's draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

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

  function change(name: keyof InnovationDraft, value: unknown) {
    setValues((v) => ({ ...v, [name]: value }));
    pending.current = { ...pending.current, [name]: value };
    invalid.current.delete(name);
    setErrors((e) => {
      const { [name]: _removed, ...rest } = e;
      return rest;
    });
    persist();
    if (saveState !== "conflict") setSaveState("dirty");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
  }

  function goTo(index: number) {
    void flush();
    setSection(index);
    document.getElementById("editor-section")?.focus();
  }

  function resolve(chosen: Patch, c: Conflict) {
    revision.current = c.revision;
    pending.current = chosen;
    setValues({ ...c.server, ...chosen });
    setConflict(null);
    persist();
    setSaveState(Object.keys(chosen).length ? "dirty" : "saved");
    void flush();
  }

  const current = sections[section]!;
  const status = (() => {
    switch (saveState) {
      case "saving":
        return t("innovations.editor.saving");
      case "saved":
        return savedAt
          ? t("innovations.editor.savedAt", {
              time: format.dateTime(savedAt, { hour: "2-digit", minute: "2-digit" }),
            })
          : "";
      case "dirty":
        return t("innovations.editor.unsaved");
      case "offline":
        return t("innovations.editor.offline");
      case "error":
        return t("innovations.editor.error");
      default:
        return "";
    }
  })();

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <nav aria-label={t("innovations.editor.sectionsNav")} className="lg:sticky lg:top-4 lg:self-start">
        <ol className="flex gap-1 overflow-x-auto pb-2 lg:flex-col lg:overflow-visible">
          {sections.map((s, i) => (
            <li key={s.key} className="shrink-0">
              <button
                type="button"
                onClick={() => goTo(i)}
                aria-current={i === section ? "step" : undefined}
                className={`w-full rounded px-3 py-2 text-left text-sm ${i === section ? "bg-brand-600 text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
              >
                {i + 1}. {sectionTitle(t, s.key)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="flex min-w-0 flex-col gap-4">
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white/95 px-3 py-2 text-sm">
          <span
            role="status"
            aria-live="polite"
            data-testid="save-status"
            className={saveState === "error" || saveState === "offline" ? "text-red-700" : "text-slate-700"}
          >
            {status}
          </span>
          <div className="flex gap-2">
            {saveState === "error" || saveState === "dirty" || saveState === "offline" ? (
              <Button type="button" variant="secondary" onClick={() => void flush()}>
                {saveState === "error" ? t("innovations.editor.retry") : t("innovations.editor.saveNow")}
              </Button>
            ) : null}
            <Link
              href={`/inovasi/${id}`}
              onClick={() => void flush()}
              className="rounded border border-slate-300 px-3 py-2"
            >
              {t("innovations.editor.back")}
            </Link>
          </div>
        </div>
        {restored ? <Notice>{t("innovations.editor.restored")}</Notice> : null}
        <section
          id="editor-section"
          tabIndex={-1}
          aria-labelledby="editor-section-title"
          className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 outline-none"
          onBlur={(e) => {
            // Leaving the section (focus moves outside it) saves at once.
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void flush();
          }}
        >
          <h2 id="editor-section-title" className="text-xl font-semibold">
            {section + 1}. {sectionTitle(t, current.key)}
          </h2>
          {sectionGuidance(t, current.key) ? (
            <p className="rounded bg-brand-50 p-3 text-sm text-slate-700">
              {sectionGuidance(t, current.key)}
            </p>
          ) : null}
          {current.key === "dokumen"
            ? documents
            : current.fields.map((def) => (
                <FieldInput
                  key={def.name}
                  def={def}
                  value={values[def.name]}
                  onChange={(v) => change(def.name, v)}
                  errors={errors[def.name]}
                  disabled={saveState === "conflict"}
                  urusan={urusan}
                  sdgs={sdgs}
                />
              ))}
          <div className="flex justify-between gap-2 border-t border-slate-100 pt-3">
            <Button
              type="button"
              variant="secondary"
              disabled={section === 0}
              onClick={() => goTo(section - 1)}
            >
              {t("innovations.editor.previousSection")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={section === sections.length - 1}
              onClick={() => goTo(section + 1)}
            >
              {t("innovations.editor.nextSection")}
            </Button>
          </div>
        </section>
        <p className="text-sm text-slate-600">{t("innovations.editor.submitHint")}</p>
      </div>
      {conflict ? (
        <ConflictDialog
          conflict={conflict}
          sections={sections}
          onResolve={(chosen) => resolve(chosen, conflict)}
        />
      ) : null}
    </div>
  );
}
