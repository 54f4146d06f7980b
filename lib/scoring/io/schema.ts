// The public scoring-input export of a competition: the one file a citizen or journalist downloads to recompute a
// published ranking. This zod schema is the single source of truth; docs/ranking-input.schema.json is generated
// from it (see json-schema.ts) and a test keeps the two identical. See docs/ranking-export.md.
import { z } from "zod";
import type { CompetitionInput, Override, TieBreaker } from "../types";

export const EXPORT_FORMAT = "inovasi-daerah/ranking-input";
export const EXPORT_VERSION = 1;

/** Anonymised evaluator label: "E" and a zero-padded number, e.g. "E01". Never an id, a name or an e-mail. */
const EVALUATOR_LABEL = /^E\d{2,}$/;

const nonEmpty = (what: string) => z.string().min(1, { error: `${what} must not be empty` });
const text = (what: string) => z.string().regex(/\S/, { error: `${what} must not be blank` });
const isoZ = (what: string) =>
  z.iso.datetime({ error: `${what} must be an ISO 8601 UTC date-time such as "2026-03-01T08:00:00.000Z"` });
const count = (what: string) =>
  z
    .number()
    .int({ error: `${what} must be a whole number` })
    .nonnegative({ error: `${what} must be ≥ 0` });

/**
 * Bounds of the file's numbers. Generous beside the portal's own limits (weights up to 1,000, scales 0–1,000), so a
 * file written by hand is not refused for style; tight enough that no sum or difference the engine takes overflows.
 */
const BOUNDS = { year: [1900, 9999], weight: 1_000_000, scale: 1_000_000 } as const;

const between = (what: string, min: number, max: number) =>
  z
    .number()
    .min(min, { error: `${what} must be between ${min} and ${max}` })
    .max(max, { error: `${what} must be between ${min} and ${max}` });

/** JSON Schema of the schemas zod cannot describe itself (json-schema.ts), written out from an equivalent. */
export const describedAs = z.registry<{ jsonSchema: z.core.JSONSchema.BaseSchema }>();

const describeLike = (schema: z.core.$ZodType): z.core.JSONSchema.BaseSchema => {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { target: "draft-2020-12" });
  return json;
};

const criterionValue = z.number().nullable();

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * Criterion code → value. Not z.record: zod leaves a "__proto__" key out of the record it builds (to protect that
 * object), so a criterion so coded would silently lose its value and change the score. The object is checked key
 * by key and kept as it came, every key an own property (the file reader and JSON.parse both make it so).
 */
const valuesObject = z.custom<Record<string, number | null>>(isRecord, {
  error: "values must be an object of criterion code → value",
});
// On the base schema: its refinements and descriptions below inherit the entry.
describedAs.add(valuesObject, { jsonSchema: describeLike(z.record(z.string(), criterionValue)) });
const reviewValues = valuesObject.superRefine((values, ctx) => {
  for (const code of Object.keys(values)) {
    const r = criterionValue.safeParse(values[code]);
    if (!r.success) {
      for (const i of r.error.issues)
        ctx.addIssue({ code: "custom", path: [code, ...i.path], message: i.message, input: values[code] });
    }
  }
});

export const tieBreakerSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("STAGE"), stage: nonEmpty("stage") }),
    z.strictObject({ kind: z.literal("CRITERION"), stage: nonEmpty("stage"), code: nonEmpty("code") }),
    z.strictObject({ kind: z.literal("OBJECTIONS") }),
    z.strictObject({ kind: z.literal("SUBMITTED_AT") }),
  ])
  .describe("One tie-break rule; rules apply in order, then ascending entry id.");

export const criterionSchema = z.strictObject({
  code: nonEmpty("criterion code"),
  name: z.string(),
  weight: z
    .number()
    .positive({ error: "criterion weight must be > 0" })
    .max(BOUNDS.weight, { error: `criterion weight must be ≤ ${BOUNDS.weight}` }),
  scaleMin: between("scaleMin", -BOUNDS.scale, BOUNDS.scale),
  scaleMax: between("scaleMax", -BOUNDS.scale, BOUNDS.scale),
  required: z.boolean().describe("A review missing a required criterion is incomplete and does not count."),
});

