// A readable diff between two saved versions of a proposal, grouped by form section. Text is
// compared word by word with a small LCS (no diff package in the project).
import { toIsoDate } from "./dates";
import { parseRupiah, plainRupiah } from "@/lib/validation/rupiah";
import { SECTIONS, type FieldKind, type InnovationField, type SectionKey } from "./sections";

export type DiffPart = { value: string; added?: true; removed?: true };
export type DiffValue = string | number | boolean | readonly (string | number)[] | null;
type FieldDiff = {
  field: InnovationField;
  kind: FieldKind;
  before: DiffValue;
  after: DiffValue;
  /** Word-level changes, for text and narrative fields. */
  parts?: DiffPart[];
  /** Items gained and lost, for list fields (sdgs, otherLinks). */
  added?: (string | number)[];
  removed?: (string | number)[];
};
type SectionDiff = { section: SectionKey; fields: FieldDiff[] };
/** A stored version: the draft fields, possibly straight from a database row; other keys are ignored. */
type Snapshot = Readonly<Record<string, unknown>>;

/** Above this many differing words per side the LCS table gets large: show a whole replacement. */
export const MAX_DIFF_WORDS = 3000;

type Token = { word: string; space: string };
type Op = { type: "equal" | "removed" | "added"; value: string };

function tokenize(text: string): { lead: string; tokens: Token[] } {
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const tokens = [...text.slice(lead.length).matchAll(/(\S+)(\s*)/g)].map((m) => ({
    word: m[1] ?? "",
    space: m[2] ?? "",
  }));
  return { lead, tokens };
}

const sameToken = (x: Token | undefined, y: Token | undefined) =>
  !!x && !!y && x.word === y.word && x.space === y.space;
const joined = (tokens: Token[]) => tokens.map((t) => t.word + t.space).join("");

function lcsOps(a: Token[], b: Token[]): Op[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  // table[i*w+j] = LCS length of a[i..] and b[j..]; word counts ≤ MAX_DIFF_WORDS fit in 16 bits.
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        a[i]!.word === b[j]!.word
          ? table[(i + 1) * w + j + 1]! + 1
          : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const x = a[i];
    const y = b[j];
    if (x && y && x.word === y.word) {
      ops.push({ type: "equal", value: x.word });
      // Same word, different spacing after it (e.g. a new line): show only the spacing as changed.
      if (x.space === y.space) ops.push({ type: "equal", value: x.space });
      else ops.push({ type: "removed", value: x.space }, { type: "added", value: y.space });
      i++;
      j++;
    } else if (x && (!y || table[(i + 1) * w + j]! >= table[i * w + j + 1]!)) {
      ops.push({ type: "removed", value: x.word + x.space });
      i++;
    } else if (y) {
      ops.push({ type: "added", value: y.word + y.space });
      j++;
    }
  }
  return ops;
}

/** Word-level diff. Joining the non-added parts gives `before`; joining the non-removed parts gives `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  const A = tokenize(before);
  const B = tokenize(after);
  const ops: Op[] =
    A.lead === B.lead
      ? [{ type: "equal", value: A.lead }]
      : [
          { type: "removed", value: A.lead },
          { type: "added", value: B.lead },
        ];

  let start = 0;
  while (sameToken(A.tokens[start], B.tokens[start])) start++;
  let endA = A.tokens.length;
  let endB = B.tokens.length;
  while (endA > start && endB > start && sameToken(A.tokens[endA - 1], B.tokens[endB - 1])) {
    endA--;
    endB--;
  }
  const midA = A.tokens.slice(start, endA);
  const midB = B.tokens.slice(start, endB);

  ops.push({ type: "equal", value: joined(A.tokens.slice(0, start)) });
  if (midA.length > MAX_DIFF_WORDS || midB.length > MAX_DIFF_WORDS) {
    ops.push({ type: "removed", value: joined(midA) }, { type: "added", value: joined(midB) });
  } else {
    ops.push(...lcsOps(midA, midB));
  }
  ops.push({ type: "equal", value: joined(A.tokens.slice(endA)) });
  return tidy(ops);
}

/**
 * Makes the diff read like an edit: a bare space between two changes joins them, and inside each
 * change everything removed comes before everything added ("old words" → "new words").
 */
function tidy(raw: Op[]): DiffPart[] {
  const ops = raw.filter((op) => op.value !== "");
  const parts: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) parts.push({ value: removed, removed: true });
    if (added) parts.push({ value: added, added: true });
    removed = added = "";
  };
  ops.forEach((op, k) => {
    const inChange =
      (removed || added) && /^\s+$/.test(op.value) && ops[k + 1] && ops[k + 1]!.type !== "equal";
    if (op.type === "equal" && !inChange) {
      flush();
      const last = parts.at(-1);
      if (last && !last.added && !last.removed) last.value += op.value;
      else parts.push({ value: op.value });
    } else {
      if (op.type !== "added") removed += op.value;
      if (op.type !== "removed") added += op.value;
    }
  });
  flush();
  return parts;
}

function normalise(kind: FieldKind, value: unknown): DiffValue {
  if (value === undefined || value === null || value === "") {
    return kind === "sdgs" || kind === "urls" ? [] : null;
  }
  switch (kind) {
    case "date":
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : toIsoDate(value);
      return String(value).slice(0, 10); // also accepts a full ISO timestamp from a JSON row
    case "integer": {
      const n = Number(typeof value === "number" ? value : String(value));
      return Number.isFinite(n) ? n : String(value);
    }
    case "money": {
      // Older snapshots hold a number or Prisma's "5000000.00"; newer ones the exact text. Compare as sen.
      const read = parseRupiah(value);
      return read.ok ? plainRupiah(read.sen) : String(value);
    }
    case "boolean":
      return value === true || value === "true";
    case "sdgs":
      return Array.isArray(value) ? [...new Set(value.map(Number))].sort((x, y) => x - y) : [];
    case "urls":
      return Array.isArray(value) ? value.map(String) : [];
    default:
      return String(value);
  }
}

const sortedKey = (list: readonly (string | number)[]) => JSON.stringify([...list].map(String).sort());

function diffField(field: InnovationField, kind: FieldKind, a: Snapshot, b: Snapshot): FieldDiff | null {
  const before = normalise(kind, a[field]);
  const after = normalise(kind, b[field]);
  if (Array.isArray(before) && Array.isArray(after)) {
    // Lists are sets here: reordering links or SDGs is not a change worth showing.
    if (sortedKey(before) === sortedKey(after)) return null;
    return {
      field,
      kind,
      before,
      after,
      added: after.filter((x) => !before.includes(x)),
      removed: before.filter((x) => !after.includes(x)),
    };
  }
  if (before === after) return null;
  const diff: FieldDiff = { field, kind, before, after };
  if (kind === "text" || kind === "narrative")
    diff.parts = diffWords(String(before ?? ""), String(after ?? ""));
  return diff;
}

/** The sections that changed from `a` to `b`, in form order, each with its changed fields in form order. */
export function diffVersions(a: Snapshot, b: Snapshot): SectionDiff[] {
  return SECTIONS.flatMap((section) => {
    const fields = section.fields.flatMap((f) => diffField(f.name, f.kind, a, b) ?? []);
    return fields.length > 0 ? [{ section: section.key, fields }] : [];
  });
}
