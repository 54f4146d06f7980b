// The engine's notes and reasons are codes with parameters, never sentences: the portal translates them
// (messages/{id,en}/ranking.json, "engine") and the command line prints them in English from the same file.
import { FALLBACK_LABEL } from "./tiebreak";

export const ENGINE_NOTE_CODES = [
  /** A category's quota could not be filled: { category, quota, passing, unfilled }. */
  "QUOTA_UNFILLED",
  /** Reserved places given to the best remaining entries, in total: { count }. */
  "PLACES_REDISTRIBUTED",
  /** Fewer entries passed than the shortlist has places: { selected, size, passed }. */
  "SHORTLIST_SHORT",
  /** A shortlist adjustment was applied: { entryId, kind, reason }. */
  "ADJUSTMENT_APPLIED",
  /** Ignored adjustments and overrides: { entryId, kind }. */
  "IGNORED_NOT_SHORTLISTED",
  "IGNORED_ALREADY_SHORTLISTED",
  "IGNORED_NOT_PASSED",
  "IGNORED_NOT_RANKED",
  /** A MOVE landed elsewhere than its target: { entryId, target, applied }. */
  "MOVE_TARGET_ADJUSTED",
  /** Why a shortlisted entry is not ranked: { stage, incomplete } or { stage, passed, complete }. */
  "NO_VERDICT",
  "FAILED_PASS_FAIL",
  "NO_COMPLETE_REVIEWS",
] as const;
export type EngineNoteCode = (typeof ENGINE_NOTE_CODES)[number];

export interface EngineNote {
  code: EngineNoteCode;
  params: Record<string, string | number>;
}

export const note = (code: EngineNoteCode, params: Record<string, string | number> = {}): EngineNote => ({
  code,
  params,
});

// Turning a note or a tie-break label into a message key and the parameters a reader understands: entry titles
// instead of ids, stage and category names instead of codes. The caller passes the lookups.

interface NoteLookups {
  entry: (id: string) => string;
  stage: (kind: string) => string;
  category: (code: string) => string;
  kind: (overrideKind: string) => string;
}

interface Message {
  key: string;
  params: Record<string, string | number>;
}

/** `engine.<CODE>` with its parameters; kind stays as it is (messages select on it) and kindLabel names it. */
export function noteMessage(n: EngineNote, look: NoteLookups): Message {
  const params: Record<string, string | number> = { ...n.params };
  const p = n.params;
  if (typeof p.entryId === "string") params.entry = look.entry(p.entryId);
  if (typeof p.stage === "string") params.stage = look.stage(p.stage);
  if (typeof p.category === "string") params.category = look.category(p.category);
  if (typeof p.kind === "string") params.kindLabel = look.kind(p.kind);
  return { key: `engine.${n.code}`, params };
}

/** `tieBreaks.<KIND>` for an engine label such as "STAGE:DESK", "CRITERION:DESK:D4" or "FALLBACK:ENTRY_ID". */
export function tieBreakMessage(label: string, look: Pick<NoteLookups, "stage">): Message | null {
  if (label === FALLBACK_LABEL) return { key: "tieBreaks.FALLBACK", params: {} };
  const [kind, stage, ...code] = label.split(":");
  if (kind === "STAGE" && stage) return { key: "tieBreaks.STAGE", params: { stage: look.stage(stage) } };
  if (kind === "CRITERION" && stage && code.length)
    return { key: "tieBreaks.CRITERION", params: { stage: look.stage(stage), code: code.join(":") } };
  if (kind === "OBJECTIONS" || kind === "SUBMITTED_AT") return { key: `tieBreaks.${kind}`, params: {} };
  return null;
}