const stageSchema = z.strictObject({
  kind: nonEmpty("stage kind").describe('Stage kind, e.g. "DESK", "PRESENTATION", "FIELD_VERIFICATION".'),
  weight: between("stage weight", 0, BOUNDS.weight).describe(
    "Weight in the final score; 0 = shown but not counted.",
  ),
  passFail: z.boolean().describe("A pass/fail stage has no score; its verdict gates the final ranking."),
  criteria: z.array(criterionSchema),
});

export const categorySchema = z.strictObject({
  code: nonEmpty("category code"),
  name: z.string(),
  quota: count("quota")
    .nullable()
    .describe("Shortlist places reserved for the category (a floor, not a cap)."),
});

const entrySchema = z.strictObject({
  id: nonEmpty("entry id"),
  title: z.string().describe("Title of the innovation as entered (the frozen version)."),
  opd: z.string().describe("Short name of the submitting OPD, e.g. DINKES."),
  category: nonEmpty("category"),
  submittedAt: isoZ("submittedAt").describe(
    "Registration time of the entry (UTC); used by SUBMITTED_AT tie-breaks.",
  ),
  objectionsUpheld: count("objectionsUpheld").describe("Number of upheld public objections."),
});

const reviewSchema = z.strictObject({
  entryId: nonEmpty("entryId"),
  stage: nonEmpty("stage"),
  evaluator: z
    .string()
    .regex(EVALUATOR_LABEL, {
      error: 'evaluator must be an anonymised label such as "E01" (no ids, names or e-mails)',
    })
    .describe(
      "Anonymised evaluator label, stable within the competition: evaluators sorted by internal id, numbered.",
    ),
  values: reviewValues.describe(
    "Criterion code → value given, within the criterion's scale; null when left empty.",
  ),
  passed: z.boolean().nullable().optional().describe("Verdict of a pass/fail stage review."),
});

const overrideSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    entryId: nonEmpty("entryId"),
    kind: z.literal("MOVE"),
    targetRank: z
      .number()
      .int({ error: "targetRank must be a whole number" })
      .min(1, { error: "targetRank must be ≥ 1" }),
    reason: text("override reason"),
  }),
  z.strictObject({
    entryId: nonEmpty("entryId"),
    kind: z.literal("DISQUALIFY"),
    reason: text("override reason"),
  }),
  z
    .strictObject({
      entryId: nonEmpty("entryId"),
      kind: z.enum(["SHORTLIST_ADD", "SHORTLIST_REMOVE"]),
      reason: text("override reason"),
    })
    .describe(
      "Shortlist adjustment, applied after the computed shortlist: REMOVE takes a shortlisted entry out, ADD puts in a passing one.",
    ),
]);

const competitionSchema = z.strictObject({
  id: nonEmpty("competition id"),
  name: z.string(),
  year: between("year", ...BOUNDS.year).int({ error: "year must be a whole number" }),
  region: z.string().describe("Name of the region (Pemda) running the competition."),
  passingGrade: between("passingGrade", 0, 100).describe("Minimum desk score (0–100) to pass."),
  shortlistSize: count("shortlistSize"),
  aggregation: z.enum(["MEAN", "MEDIAN", "TRIMMED_MEAN"]),
  zNormalize: z.boolean(),
  anonymize: z.boolean().describe('Explanations label evaluators "Penilai 1", "Penilai 2"… per entry.'),
  deskStage: nonEmpty("deskStage"),
  tieBreakers: z.array(tieBreakerSchema),
  exportedAt: isoZ("exportedAt"),
});

