// The proposal form (modelled on the SINOVIK proposal) as data: the editor, the schemas, the
// diff and the message files are all driven from this one list, so a field is added in one place.
import type { Bentuk, Inisiator, JenisInovasi, Tahapan } from "@/lib/generated/prisma/enums";

export const BENTUK = ["TATA_KELOLA", "PELAYANAN_PUBLIK", "LAINNYA"] as const;
export const JENIS = ["DIGITAL", "NON_DIGITAL"] as const;
const INISIATOR = ["KEPALA_DAERAH", "ANGGOTA_DPRD", "ASN", "PERANGKAT_DAERAH", "MASYARAKAT"] as const;
export const TAHAPAN = ["INISIATIF", "UJI_COBA", "PENERAPAN"] as const;

/** A draft as the form holds it: JSON-serialisable, every field optional (not sent) or null (cleared). */
export type InnovationDraft = {
  title?: string | null;
  unitName?: string | null;
  bentuk?: Bentuk | null;
  jenis?: JenisInovasi | null;
  urusan?: string | null;
  inisiator?: Inisiator | null;
  inisiatorName?: string | null;
  tahapan?: Tahapan | null;
  /** "YYYY-MM-DD" */
  trialStartDate?: string | null;
  /** "YYYY-MM-DD" */
  implementedDate?: string | null;
  isPublic?: boolean | null;
  summary?: string | null;
  problem?: string | null;
  novelty?: string | null;
  strategy?: string | null;
  results?: string | null;
  conditionBefore?: string | null;
  conditionAfter?: string | null;
  beneficiariesCount?: number | null;
  beneficiaries?: string | null;
  transferability?: string | null;
  resources?: string | null;
  /** Rupiah as exact decimal text, at most 2 decimals: "150000000", "1500000.50". */
  budgetAmount?: string | null;
  budgetSource?: string | null;
  sustainability?: string | null;
  stakeholders?: string | null;
  monitoring?: string | null;
  lessonsLearned?: string | null;
  /** SDG numbers 1–17, no duplicates. */
  sdgs?: number[] | null;
  videoUrl?: string | null;
  applicationUrl?: string | null;
  otherLinks?: string[] | null;
};

export type InnovationField = keyof InnovationDraft;

export const DEFAULT_WORD_LIMITS = {
  summary: 300,
  problem: 500,
  novelty: 500,
  strategy: 700,
  results: 700,
  conditionBefore: 300,
  conditionAfter: 300,
  beneficiaries: 200,
  transferability: 400,
  resources: 400,
  sustainability: 400,
  stakeholders: 400,
  monitoring: 400,
  lessonsLearned: 400,
} as const satisfies Partial<Record<InnovationField, number>>;

type NarrativeField = keyof typeof DEFAULT_WORD_LIMITS;
/** Per-competition or per-region overrides; unknown keys and non-positive values are ignored. */
export type WordLimitOverrides = Partial<Record<NarrativeField, number>>;

export type FieldKind =
  | "text"
  | "narrative"
  | "enum"
  | "urusan"
  | "date"
  | "integer"
  | "money"
  | "boolean"
  | "sdgs"
  | "url"
  | "urls";

export type FieldDef = {
  name: InnovationField;
  kind: FieldKind;
  requiredForSubmit: boolean;
  wordLimit?: number;
  enumValues?: readonly string[];
};

const field = <N extends InnovationField>(name: N, kind: FieldKind, requiredForSubmit = false) =>
  ({ name, kind, requiredForSubmit }) as const;
const choice = <N extends InnovationField>(name: N, enumValues: readonly string[]) =>
  ({ name, kind: "enum", requiredForSubmit: true, enumValues }) as const;

