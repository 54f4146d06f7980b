// Boundary checks and canonical ordering. Everything after prepare() may assume valid, sorted data.
import { byKey, compareIds } from "./numeric";
import { checkValues, validateCriterion } from "./review";
import type {
  Aggregation,
  CategoryDef,
  CompetitionInput,
  EntryInput,
  Override,
  RankOverride,
  ReviewInput,
  ShortlistAdjustment,
  StageDef,
  TieBreaker,
} from "./types";

export interface Prepared {
  input: CompetitionInput;
  stages: StageDef[];
  stageByKind: Map<string, StageDef>;
  entries: EntryInput[];
  entryById: Map<string, EntryInput>;
  submittedMs: Map<string, number>;
  reviews: ReviewInput[];
  categories: CategoryDef[];
  /** MOVE and DISQUALIFY, sorted by entry id. */
  overrides: RankOverride[];
  /** SHORTLIST_ADD and SHORTLIST_REMOVE, sorted by entry id. */
  adjustments: ShortlistAdjustment[];
}

// A date-time without a zone would be parsed in the server's local time, making results machine-dependent.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const AGGREGATIONS: readonly Aggregation[] = ["MEAN", "MEDIAN", "TRIMMED_MEAN"];

function fail(message: string): never {
  throw new Error(`Invalid scoring input: ${message}`);
}

function isNonNegativeInt(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 0;
}

function prepareStages(input: CompetitionInput): StageDef[] {
  const seen = new Set<string>();
  const stages = input.stages.map((s) => {
    if (typeof s.kind !== "string" || s.kind === "") fail("stage kind must be non-empty");
    if (seen.has(s.kind)) fail(`duplicate stage "${s.kind}"`);
    seen.add(s.kind);
    if (!Number.isFinite(s.weight) || s.weight < 0)
      fail(`stage "${s.kind}" weight must be ≥ 0 (got ${s.weight})`);
    if (s.passFail && s.weight !== 0)
      fail(`pass/fail stage "${s.kind}" cannot have a weight (got ${s.weight})`);
    if (!s.passFail && s.criteria.length === 0) fail(`scored stage "${s.kind}" has no criteria`);
    const codes = new Set<string>();
    for (const c of s.criteria) {
      validateCriterion(c, `Invalid scoring input: stage "${s.kind}"`);
      if (codes.has(c.code)) fail(`stage "${s.kind}" has duplicate criterion "${c.code}"`);
      codes.add(c.code);
    }
    return { ...s, passFail: s.passFail === true, criteria: [...s.criteria].sort(byKey((c) => c.code)) };
  });
  return stages.sort(byKey((s) => s.kind));
}

function checkTieBreakers(tieBreakers: readonly TieBreaker[], stageByKind: Map<string, StageDef>): void {
  for (const t of tieBreakers) {
    if (t.kind === "OBJECTIONS" || t.kind === "SUBMITTED_AT") continue;
    if (t.kind !== "STAGE" && t.kind !== "CRITERION")
      fail(`unknown tie-breaker kind "${String((t as TieBreaker).kind)}"`);
    const stage = stageByKind.get(t.stage);
    if (!stage) fail(`tie-breaker refers to unknown stage "${t.stage}"`);
    if (stage.passFail) fail(`tie-breaker cannot use pass/fail stage "${t.stage}" (it has no score)`);
    if (t.kind === "CRITERION" && !stage.criteria.some((c) => c.code === t.code)) {
      fail(`tie-breaker refers to unknown criterion "${t.code}" of stage "${t.stage}"`);
    }
  }
}

function prepareCategories(input: CompetitionInput): CategoryDef[] {
  const seen = new Set<string>();
  let quotaSum = 0;
  for (const c of input.categories) {
    if (seen.has(c.code)) fail(`duplicate category "${c.code}"`);
    seen.add(c.code);
    if (c.quota === undefined || c.quota === null) continue;
    if (!isNonNegativeInt(c.quota)) fail(`quota of category "${c.code}" must be a non-negative integer`);
    quotaSum += c.quota;
  }
  if (quotaSum > input.shortlistSize) {
    fail(`sum of category quotas (${quotaSum}) exceeds the shortlist size (${input.shortlistSize})`);
  }
  return input.categories.map((c) => ({ code: c.code, quota: c.quota ?? null })).sort(byKey((c) => c.code));
}

function prepareEntries(input: CompetitionInput, categories: Set<string>) {
  const entryById = new Map<string, EntryInput>();
  const submittedMs = new Map<string, number>();
  for (const e of input.entries) {
    if (typeof e.id !== "string" || e.id === "") fail("entry id must be non-empty");
    if (entryById.has(e.id)) fail(`duplicate entry id "${e.id}"`);
    if (!categories.has(e.category)) fail(`entry "${e.id}" has unknown category "${e.category}"`);
    const ms = ISO_WITH_ZONE.test(e.submittedAt) ? Date.parse(e.submittedAt) : Number.NaN;
    if (Number.isNaN(ms)) {
      fail(
        `entry "${e.id}" has an invalid submittedAt "${e.submittedAt}" (ISO 8601 with Z or ±hh:mm expected)`,
      );
    }
    if (e.objectionsUpheld != null && !isNonNegativeInt(e.objectionsUpheld)) {
      fail(`entry "${e.id}" objectionsUpheld must be a non-negative integer`);
    }
    entryById.set(e.id, e);
    submittedMs.set(e.id, ms);
  }
  const entries = [...entryById.values()].sort(byKey((e) => e.id));
  return { entries, entryById, submittedMs };
}

