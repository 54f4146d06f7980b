// The database's rows as the review rules need them: weights and values as numbers, the rubric's level
// descriptors, the proposal's frozen title.
import { levelsOf, type LevelDescriptor } from "@/lib/competitions/rules/rubric";
import type { RubricCriterion } from "./review";

type Decimalish = { toNumber(): number } | number | string;
const num = (v: Decimalish): number => (typeof v === "object" ? v.toNumber() : Number(v));

export function toRubric<
  C extends {
    id: string;
    code: string;
    name: string;
    weight: Decimalish;
    scaleMin: number;
    scaleMax: number;
    required: boolean;
  },
>(
  criteria: readonly C[],
): (Omit<C, "weight" | "levels"> & RubricCriterion & { levels: LevelDescriptor[] })[] {
  return criteria.map((c) => ({
    ...c,
    weight: num(c.weight),
    levels: levelsOf((c as { levels?: unknown }).levels),
  }));
}

export function valuesOf(
  scores: readonly { criterionId: string; value: Decimalish | null }[],
): Record<string, number | null> {
  return Object.fromEntries(scores.map((s) => [s.criterionId, s.value === null ? null : num(s.value)]));
}

export function commentsOf(
  scores: readonly { criterionId: string; comment: string | null }[],
): Record<string, string | null> {
  return Object.fromEntries(scores.map((s) => [s.criterionId, s.comment]));
}

/** The proposal's title as frozen in the entry's version, else the innovation's current one. */
export function snapshotTitle(snapshot: unknown, fallback: string): string {
  if (snapshot && typeof snapshot === "object" && !Array.isArray(snapshot)) {
    const title = (snapshot as Record<string, unknown>).title;
    if (typeof title === "string" && title.trim()) return title;
  }
  return fallback;
}
