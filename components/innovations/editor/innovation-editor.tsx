"use client";
import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  useAutosave,
  type FlatValues,
  type SaveAnswer,
  type SaveRequest,
} from "@/components/forms/use-autosave";
import { refusalAnswer } from "@/components/forms/autosave";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveDraftAction } from "@/lib/innovations/actions";
import { sectionStates, type SectionState } from "@/lib/innovations/rules/form/section-state";
import type { InnovationDraft, SectionDef } from "@/lib/innovations/rules/form/sections";
import { ConflictDialog } from "./conflict-dialog";
import { FieldInput } from "./field-input";
import { sectionGuidance, sectionTitle } from "./labels";
import type { RegionZone } from "@/lib/time/zones";

type Props = {
  id: string;
  /** The region's time zone, in which "today" bounds the implementation date. */
  zone: RegionZone;
  initial: InnovationDraft;
  revision: number;
  sections: readonly SectionDef[];
  urusan: readonly string[];
  sdgs: readonly { number: number; name: string }[];
  documents: ReactNode;
  /** Shown above the form while the operator revises what the head returned. */
  banner?: ReactNode;
};

const STATE_STYLE: Record<SectionState, { mark: string; className: string }> = {
  missing: { mark: "!", className: "bg-red-100 text-red-800" },
  overLimit: { mark: "!", className: "bg-amber-100 text-amber-900" },
  invalid: { mark: "!", className: "bg-amber-100 text-amber-900" },
  complete: { mark: "✓", className: "bg-green-100 text-green-800" },
};

