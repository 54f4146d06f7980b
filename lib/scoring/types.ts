// Public types of the ranking engine. Everything here is plain data so results can be stored as JSON.
import type { EngineNote } from "./notes";

/** Known stage kinds; any other string is accepted so new stages need no engine change. */
export type StageKind = "DESK" | "PRESENTATION" | "FIELD_VERIFICATION";
export type Aggregation = "MEAN" | "MEDIAN" | "TRIMMED_MEAN";

export interface CriterionDef {
  code: string;
  name: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  required: boolean;
}

export interface StageDef {
  kind: string;
  /** Weight in the final score; 0 means the stage is shown but does not count. */
  weight: number;
  /** A pass/fail stage has no score: its verdict gates the final ranking. */
  passFail?: boolean;
  criteria: readonly CriterionDef[];
}

export type ReviewValues = Readonly<Record<string, number | null | undefined>>;

export interface ReviewInput {
  entryId: string;
  stage: string;
  evaluatorId: string;
  values: ReviewValues;
  /** Verdict of a pass/fail stage review; ignored on scored stages. */
  passed?: boolean | null;
}

export interface EntryInput {
  id: string;
  title?: string | null;
  category: string;
  /** ISO 8601 timestamp. */
  submittedAt: string;
  objectionsUpheld?: number | null;
}

export interface CategoryDef {
  code: string;
  /** Places reserved for the category's best passing entries (a floor, not a cap). */
  quota?: number | null;
}

export type TieBreaker =
  | { kind: "STAGE"; stage: string }
  | { kind: "CRITERION"; stage: string; code: string }
  | { kind: "OBJECTIONS" }
  | { kind: "SUBMITTED_AT" };

/** A jury decision on the final ranking of a shortlisted entry. */
export type RankOverride =
  | { entryId: string; kind: "MOVE"; targetRank: number; reason: string }
  | { entryId: string; kind: "DISQUALIFY"; reason: string };

/** An adjustment of the computed shortlist (after quotas, before the final ranking). */
export interface ShortlistAdjustment {
  entryId: string;
  kind: "SHORTLIST_ADD" | "SHORTLIST_REMOVE";
  reason: string;
}

/** At most one of each group per entry: one RankOverride and one ShortlistAdjustment. */
export type Override = RankOverride | ShortlistAdjustment;

export interface CompetitionInput {
  passingGrade: number;
  shortlistSize: number;
  aggregation: Aggregation;
  zNormalize: boolean;
  anonymize: boolean;
  deskStage: string;
  stages: readonly StageDef[];
  categories: readonly CategoryDef[];
  tieBreakers: readonly TieBreaker[];
  entries: readonly EntryInput[];
  reviews: readonly ReviewInput[];
  overrides?: readonly Override[];
}

/** One criterion of one review, as shown in explanations. */
export interface CriterionPart {
  code: string;
  name: string;
  /** Raw value given by the evaluator; null when left empty. */
  value: number | null;
  scaleMin: number;
  scaleMax: number;
  weight: number;
  required: boolean;
  /** (value − min) / (max − min), in 0–1. */
  normalized: number | null;
  /** Points this criterion adds to the 0–100 review score; null when it did not count. */
  contribution: number | null;
}

export type IncompleteReason = "MISSING_REQUIRED" | "NO_VALUES" | "MISSING_VERDICT";

export type ReviewScoreResult =
  | { complete: true; score: number; criteria: CriterionPart[] }
  | { complete: false; reason: IncompleteReason; missing: string[]; criteria: CriterionPart[] };

export interface EvaluatorScore {
  evaluatorId: string;
  score: number;
}

export interface NormalizedScore extends EvaluatorScore {
  adjusted: number;
  /** False when the evaluator had fewer than 3 reviews or no spread, so the score was kept. */
  applied: boolean;
}

export type Verdict = "PASS" | "FAIL";

/** ADJUSTED: put in by a SHORTLIST_ADD adjustment rather than computed. */
export type ShortlistVia = "QUOTA" | "OPEN" | "ADJUSTED";

