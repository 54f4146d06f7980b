// Builders shared by the scoring tests. Not used by the engine itself.
import type { CompetitionInput, CriterionDef, EntryInput, ReviewInput, StageDef } from "./types";

/** A 0–100 single criterion: the review score equals the value, which keeps worked examples readable. */
export const SCORE: CriterionDef = {
  code: "S",
  name: "Skor",
  weight: 1,
  scaleMin: 0,
  scaleMax: 100,
  required: true,
};

export const DESK: StageDef = { kind: "DESK", weight: 70, criteria: [SCORE] };
export const PRESENTATION: StageDef = { kind: "PRESENTATION", weight: 30, criteria: [SCORE] };
export const FIELD: StageDef = { kind: "FIELD_VERIFICATION", weight: 0, passFail: true, criteria: [] };

export function competition(over: Partial<CompetitionInput> = {}): CompetitionInput {
  return {
    passingGrade: 60,
    shortlistSize: 10,
    aggregation: "MEAN",
    zNormalize: false,
    anonymize: true,
    deskStage: "DESK",
    stages: [DESK, PRESENTATION],
    categories: [{ code: "X" }],
    tieBreakers: [],
    entries: [],
    reviews: [],
    ...over,
  };
}

export function entry(id: string, over: Partial<EntryInput> = {}): EntryInput {
  return { id, category: "X", submittedAt: "2025-03-01T08:00:00Z", objectionsUpheld: 0, ...over };
}

/** One review on the single 0–100 criterion. */
export function scored(
  entryId: string,
  stage: string,
  evaluatorId: string,
  value: number | null,
): ReviewInput {
  return { entryId, stage, evaluatorId, values: { S: value } };
}

export function verdict(entryId: string, evaluatorId: string, passed: boolean | null): ReviewInput {
  return { entryId, stage: "FIELD_VERIFICATION", evaluatorId, values: {}, passed };
}

/** Entries with one desk and one presentation review each: [id, desk, presentation]. */
export function simple(
  rows: [string, number, number | null][],
): Pick<CompetitionInput, "entries" | "reviews"> {
  return {
    entries: rows.map(([id]) => entry(id)),
    reviews: rows.flatMap(([id, desk, pres]) => [
      scored(id, "DESK", "ev1", desk),
      ...(pres === null ? [] : [scored(id, "PRESENTATION", "ev1", pres)]),
    ]),
  };
}
