// Zod schemas of the innovations: the proposal form, the actions' inputs and the list pages' queries. Messages are
// i18n keys translated by the caller (see lib/action.ts); every issue's path of the proposal form is just
// [fieldName], so field errors map straight onto inputs.
import { z } from "zod";
import { flatValuesSchema, unconfirmedSchema } from "@/lib/autosave/schemas";
import { line, optionalText, text as textField } from "@/lib/validation/text";
import { URUSAN } from "@/lib/reference";
import { dateIn, DEFAULT_ZONE, type RegionZone } from "@/lib/time/zones";
import { isIsoDate, toIsoDate } from "./rules/form/dates";
import {
  FIELDS,
  sectionsWithLimits,
  type FieldDef,
  type InnovationDraft,
  type InnovationField,
  type WordLimitOverrides,
} from "./rules/form/sections";
import { countWords } from "./rules/form/words";
import { parseRupiah, plainRupiah, type RupiahError } from "@/lib/validation/rupiah";

export const MESSAGE_KEYS = {
  required: "validation.required",
  tooLong: "validation.tooLong",
  invalidChoice: "validation.invalidChoice",
  invalidDate: "validation.invalidDate",
  invalid: "innovationForm.validation.invalid",
  url: "innovationForm.validation.url",
  tooManyLinks: "innovationForm.validation.tooManyLinks",
  sdgRange: "innovationForm.validation.sdgRange",
  sdgDuplicate: "innovationForm.validation.sdgDuplicate",
  sdgRequired: "innovationForm.validation.sdgRequired",
  integer: "innovationForm.validation.integer",
  nonNegative: "innovationForm.validation.nonNegative",
  tooLarge: "innovationForm.validation.tooLarge",
  money: "innovationForm.validation.money",
  moneyAmbiguous: "innovationForm.validation.moneyAmbiguous",
  moneyDecimals: "innovationForm.validation.moneyDecimals",
  overWordLimit: "innovationForm.validation.overWordLimit",
  trialDateRequired: "innovationForm.validation.trialDateRequired",
  implementationDateRequired: "innovationForm.validation.implementationDateRequired",
  implementationInFuture: "innovationForm.validation.implementationInFuture",
  trialAfterImplementation: "innovationForm.validation.trialAfterImplementation",
} as const;
const M = MESSAGE_KEYS;

export const LIMITS = {
  titleLength: 200,
  textLength: 200,
  narrativeLength: 20_000,
  urlLength: 2_000,
  links: 10,
  beneficiaries: 100_000_000,
} as const;

// Forms send "" for an emptied input; undefined stays undefined so an autosave patch can tell
// "not sent" (leave as is) from "cleared" (null).
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const NUMERIC = /^[+-]?\d+(\.\d+)?$/;
// Counts and SDG numbers: only plain "1250". Amounts of money have their own reader (lib/validation/rupiah.ts).
const toNumber = (v: unknown) => (typeof v === "string" && NUMERIC.test(v.trim()) ? Number(v.trim()) : v);

const BOOLEAN_STRINGS: Record<string, boolean> = {
  true: true,
  on: true,
  "1": true,
  false: false,
  off: false,
  "0": false,
};
const toBoolean = (v: unknown) =>
  typeof v === "string" ? (BOOLEAN_STRINGS[v.trim().toLowerCase()] ?? v) : v;

// A single checkbox or link arrives from FormData as a bare value rather than a list.
const toList = (v: unknown) => (v === null || Array.isArray(v) ? v : [v]);

// "www.example.go.id" is how people type links; anything with another scheme (javascript:, ftp:)
// is left alone and then rejected.
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#:]|$)/u;
function normaliseUrl(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v.trim();
  return BARE_DOMAIN.test(s) ? `https://${s}` : s;
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.length > LIMITS.urlLength) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const RUPIAH_MESSAGES: Record<RupiahError, string> = {
  invalid: M.money,
  ambiguous: M.moneyAmbiguous,
  decimals: M.moneyDecimals,
  negative: M.nonNegative,
  tooLarge: M.tooLarge,
};

/** Rupiah as typed ("1.500.000,50", "Rp 150.000.000") into the exact decimal text the column stores. */
const rupiah = z.unknown().transform((v, ctx) => {
  const read = parseRupiah(v);
  if (!read.ok) {
    ctx.addIssue({ code: "custom", message: RUPIAH_MESSAGES[read.error], input: v });
    return z.NEVER;
  }
  return plainRupiah(read.sen);
});

const text = (max: number) => textField({ max, required: M.invalid, tooLong: M.tooLong });

const date = z.preprocess(
  (v) => (v instanceof Date ? (Number.isNaN(v.getTime()) ? "" : toIsoDate(v)) : v),
  z.string(M.invalidDate).trim().refine(isIsoDate, M.invalidDate),
);

const isSdg = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 17;

const sdgList = z.preprocess(toList, z.array(z.unknown(), M.sdgRange)).transform((items, ctx) => {
  const numbers = items.map(toNumber);
  if (!numbers.every(isSdg)) {
    ctx.addIssue({ code: "custom", message: M.sdgRange, input: items });
    return z.NEVER;
  }
  if (new Set(numbers).size !== numbers.length) {
    ctx.addIssue({ code: "custom", message: M.sdgDuplicate, input: items });
    return z.NEVER;
  }
  return numbers.sort((a, b) => a - b);
});