const shape = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `format must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, {
    error: `version must be ${EXPORT_VERSION} (the only version this tool reads)`,
  }),
  competition: competitionSchema,
  stages: z.array(stageSchema),
  categories: z.array(categorySchema),
  entries: z.array(entrySchema),
  reviews: z.array(reviewSchema).describe("Submitted (locked) reviews only."),
  overrides: z
    .array(overrideSchema)
    .describe(
      "Jury decisions and shortlist adjustments in force (revoked ones are left out); per entry at most one MOVE/DISQUALIFY and one SHORTLIST_ADD/SHORTLIST_REMOVE.",
    ),
});

type Shape = z.infer<typeof shape>;
type Ctx = z.core.$RefinementCtx<Shape>;

function issue(ctx: Ctx, path: (string | number)[], message: string) {
  ctx.addIssue({ code: "custom", path, message });
}

/**
 * Cross-references the engine also checks, repeated here so a bad file is reported with the JSON path of the
 * problem instead of a single engine error. Not expressible in JSON Schema; documented in ranking-export.md.
 */
function checkReferences(v: Shape, ctx: Ctx) {
  const stages = new Map<string, Shape["stages"][number]>();
  v.stages.forEach((s, i) => {
    if (stages.has(s.kind)) issue(ctx, ["stages", i, "kind"], `duplicate stage "${s.kind}"`);
    stages.set(s.kind, s);
    if (s.passFail && s.weight !== 0)
      issue(ctx, ["stages", i, "weight"], `pass/fail stage "${s.kind}" must have weight 0`);
    const codes = new Set<string>();
    s.criteria.forEach((c, j) => {
      if (codes.has(c.code))
        issue(ctx, ["stages", i, "criteria", j, "code"], `duplicate criterion "${c.code}"`);
      codes.add(c.code);
      if (!(c.scaleMax > c.scaleMin))
        issue(ctx, ["stages", i, "criteria", j, "scaleMax"], "scaleMax must be greater than scaleMin");
    });
  });
  const desk = stages.get(v.competition.deskStage);
  if (!desk || desk.passFail) {
    issue(
      ctx,
      ["competition", "deskStage"],
      `deskStage "${v.competition.deskStage}" must be a scored stage in "stages"`,
    );
  }
  v.competition.tieBreakers.forEach((t, i) => {
    if (t.kind !== "STAGE" && t.kind !== "CRITERION") return;
    const stage = stages.get(t.stage);
    if (!stage) issue(ctx, ["competition", "tieBreakers", i, "stage"], `unknown stage "${t.stage}"`);
    else if (stage.passFail)
      issue(ctx, ["competition", "tieBreakers", i, "stage"], `pass/fail stage "${t.stage}" has no score`);
    else if (t.kind === "CRITERION" && !stage.criteria.some((c) => c.code === t.code)) {
      issue(
        ctx,
        ["competition", "tieBreakers", i, "code"],
        `unknown criterion "${t.code}" of stage "${t.stage}"`,
      );
    }
  });

  const categories = new Set<string>();
  v.categories.forEach((c, i) => {
    if (categories.has(c.code)) issue(ctx, ["categories", i, "code"], `duplicate category "${c.code}"`);
    categories.add(c.code);
  });
  const entries = new Set<string>();
  v.entries.forEach((e, i) => {
    if (entries.has(e.id)) issue(ctx, ["entries", i, "id"], `duplicate entry id "${e.id}"`);
    entries.add(e.id);
    if (!categories.has(e.category))
      issue(ctx, ["entries", i, "category"], `unknown category "${e.category}"`);
  });

  const seen = new Set<string>();
  v.reviews.forEach((r, i) => {
    if (!entries.has(r.entryId)) issue(ctx, ["reviews", i, "entryId"], `unknown entry "${r.entryId}"`);
    const key = JSON.stringify([r.entryId, r.stage, r.evaluator]);
    if (seen.has(key))
      issue(ctx, ["reviews", i], `duplicate review of entry "${r.entryId}" at ${r.stage} by ${r.evaluator}`);
    seen.add(key);
    const stage = stages.get(r.stage);
    if (!stage) return issue(ctx, ["reviews", i, "stage"], `unknown stage "${r.stage}"`);
    for (const [code, value] of Object.entries(r.values)) {
      const c = stage.criteria.find((x) => x.code === code);
      if (!c) issue(ctx, ["reviews", i, "values", code], `unknown criterion "${code}" of stage "${r.stage}"`);
      else if (value !== null && (value < c.scaleMin || value > c.scaleMax)) {
        issue(
          ctx,
          ["reviews", i, "values", code],
          `value ${value} is outside the scale ${c.scaleMin}–${c.scaleMax}`,
        );
      }
    }
  });

  // At most one ranking override (MOVE/DISQUALIFY) and one shortlist adjustment per entry.
  const overridden = new Set<string>();
  const adjusted = new Set<string>();
  v.overrides.forEach((o, i) => {
    if (!entries.has(o.entryId)) issue(ctx, ["overrides", i, "entryId"], `unknown entry "${o.entryId}"`);
    const adjustment = o.kind === "SHORTLIST_ADD" || o.kind === "SHORTLIST_REMOVE";
    const seen = adjustment ? adjusted : overridden;
    if (seen.has(o.entryId)) {
      const what = adjustment ? "shortlist adjustment" : "override";
      issue(ctx, ["overrides", i], `more than one ${what} for entry "${o.entryId}"`);
    }
    seen.add(o.entryId);
  });
}

export const rankingExportSchema = shape.superRefine(checkReferences).meta({
  title: "Inovasi Daerah — ranking input export",
  description:
    "Everything needed to recompute a competition's ranking: configuration, rubric, entries, submitted reviews " +
    "with anonymised evaluators, and jury overrides. Generated from lib/scoring/io/schema.ts; see docs/ranking-export.md. " +
    "Cross-references (known stages, entries, categories and criteria; values within their scale; no duplicates) " +
    "are checked by the tools but cannot be expressed here.",
});

export type RankingExport = z.infer<typeof rankingExportSchema>;

/** "reviews[3].values.D1" from a zod issue path. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out === "" ? "(root)" : out;
}

type ParseResult = { ok: true; value: RankingExport } | { ok: false; errors: string[] };

/** Validates parsed JSON; each error reads "path: message". */
export function parseRankingExport(json: unknown): ParseResult {
  const r = rankingExportSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`) };
}