function prepareReviews(
  input: CompetitionInput,
  p: Pick<Prepared, "stageByKind" | "entryById">,
): ReviewInput[] {
  for (const r of input.reviews) {
    const where = `review of entry "${r.entryId}" at stage "${r.stage}" by "${r.evaluatorId}"`;
    if (!p.entryById.has(r.entryId)) fail(`review refers to unknown entry "${r.entryId}"`);
    const stage = p.stageByKind.get(r.stage);
    if (!stage) fail(`review of entry "${r.entryId}" refers to unknown stage "${r.stage}"`);
    if (typeof r.evaluatorId !== "string" || r.evaluatorId === "")
      fail(`${where}: evaluator id must be non-empty`);
    if (typeof r.values !== "object" || r.values === null) fail(`${where}: values must be an object`);
    checkValues(stage.criteria, r.values, `Invalid scoring input: ${where}`);
    if (r.passed != null && typeof r.passed !== "boolean") fail(`${where}: passed must be a boolean`);
  }
  // Canonical order: entry, stage, evaluator, each in code-unit order, compared field by field (building a key
  // string per comparison cost ≈ 250,000 JSON.stringify calls at KIPP size). Duplicates end up side by side.
  const sorted = [...input.reviews].sort(compareReviews);
  for (let i = 1; i < sorted.length; i++) {
    const r = sorted[i] as ReviewInput;
    if (compareReviews(sorted[i - 1] as ReviewInput, r) === 0)
      fail(`duplicate review of entry "${r.entryId}" at stage "${r.stage}" by "${r.evaluatorId}"`);
  }
  return sorted;
}

function compareReviews(a: ReviewInput, b: ReviewInput): number {
  return (
    compareIds(a.entryId, b.entryId) ||
    compareIds(a.stage, b.stage) ||
    compareIds(a.evaluatorId, b.evaluatorId)
  );
}

const isAdjustment = (o: Override): o is ShortlistAdjustment =>
  o.kind === "SHORTLIST_ADD" || o.kind === "SHORTLIST_REMOVE";

function prepareOverrides(
  input: CompetitionInput,
  entryById: Map<string, EntryInput>,
): { overrides: RankOverride[]; adjustments: ShortlistAdjustment[] } {
  // One ranking override and one shortlist adjustment per entry at most.
  const seen = new Set<string>();
  const seenAdjustment = new Set<string>();
  for (const o of input.overrides ?? []) {
    if (!entryById.has(o.entryId)) fail(`override refers to unknown entry "${o.entryId}"`);
    if (typeof o.reason !== "string" || o.reason.trim() === "") {
      fail(`override of entry "${o.entryId}" needs a non-empty reason`);
    }
    if (isAdjustment(o)) {
      if (seenAdjustment.has(o.entryId)) fail(`more than one shortlist adjustment for entry "${o.entryId}"`);
      seenAdjustment.add(o.entryId);
      continue;
    }
    if (seen.has(o.entryId)) fail(`more than one override for entry "${o.entryId}"`);
    seen.add(o.entryId);
    if (o.kind === "MOVE") {
      if (!Number.isInteger(o.targetRank)) fail(`MOVE of entry "${o.entryId}" needs an integer targetRank`);
    } else if (o.kind !== "DISQUALIFY") {
      fail(`unknown override kind "${String((o as Override).kind)}" for entry "${(o as Override).entryId}"`);
    }
  }
  const all = input.overrides ?? [];
  return {
    overrides: all.filter((o): o is RankOverride => !isAdjustment(o)).sort(byKey((o) => o.entryId)),
    adjustments: all.filter(isAdjustment).sort(byKey((o) => o.entryId)),
  };
}

export function prepare(input: CompetitionInput): Prepared {
  // Desk scores are on 0–100, so a grade outside it would silently pass everyone or no one.
  if (!Number.isFinite(input.passingGrade) || input.passingGrade < 0 || input.passingGrade > 100)
    fail(`passingGrade must be between 0 and 100 (got ${input.passingGrade})`);
  if (!isNonNegativeInt(input.shortlistSize)) fail("shortlistSize must be a non-negative integer");
  if (!AGGREGATIONS.includes(input.aggregation)) fail(`unknown aggregation "${String(input.aggregation)}"`);

  const stages = prepareStages(input);
  const stageByKind = new Map(stages.map((s) => [s.kind, s]));
  const desk = stageByKind.get(input.deskStage);
  if (!desk) fail(`desk stage "${input.deskStage}" is not among the stages`);
  if (desk.passFail) fail(`desk stage "${input.deskStage}" cannot be pass/fail`);
  if (!stages.some((s) => s.weight > 0)) fail("at least one stage needs a weight > 0");
  checkTieBreakers(input.tieBreakers, stageByKind);

  const categories = prepareCategories(input);
  const { entries, entryById, submittedMs } = prepareEntries(input, new Set(categories.map((c) => c.code)));
  const reviews = prepareReviews(input, { stageByKind, entryById });
  const { overrides, adjustments } = prepareOverrides(input, entryById);
  return {
    input,
    stages,
    stageByKind,
    entries,
    entryById,
    submittedMs,
    reviews,
    categories,
    overrides,
    adjustments,
  };
}
