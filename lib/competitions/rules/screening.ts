// Administrative screening: when a decision contradicts the checklist, and when the secretariat must give a reason.
// Shared by the form (to warn while the decision is being chosen) and the server (which decides).

export const SCREENING_DECISIONS = ["PASS", "FAIL", "RETURN"] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

export const SCREENING_CHECKS = ["complete", "implementedOneYear", "oneTitle", "documents"] as const;
type ScreeningCheck = (typeof SCREENING_CHECKS)[number];
export type Checklist = Record<ScreeningCheck, boolean>;

/** What the system computes itself; the secretariat confirms or corrects it in the checklist. */
type ComputedChecks = Partial<Record<ScreeningCheck, boolean>>;

type Contradiction =
  /** "Lolos" although a check fails (ticked off, or computed as failing). */
  | "PASS_WITH_FAILING_CHECK"
  /** "Tidak lolos" although every check passes. */
  | "FAIL_WITH_ALL_PASSING";

type ReasonRule =
  | { required: false; contradiction: null }
  | {
      required: true;
      /** Why: the decision contradicts the checks, a decision is being changed, or the OPD must know why. */
      because: "CONTRADICTION" | "CHANGE" | "NOT_PASSED";
      contradiction: Contradiction | null;
    };

/** The checks that fail: unticked in the checklist, or computed as failing (correcting the system needs a reason). */
export function failingChecks(checklist: Checklist, computed: ComputedChecks = {}): ScreeningCheck[] {
  return SCREENING_CHECKS.filter((k) => !checklist[k] || computed[k] === false);
}

export function screeningContradiction(
  decision: ScreeningDecision,
  checklist: Checklist,
  computed: ComputedChecks = {},
): Contradiction | null {
  const failing = failingChecks(checklist, computed);
  if (decision === "PASS" && failing.length > 0) return "PASS_WITH_FAILING_CHECK";
  if (decision === "FAIL" && failing.length === 0) return "FAIL_WITH_ALL_PASSING";
  return null;
}

/**
 * Whether a reason is required. A contradiction always needs one; so does changing a decision already made;
 * so does any decision other than "Lolos", because the OPD reads it to know what to fix.
 */
export function screeningReasonRule(input: {
  decision: ScreeningDecision;
  checklist: Checklist;
  computed?: ComputedChecks;
  /** The decision already recorded, when the secretariat changes it. */
  previous?: ScreeningDecision | null;
}): ReasonRule {
  const contradiction = screeningContradiction(input.decision, input.checklist, input.computed);
  if (contradiction) return { required: true, because: "CONTRADICTION", contradiction };
  if (input.previous) return { required: true, because: "CHANGE", contradiction: null };
  if (input.decision !== "PASS") return { required: true, because: "NOT_PASSED", contradiction: null };
  return { required: false, contradiction: null };
}

/** The screening's field problems: an empty reason where one is required, or the same decision again. */
export function screeningProblems(input: {
  decision: ScreeningDecision;
  reason: string;
  checklist: Checklist;
  computed?: ComputedChecks;
  previous?: ScreeningDecision | null;
}): { path: "reason" | "decision"; code: string }[] {
  if (input.previous && input.previous === input.decision)
    return [{ path: "decision", code: "competitions.screening.sameDecision" }];
  const rule = screeningReasonRule(input);
  if (rule.required && !input.reason.trim()) return [{ path: "reason", code: "validation.required" }];
  return [];
}

/** The decision an entry's status records, or null while it awaits screening. */
export function decisionOfStatus(status: string): ScreeningDecision | null {
  if (status === "SCREENED_PASS") return "PASS";
  if (status === "SCREENED_FAIL") return "FAIL";
  if (status === "RETURNED") return "RETURN";
  return null;
}