/** The section and field a link such as "#f-novelty" (from the submit check) points at. */
function targetOf(hash: string, sections: readonly SectionDef[]): { index: number; focus: string } | null {
  const id = decodeURIComponent(hash.replace(/^#/, ""));
  if (!id.startsWith("f-")) return null;
  const index = sections.findIndex((s) => s.fields.some((f) => `f-${f.name}` === id));
  return index >= 0 ? { index, focus: id } : null;
}

const AUTOSAVE_DELAY_MS = 2000;

/** Lines of the links box are kept as typed; empty ones are dropped only when sending. */
function forServer(values: FlatValues): FlatValues {
  const links = values.otherLinks;
  if (!Array.isArray(links)) return values;
  return { ...values, otherLinks: links.map((l) => String(l).trim()).filter(Boolean) };
}

/** One autosave round trip of the draft, in the shape the autosave machine expects. */
async function sendDraft(id: string, request: SaveRequest): Promise<SaveAnswer> {
  const res = await saveDraftAction(null, {
    id,
    revision: request.revision,
    patch: forServer(request.patch),
    base: forServer(request.base),
    unconfirmed: request.unconfirmed.map(forServer),
  });
  if (!res.ok) {
    const errors: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(res.fieldErrors ?? {}))
      if (k.startsWith("patch.")) errors[k.slice("patch.".length).split(".")[0]!] = v;
    return refusalAnswer(res, errors);
  }
  const data = res.data!;
  if (data.kind === "saved")
    return {
      kind: "saved",
      revision: data.revision,
      savedAt: data.savedAt,
      stored: data.stored,
      server: data.server,
    };
  return { ...data, server: data.server as FlatValues };
}

export function InnovationEditor({
  id,
  initial,
  revision,
  sections,
  urusan,
  sdgs,
  documents,
  banner,
  zone,
}: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const [values, setValues] = useState<InnovationDraft>(initial);
  const [section, setSection] = useState(0);
  const [restored, setRestored] = useState(false);
  const autosave = useAutosave({
    storageKey: `inovasi:draft:${id}`,
    revision,
    server: initial as FlatValues,
    debounceMs: AUTOSAVE_DELAY_MS,
    send: (request) => sendDraft(id, request),
    onRestore: (unsent) => {
      setValues((v) => ({ ...v, ...(unsent as InnovationDraft) }));
      setRestored(true);
    },
    onServerValues: (theirs) => setValues((v) => ({ ...v, ...(theirs as InnovationDraft) })),
  });
  const { status: saveState, conflict } = autosave;
  // Recomputed as the operator types, with the same rules the submission is checked against.
  const states = useMemo(
    () =>
      new Map(
        sectionStates(forServer(values as FlatValues) as InnovationDraft, { zone }).map((s) => [s.key, s]),
      ),
    [values, zone],
  );

  // A link to a field ("#f-novelty") opens its section and puts the cursor in it, on arrival and
  // when the hash changes on this page.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    function follow() {
      const target = targetOf(window.location.hash, sections);
      if (!target) return;
      const here = document.getElementById(target.focus);
      if (here) {
        // Already on screen (a link within the open section): no re-render will come to focus it.
        here.scrollIntoView({ block: "center" });
        here.focus();
        return;
      }
      pendingFocus.current = target.focus;
      setSection(target.index);
    }
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [sections]);
  useEffect(() => {
    const focus = pendingFocus.current;
    // The field exists once its section is rendered: until then the focus waits.
    const el = focus ? document.getElementById(focus) : null;
    if (!el) return;
    pendingFocus.current = null;
    el.scrollIntoView({ block: "center" });
    el.focus();
  });

  function change(name: keyof InnovationDraft, value: unknown) {
    setValues((v) => ({ ...v, [name]: value }));
    autosave.edit(name, value);
  }

  function goTo(index: number) {
    void autosave.flush();
    setSection(index);
    document.getElementById("editor-section")?.focus();
  }

  function resolve(chosen: FlatValues) {
    if (!conflict) return;
    setValues({ ...(conflict.server as InnovationDraft), ...(chosen as InnovationDraft) });
    autosave.resolve(chosen);
  }

  const current = sections[section]!;
  const savedAt = autosave.savedAt ? new Date(autosave.savedAt) : null;
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
      case "queued":
        return t("innovations.editor.queued");
      case "conflict":
        return t("innovations.editor.conflict");
      case "error":
        return autosave.message
          ? `${t("innovations.editor.error")} ${autosave.message}`
          : t("innovations.editor.error");
      default:
        return "";
    }
  })();

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <nav aria-label={t("innovations.editor.sectionsNav")} className="lg:sticky lg:top-4 lg:self-start">
        <ol className="flex gap-1 overflow-x-auto pb-2 lg:flex-col lg:overflow-visible">
          {sections.map((s, i) => {
            const state = s.fields.length > 0 ? states.get(s.key)?.state : undefined;
            return (
              <li key={s.key} className="shrink-0">
                <button
                  type="button"
                  onClick={() => goTo(i)}
                  aria-current={i === section ? "step" : undefined}
                  data-testid={`section-${s.key}`}
                  data-state={state}
                  className={`flex w-full flex-col gap-1 rounded px-3 py-2 text-left text-sm ${i === section ? "bg-brand-600 text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
                >
                  <span>
                    {i + 1}. {sectionTitle(t, s.key)}
                  </span>
                  {state ? (
                    <span
                      className={`w-fit rounded px-1.5 py-0.5 text-xs font-medium ${STATE_STYLE[state].className}`}
                    >
                      <span aria-hidden="true">{STATE_STYLE[state].mark} </span>
                      {t(`innovations.editor.sectionState.${state}`)}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="flex min-w-0 flex-col gap-4">
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white/95 px-3 py-2 text-sm">
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
          <div className="flex gap-2">
            {saveState === "error" || saveState === "dirty" || saveState === "queued" ? (
              <Button type="button" variant="secondary" onClick={() => void autosave.flush()}>
                {saveState === "error" ? t("innovations.editor.retry") : t("innovations.editor.saveNow")}
              </Button>
            ) : null}
            <Link
              href={`/inovasi/${id}`}
              onClick={() => void autosave.flush()}
              className="rounded border border-slate-300 px-3 py-2"
            >
              {t("innovations.editor.back")}
            </Link>
          </div>
        </div>
        {banner}
        {restored ? <Notice>{t("innovations.editor.restored")}</Notice> : null}
        <section
          id="editor-section"
          tabIndex={-1}
          aria-labelledby="editor-section-title"
          className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 outline-none"
          onBlur={(e) => {
            // Leaving the section (focus moves outside it) saves at once.
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void autosave.flush();
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
                  errors={autosave.errors[def.name]}
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
      {conflict ? <ConflictDialog conflict={conflict} onResolve={resolve} /> : null}
    </div>
  );
}
