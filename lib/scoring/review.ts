import { byKey } from "./numeric";
import type { CriterionDef, CriterionPart, ReviewScoreResult, ReviewValues } from "./types";

export function validateCriterion(c: CriterionDef, where: string): void {
  if (typeof c.code !== "string" || c.code === "")
    throw new Error(`${where}: criterion code must be non-empty`);
  const at = `${where}, criterion "${c.code}"`;
  if (!Number.isFinite(c.weight) || c.weight <= 0)
    throw new Error(`${at}: weight must be > 0 (got ${c.weight})`);
  if (!Number.isFinite(c.scaleMin) || !Number.isFinite(c.scaleMax))
    throw new Error(`${at}: scale must be finite`);
  if (c.scaleMax <= c.scaleMin) {
    throw new Error(`${at}: scaleMax (${c.scaleMax}) must be greater than scaleMin (${c.scaleMin})`);
  }
}

function valueOf(values: ReviewValues, code: string): number | null {
  // hasOwn guards codes such as "constructor" that would otherwise resolve on Object.prototype.
  const v = Object.hasOwn(values, code) ? values[code] : undefined;
  return v === undefined || v === null ? null : v;
}

/** Criterion by code: a scan for the usual small rubric (no allocation per review), a map for a large one. */
function finder(criteria: readonly CriterionDef[]): (code: string) => CriterionDef | undefined {
  if (criteria.length > 32) {
    const known = new Map(criteria.map((c) => [c.code, c]));
    return (code) => known.get(code);
  }
  return (code) => {
    for (const c of criteria) if (c.code === code) return c;
    return undefined;
  };
}

/** The problem with one value, or null when it is acceptable. */
function valueProblem(c: CriterionDef | undefined, code: string, v: unknown): string | null {
  if (!c) return `unknown criterion code "${code}"`;
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    return `value for "${code}" must be a finite number (got ${String(v)})`;
  }
  if (v < c.scaleMin || v > c.scaleMax) {
    return `value ${v} for "${code}" is outside its scale ${c.scaleMin}–${c.scaleMax}`;
  }
  return null;
}

/** Throws on unknown criterion codes and on values that are not finite numbers inside the criterion's scale. */
export function checkValues(criteria: readonly CriterionDef[], values: ReviewValues, where: string): void {
  const find = finder(criteria);
  // Fast pass in key order; only when something is wrong are the codes sorted, so the error reported is the
  // first in code order whatever the key order.
  let bad = false;
  for (const code in values) {
    if (!Object.hasOwn(values, code)) continue;
    if (valueProblem(find(code), code, values[code]) !== null) {
      bad = true;
      break;
    }
  }
  if (!bad) return;
  for (const code of Object.keys(values).sort()) {
    const problem = valueProblem(find(code), code, values[code]);
    if (problem !== null) throw new Error(`${where}: ${problem}`);
  }
}

/** Per-criterion breakdown without contributions, in code order. */
export function describeValues(criteria: readonly CriterionDef[], values: ReviewValues): CriterionPart[] {
  return [...criteria].sort(byKey((c) => c.code)).map((c) => {
    const value = valueOf(values, c.code);
    return {
      code: c.code,
      name: c.name,
      value,
      scaleMin: c.scaleMin,
      scaleMax: c.scaleMax,
      weight: c.weight,
      required: c.required,
      normalized: value === null ? null : (value - c.scaleMin) / (c.scaleMax - c.scaleMin),
      contribution: null,
    };
  });
}

export function missingRequired(parts: readonly CriterionPart[]): string[] {
  return parts.filter((p) => p.required && p.value === null).map((p) => p.code);
}

/**
 * Review score on 0–100: Σ w·(v − min)/(max − min) / Σ w × 100. Empty optional criteria leave both sums; an empty
 * required criterion makes the review incomplete instead of counting as zero.
 */
export function reviewScore(criteria: readonly CriterionDef[], values: ReviewValues): ReviewScoreResult {
  criteria.forEach((c) => validateCriterion(c, "reviewScore"));
  checkValues(criteria, values, "reviewScore");
  return scoreSorted([...criteria].sort(byKey((c) => c.code)), values);
}

/**
 * reviewScore without the checks, for criteria already validated and sorted by code and values already checked
 * (the engine does both once in prepare()). Same arithmetic in the same order, each part built once.
 */
export function scoreSorted(sorted: readonly CriterionDef[], values: ReviewValues): ReviewScoreResult {
  const n = sorted.length;
  const parts: CriterionPart[] = new Array<CriterionPart>(n);
  let missing: string[] | null = null;
  let weighted = 0;
  let weights = 0;
  for (let i = 0; i < n; i++) {
    const c = sorted[i] as CriterionDef;
    // Values were checked: an own value is a finite number, null or undefined; anything else read here (an
    // inherited "constructor", say) is not a number and counts as empty, as valueOf() would have it.
    const v = values[c.code];
    const value = typeof v === "number" ? v : null;
    let norm: number | null = null;
    if (value === null) {
      if (c.required) (missing ??= []).push(c.code);
    } else {
      norm = (value - c.scaleMin) / (c.scaleMax - c.scaleMin);
      weighted += c.weight * norm;
      weights += c.weight;
    }
    parts[i] = {
      code: c.code,
      name: c.name,
      value,
      scaleMin: c.scaleMin,
      scaleMax: c.scaleMax,
      weight: c.weight,
      required: c.required,
      normalized: norm,
      contribution: null,
    };
  }
  if (missing !== null) return { complete: false, reason: "MISSING_REQUIRED", missing, criteria: parts };
  if (weights === 0) return { complete: false, reason: "NO_VALUES", missing: [], criteria: parts };
  for (let i = 0; i < n; i++) {
    const part = parts[i] as CriterionPart;
    if (part.normalized !== null) part.contribution = ((part.weight * part.normalized) / weights) * 100;
  }
  return { complete: true, score: (weighted / weights) * 100, criteria: parts };
}