/** Maps a validated export to the engine's input. Evaluator labels become the engine's evaluator ids. */
export function toEngineInput(file: RankingExport): CompetitionInput {
  const c = file.competition;
  return {
    passingGrade: c.passingGrade,
    shortlistSize: c.shortlistSize,
    aggregation: c.aggregation,
    zNormalize: c.zNormalize,
    anonymize: c.anonymize,
    deskStage: c.deskStage,
    tieBreakers: c.tieBreakers.map((t): TieBreaker => ({ ...t })),
    stages: file.stages.map((s) => ({
      kind: s.kind,
      weight: s.weight,
      passFail: s.passFail,
      criteria: s.criteria.map((x) => ({ ...x })),
    })),
    categories: file.categories.map((x) => ({ code: x.code, quota: x.quota })),
    entries: file.entries.map((e) => ({
      id: e.id,
      title: e.title,
      category: e.category,
      submittedAt: e.submittedAt,
      objectionsUpheld: e.objectionsUpheld,
    })),
    // The engine never changes the values (ReviewValues is read-only), so they are shared rather than copied.
    reviews: file.reviews.map((r) =>
      r.passed === undefined
        ? { entryId: r.entryId, stage: r.stage, evaluatorId: r.evaluator, values: r.values }
        : {
            entryId: r.entryId,
            stage: r.stage,
            evaluatorId: r.evaluator,
            values: r.values,
            passed: r.passed,
          },
    ),
    overrides: file.overrides.map((o): Override =>
      o.kind === "MOVE"
        ? { entryId: o.entryId, kind: "MOVE", targetRank: o.targetRank, reason: o.reason }
        : { entryId: o.entryId, kind: o.kind, reason: o.reason },
    ),
  };
}
