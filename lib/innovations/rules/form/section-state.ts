// What the editor's section list shows beside each section, computed from the same submit schema
// the server checks on submission, so a section marked complete never fails the submit.
import { MESSAGE_KEYS, submitSchema, type SubmitOptions } from "@/lib/innovations/schemas";
import { SECTIONS, type InnovationDraft, type InnovationField, type SectionKey } from "./sections";

/** Most serious first: a section shows the first of these that applies to any of its fields. */
export type SectionState = "missing" | "overLimit" | "invalid" | "complete";

type SectionProblem = { field: InnovationField; message: string };
type SectionStatus = { key: SectionKey; state: SectionState; problems: SectionProblem[] };

const MISSING: readonly string[] = [MESSAGE_KEYS.required, MESSAGE_KEYS.sdgRequired];

function stateOf(problems: readonly SectionProblem[]): SectionState {
  if (problems.some((p) => MISSING.includes(p.message))) return "missing";
  if (problems.some((p) => p.message === MESSAGE_KEYS.overWordLimit)) return "overLimit";
  return problems.length > 0 ? "invalid" : "complete";
}

/** Every section of the form in order, with its state and the problems (message keys) of its fields. */
export function sectionStates(draft: InnovationDraft, opts: SubmitOptions = {}): SectionStatus[] {
  const parsed = submitSchema(opts).safeParse(draft);
  const problems = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => {
        const field = issue.path[0];
        return typeof field === "string" ? [{ field: field as InnovationField, message: issue.message }] : [];
      });
  return SECTIONS.map((section) => {
    const names = new Set<string>(section.fields.map((f) => f.name));
    const own = problems.filter((p) => names.has(p.field));
    return { key: section.key, state: stateOf(own), problems: own };
  });
}

/** The submission check: every problem of every field (message keys), or null when it can be submitted. */
export function submitProblems(
  draft: InnovationDraft,
  opts: SubmitOptions = {},
): Record<string, string[]> | null {
  const parsed = submitSchema(opts).safeParse(draft);
  if (parsed.success) return null;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return errors;
}