const LAYOUT = [
  {
    key: "identitas",
    fields: [
      field("title", "text", true),
      field("unitName", "text"),
      choice("bentuk", BENTUK),
      choice("jenis", JENIS),
      field("urusan", "urusan", true),
      choice("inisiator", INISIATOR),
      field("inisiatorName", "text"),
      choice("tahapan", TAHAPAN),
      field("trialStartDate", "date"),
      field("implementedDate", "date"),
      field("isPublic", "boolean"),
    ],
  },
  { key: "ringkasan", fields: [field("summary", "narrative", true)] },
  { key: "masalah", fields: [field("problem", "narrative", true)] },
  { key: "kebaruan", fields: [field("novelty", "narrative", true)] },
  { key: "strategi", fields: [field("strategy", "narrative", true)] },
  {
    key: "hasil",
    fields: [
      field("results", "narrative", true),
      field("conditionBefore", "narrative"),
      field("conditionAfter", "narrative"),
      field("beneficiariesCount", "integer"),
      field("beneficiaries", "narrative"),
    ],
  },
  { key: "transferabilitas", fields: [field("transferability", "narrative")] },
  {
    key: "sumberDaya",
    fields: [field("resources", "narrative"), field("budgetAmount", "money"), field("budgetSource", "text")],
  },
  { key: "keberlanjutan", fields: [field("sustainability", "narrative")] },
  { key: "pemangku", fields: [field("stakeholders", "narrative")] },
  { key: "monev", fields: [field("monitoring", "narrative")] },
  { key: "pembelajaran", fields: [field("lessonsLearned", "narrative")] },
  { key: "sdgs", fields: [field("sdgs", "sdgs", true)] },
  {
    key: "tautan",
    fields: [field("videoUrl", "url"), field("applicationUrl", "url"), field("otherLinks", "urls")],
  },
  // Uploads live in the attachments feature, but the documents step is still part of the form.
  { key: "dokumen", fields: [] },
] as const;

export type SectionKey = (typeof LAYOUT)[number]["key"];
export type SectionDef = { key: SectionKey; fields: readonly FieldDef[] };

// Compile-time guards: the layout holds every draft field, and the enums match the Prisma schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type LayoutField = (typeof LAYOUT)[number]["fields"][number]["name"];
const _layoutIsComplete: Same<LayoutField, InnovationField> = true;
const _enumsMatchPrisma: [
  Same<(typeof BENTUK)[number], Bentuk>,
  Same<(typeof JENIS)[number], JenisInovasi>,
  Same<(typeof INISIATOR)[number], Inisiator>,
  Same<(typeof TAHAPAN)[number], Tahapan>,
] = [true, true, true, true];

function isNarrative(name: string): name is NarrativeField {
  return Object.hasOwn(DEFAULT_WORD_LIMITS, name);
}

/** Effective word limits: the defaults with any valid (positive integer) overrides applied. */
export function wordLimits(overrides: WordLimitOverrides = {}): Record<NarrativeField, number> {
  const limits: Record<NarrativeField, number> = { ...DEFAULT_WORD_LIMITS };
  for (const name of Object.keys(limits) as NarrativeField[]) {
    const value = overrides[name];
    if (typeof value === "number" && Number.isInteger(value) && value > 0) limits[name] = value;
  }
  return limits;
}

export function sectionsWithLimits(overrides?: WordLimitOverrides): readonly SectionDef[] {
  const limits = wordLimits(overrides);
  return LAYOUT.map((section) => ({
    key: section.key,
    fields: section.fields.map((f): FieldDef =>
      isNarrative(f.name) ? { ...f, wordLimit: limits[f.name] } : { ...f },
    ),
  }));
}

export const SECTIONS: readonly SectionDef[] = sectionsWithLimits();
export const FIELDS: readonly FieldDef[] = SECTIONS.flatMap((s) => s.fields);
/** Every editable Innovation field, in form order. */
export const INNOVATION_FIELDS: readonly InnovationField[] = FIELDS.map((f) => f.name);

export function sectionOf(name: InnovationField): SectionKey {
  const section = SECTIONS.find((s) => s.fields.some((f) => f.name === name));
  if (!section) throw new Error(`Unknown innovation field: ${name}`);
  return section.key;
}
