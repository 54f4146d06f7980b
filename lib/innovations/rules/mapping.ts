// Converts between database rows and the form's JSON-friendly draft (dates as YYYY-MM-DD,
// money as exact decimal text) — the same shape is frozen into version snapshots.
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseRupiah, plainRupiah } from "@/lib/validation/rupiah";
import { INNOVATION_FIELDS, type InnovationDraft } from "./form/sections";

export const DRAFT_SELECT = Object.fromEntries(INNOVATION_FIELDS.map((f) => [f, true])) as Record<
  (typeof INNOVATION_FIELDS)[number],
  true
>;

function isoDate(d: Date | null | undefined): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

export function toDraft(row: Record<string, unknown>): InnovationDraft {
  const out: Record<string, unknown> = {};
  for (const f of INNOVATION_FIELDS) {
    const v = row[f];
    if (v instanceof Date) out[f] = isoDate(v);
    else if (v !== null && typeof v === "object" && "toFixed" in v) {
      // A Decimal column: its exact text, never through a JavaScript number.
      const read = parseRupiah(v);
      out[f] = read.ok ? plainRupiah(read.sen) : (v as { toFixed(): string }).toFixed();
    } else out[f] = v ?? null;
  }
  return out as InnovationDraft;
}

/** The Prisma update data for the fields present in a (validated) patch. */
export function toDbData(patch: Partial<InnovationDraft>): Prisma.InnovationUncheckedUpdateInput {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (!(INNOVATION_FIELDS as readonly string[]).includes(k) || v === undefined) continue;
    if ((k === "trialStartDate" || k === "implementedDate") && typeof v === "string")
      data[k] = new Date(`${v}T00:00:00Z`);
    else data[k] = v;
  }
  // Required columns cannot hold null: an emptied narrative or title is stored as "".
  for (const k of NOT_NULL_TEXT) if (k in data && data[k] === null) data[k] = "";
  for (const k of ["sdgs", "otherLinks"] as const) if (k in data && data[k] === null) data[k] = [];
  if ("isPublic" in data && data.isPublic === null) data.isPublic = false;
  return data as Prisma.InnovationUncheckedUpdateInput;
}

const NOT_NULL_TEXT = [
  "title",
  "summary",
  "problem",
  "novelty",
  "strategy",
  "results",
  "conditionBefore",
  "conditionAfter",
  "beneficiaries",
  "transferability",
  "resources",
  "budgetSource",
  "sustainability",
  "stakeholders",
  "monitoring",
  "lessonsLearned",
] as const;
