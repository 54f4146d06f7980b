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

/** Throws on unknown criterion codes and on values that are not finite numbers inside the criterion's scale. */
export function checkValues(criteria: readonly CriterionDef[], values: ReviewValues, where: string): void {
  const known = new Map(criteria.map((c) => [c.code, c]));
  for (const code of Object.keys(values).sort()) {
    const c = known.get(code);
    if (!c) throw new Error(`${where}: unknown criterion code "${code}"`);
    const v = values[code];
    if (v === undefined || v === null) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new Error(`${where}: value for "${code}" must be a finite number (got ${String(v)})`);
    }
    if (v < c.scaleMin || v > c.scaleMax) {
      throw new Error(`${where}: value ${v} for "${code}" is outside its scale ${c.scaleMin}–${c.scaleMax}`);
    }
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
  const parts = describeValues(criteria, values);
  const missing = missingRequired(parts);
  if (missing.length > 0) return { complete: false, reason: "MISSING_REQUIRED", missing, criteria: parts };

  let weighted = 0;
  let weights = 0;
  for (const p of parts) {
    if (p.normalized === null) continue;
    weighted += p.weight * p.normalized;
    weights += p.weight;
  }
  if (weights === 0) return { complete: false, reason: "NO_VALUES", missing: [], criteria: parts };

  const withContributions = parts.map((p) => ({
    ...p,
    contribution: p.normalized === null ? null : ((p.weight * p.normalized) / weights) * 100,
  }));
  return { complete: true, score: (weighted / weights) * 100, criteria: withContributions };
}