const urlList = z
  .preprocess(
    (v) => {
      const list = toList(v);
      return Array.isArray(list) ? list.filter((x) => blankToNull(x) !== null).map(normaliseUrl) : list;
    },
    z.array(z.unknown(), M.url).max(LIMITS.links, M.tooManyLinks),
  )
  .transform((items, ctx) => {
    const invalid = items.flatMap((item, index) => (isHttpUrl(item) ? [] : [index]));
    if (invalid.length > 0) {
      // One issue for the list (the field's path), with the offending positions for the UI.
      ctx.addIssue({ code: "custom", message: M.url, input: items, params: { indexes: invalid } });
      return z.NEVER;
    }
    return items as string[];
  });

function valueSchema(def: FieldDef): z.ZodType {
  switch (def.kind) {
    case "text":
      return text(def.name === "title" ? LIMITS.titleLength : LIMITS.textLength);
    case "narrative":
      return text(LIMITS.narrativeLength);
    case "enum":
      return z.enum((def.enumValues ?? []) as [string, ...string[]], M.invalidChoice);
    case "urusan":
      return z
        .string(M.invalidChoice)
        .trim()
        .refine((v) => URUSAN.includes(v), M.invalidChoice);
    case "date":
      return date;
    case "integer":
      return z.preprocess(
        toNumber,
        z.number(M.integer).int(M.integer).min(0, M.nonNegative).max(LIMITS.beneficiaries, M.tooLarge),
      );
    case "money":
      return rupiah;
    case "boolean":
      return z.preprocess(toBoolean, z.boolean(M.invalidChoice));
    case "sdgs":
      return sdgList;
    case "url":
      return z.preprocess(normaliseUrl, z.string(M.url).refine(isHttpUrl, M.url));
    case "urls":
      return urlList;
  }
}

const optional = (schema: z.ZodType) => z.preprocess(blankToNull, schema.nullable()).optional();

/**
 * Autosave: every field optional, formats enforced, word limits not (a draft may run over while
 * being written). Unknown keys are dropped.
 */
export const draftSchema = z.object(
  Object.fromEntries(FIELDS.map((def) => [def.name, optional(valueSchema(def))])),
) as unknown as z.ZodType<InnovationDraft>;

export type SubmitOptions = { today?: Date; zone?: RegionZone; wordLimits?: WordLimitOverrides };

function submitField(def: FieldDef): z.ZodType {
  let value = valueSchema(def);
  const limit = def.wordLimit;
  if (limit !== undefined) {
    value = value.superRefine((v, ctx) => {
      const count = countWords(String(v));
      if (count > limit)
        ctx.addIssue({ code: "custom", message: M.overWordLimit, input: v, params: { limit, count } });
    });
  }
  if (!def.requiredForSubmit) return optional(value);
  const message = def.kind === "sdgs" ? M.sdgRequired : M.required;
  return z
    .preprocess((v) => blankToNull(v) ?? null, value.nullable())
    .refine((v) => v !== null && !(Array.isArray(v) && v.length === 0), message);
}

/**
 * The full check before submission: required fields, word limits and the date rules, reporting
 * every problem at once. `today` is injectable for tests; "today" is the calendar date in the region's zone.
 */
export function submitSchema(opts: SubmitOptions = {}): z.ZodType<InnovationDraft> {
  const fields = sectionsWithLimits(opts.wordLimits).flatMap((s) => s.fields);
  const shape = Object.fromEntries(fields.map((def) => [def.name, submitField(def)]));
  return z.object(shape).superRefine(
    (value, ctx) => {
      // Field-level problems are already reported; a date rule on a broken field would only add noise.
      const broken = new Set(ctx.issues.map((i) => i.path?.[0]));
      const v = value as InnovationDraft;
      const problem = (field: InnovationField, message: string) => {
        if (!broken.has(field)) ctx.addIssue({ code: "custom", path: [field], message, input: v[field] });
      };
      const today = dateIn(opts.today ?? new Date(), opts.zone ?? DEFAULT_ZONE);

      if (v.tahapan === "UJI_COBA" && !v.trialStartDate) problem("trialStartDate", M.trialDateRequired);
      if (v.tahapan === "PENERAPAN") {
        if (!v.implementedDate) problem("implementedDate", M.implementationDateRequired);
        else if (v.implementedDate > today) problem("implementedDate", M.implementationInFuture);
      }
      if (v.trialStartDate && v.implementedDate && v.trialStartDate > v.implementedDate) {
        if (!broken.has("implementedDate")) problem("trialStartDate", M.trialAfterImplementation);
      }
    },
    // Run even when other fields failed, so the user sees every problem in one pass.
    { when: () => true },
  ) as unknown as z.ZodType<InnovationDraft>;
}

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");
const revision = z.coerce.number().int().min(1).max(2_147_483_647, "validation.outOfRange");

export const createInnovationSchema = z.object({
  title: line({ min: 5, max: 200 }),
});

export const saveDraftSchema = z.object({
  id,
  revision,
  patch: draftSchema,
  base: flatValuesSchema.optional(),
  unconfirmed: unconfirmedSchema.optional(),
});

export const submitInnovationSchema = z.object({ id, revision });

export const decideInnovationSchema = z
  .object({
    id,
    decision: z.enum(["APPROVE", "RETURN"], "validation.invalidChoice"),
    comment: optionalText({ max: 2000 }),
  })
  .refine((v) => v.decision === "APPROVE" || v.comment, {
    path: ["comment"],
    message: "innovations.errors.commentRequired",
  });

export const STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;

export const innovationListQuery = z.object({
  q: line({ max: 100 }).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  opd: line({ max: 40 }).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const complianceQuery = z.object({
  // Without a valid year the page shows the region's current year (in its own time zone).
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  show: z.enum(["all", "met", "notMet"]).catch("all"),
  sort: z.enum(["name", "approved", "status"]).catch("name"),
});