export interface IncompleteReviewInfo {
  stage: string;
  /** Label ("Penilai 1") when anonymised, evaluator id otherwise. */
  evaluator: string;
  reason: IncompleteReason;
  missing: string[];
}

export interface StageScoreRow {
  entryId: string;
  stage: string;
  score: number | null;
  /** max − min of the (possibly normalised) complete review scores; 0 with one review. */
  disagreement: number | null;
  completeReviews: number;
  incompleteReviews: number;
}

export interface DeskResult {
  entryId: string;
  category: string;
  deskScore: number | null;
  /** Position among all entries with a desk score (passing or not); null when incomplete. */
  deskRank: number | null;
  passed: boolean;
  shortlisted: boolean;
  shortlistVia: ShortlistVia | null;
  incomplete: boolean;
  incompleteReviews: IncompleteReviewInfo[];
  tieBreak: string | null;
}

export interface QuotaResult {
  category: string;
  quota: number | null;
  passing: number;
  /** Reserved places actually filled by the category (≤ quota). */
  reservedFilled: number;
  /** Reserved places given away because too few entries passed. */
  redistributed: number;
  shortlisted: number;
}

export type FinalStatus = "RANKED" | "INCOMPLETE" | "EXCLUDED" | "DISQUALIFIED";

export interface AppliedOverride {
  kind: Override["kind"];
  reason: string;
  targetRank: number | null;
  /** Rank the entry ended on (the target, clamped and after conflicts); null for DISQUALIFY or when ignored. */
  appliedRank: number | null;
  /**
   * IGNORED when the entry is not shortlisted, or a MOVE targets an entry without a computed rank; for shortlist
   * adjustments, when a REMOVE targets an entry that is not shortlisted or an ADD one that did not pass or already is.
   */
  status: "APPLIED" | "IGNORED";
  note: EngineNote | null;
}

export interface FinalResult {
  entryId: string;
  category: string;
  status: FinalStatus;
  computedRank: number | null;
  finalRank: number | null;
  total: number | null;
  stageScores: Record<string, number | null>;
  disagreement: Record<string, number | null>;
  verdicts: Record<string, Verdict | null>;
  tieBreak: string | null;
  disqualified: boolean;
  disqualifyReason: string | null;
  override: AppliedOverride | null;
  reasons: EngineNote[];
}

interface ReviewExplanation {
  evaluator: string;
  /** 0–100 review score; null on pass/fail stages. */
  score: number | null;
  /** Score after evaluator normalisation (equal to score when not applied). */
  adjustedScore: number | null;
  normalizationApplied: boolean;
  passed: boolean | null;
  criteria: CriterionPart[];
}

export interface StageExplanation {
  stage: string;
  weight: number;
  passFail: boolean;
  aggregation: Aggregation;
  /** What was actually computed, e.g. MEAN for TRIMMED_MEAN with fewer than 4 reviews. */
  effectiveAggregation: Aggregation | null;
  normalization: boolean;
  score: number | null;
  disagreement: number | null;
  verdict: Verdict | null;
  reviews: ReviewExplanation[];
  incompleteReviews: IncompleteReviewInfo[];
}

export interface Explanation {
  entryId: string;
  title: string | null;
  category: string;
  anonymized: boolean;
  stages: StageExplanation[];
  desk: {
    score: number | null;
    rank: number | null;
    passed: boolean;
    shortlisted: boolean;
    shortlistVia: ShortlistVia | null;
    tieBreak: string | null;
  };
  /** Null when the entry was not shortlisted. */
  final: {
    status: FinalStatus;
    total: number | null;
    computedRank: number | null;
    finalRank: number | null;
    tieBreak: string | null;
    reasons: EngineNote[];
  } | null;
  overrides: AppliedOverride[];
}

export interface RankingOutput {
  desk: DeskResult[];
  /** Shortlisted entry ids in desk order. */
  shortlist: string[];
  shortlistNotes: EngineNote[];
  overrideNotes: EngineNote[];
  quotas: QuotaResult[];
  stageScores: StageScoreRow[];
  final: FinalResult[];
  explanations: Record<string, Explanation>;
}
