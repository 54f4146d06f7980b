// Pure output formatting for the ranking command: canonical JSON and a fixed-width table.
import { createTranslator } from "next-intl";
import en from "@/messages/en/ranking.json" with { type: "json" };
import { noteMessage, type EngineNote } from "../notes";
import { formatScore } from "../numeric";
import type { RankingOutput } from "../types";
import type { RankingExport } from "./schema";

// The command speaks English, from the same messages the portal shows (codes stay codes: it is read beside the JSON).
const t = createTranslator({ locale: "en", messages: { ranking: en }, namespace: "ranking" });
const codes = {
  entry: (id: string) => `"${id}"`,
  stage: (s: string) => s,
  category: (c: string) => c,
  kind: (k: string) => k,
};

/** One engine note as an English sentence. */
export function noteText(n: EngineNote): string {
  const m = noteMessage(n, codes);
  return t(m.key as never, m.params as never);
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort(byCodeUnit);
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = (value as Record<string, unknown>)[k];
      // defineProperty, not assignment: a key such as "__proto__" must stay an ordinary property.
      if (v !== undefined)
        Object.defineProperty(out, k, {
          value: canonical(v),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  }
  return value;
}

/**
 * Levels written piece by piece: the ranking object, and its members (one piece per element of `desk`, `final`…
 * and per entry of `explanations`). Below that a value is one JSON.stringify, a few kilobytes at most. The whole
 * text is never one string: with explanations (≈ 16 kB an entry) it passes V8's longest string (≈ 512 MiB) at
 * about 33,000 entries.
 */
const STREAM_DEPTH = 2;

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth < STREAM_DEPTH && value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const array = Array.isArray(value);
    const keys = array
      ? null
      : Object.keys(value)
          .filter((k) => record[k] !== undefined)
          .sort(byCodeUnit);
    const n = keys ? keys.length : (value as unknown[]).length;
    if (n === 0) {
      yield array ? "[]" : "{}";
      return;
    }
    const inner = `${indent}  `;
    yield array ? "[\n" : "{\n";
    for (let i = 0; i < n; i++) {
      const key = keys?.[i];
      yield `${i > 0 ? ",\n" : ""}${inner}${key === undefined ? "" : `${JSON.stringify(key)}: `}`;
      // As JSON.stringify writes an undefined array element.
      yield* pieces(key === undefined ? ((value as unknown[])[i] ?? null) : record[key], inner, depth + 1);
    }
    yield `\n${indent}${array ? "]" : "}"}`;
    return;
  }
  // JSON.stringify escapes every line break inside strings, so each "\n" here starts a new line of the layout.
  const text = JSON.stringify(canonical(value), null, 2);
  yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

interface RankingJsonOptions {
  /** Include the per-entry explanations (default true); without them the `explanations` member is left out. */
  explanations?: boolean;
}

/**
 * The ranking as canonical JSON, in pieces of at most one entry each, in order: what `rankingJson` returns, for
 * writing to a stream without holding the whole text.
 */
export function* rankingJsonChunks(output: RankingOutput, opts: RankingJsonOptions = {}): Generator<string> {
  yield* pieces(opts.explanations === false ? { ...output, explanations: undefined } : output, "", 0);
  yield "\n";
}

/**
 * The ranking as canonical JSON: object keys sorted in code-unit order at every level, arrays in engine order,
 * 2-space indent, trailing newline. The same output always gives the same bytes, so two results can be compared
 * with any diff tool. For large rankings write `rankingJsonChunks` to a stream instead.
 */
export function rankingJson(output: RankingOutput, opts: RankingJsonOptions = {}): string {
  return [...rankingJsonChunks(output, opts)].join("");
}

const TITLE_WIDTH = 40;

const chars = (s: string) => Array.from(s);
const width = (s: string) => chars(s).length;

function truncate(s: string, max: number): string {
  const c = chars(s.replace(/\s+/g, " ").trim());
  return c.length <= max ? c.join("") : `${c.slice(0, max - 1).join("")}…`;
}

const score = (x: number | null | undefined) => (x === null || x === undefined ? "-" : formatScore(x));
const int = (x: number | null | undefined) => (x === null || x === undefined ? "-" : String(x));

interface Column {
  header: string;
  right?: boolean;
}

const COLUMNS: Column[] = [
  { header: "Rank", right: true },
  { header: "Desk#", right: true },
  { header: "Entry" },
  { header: "OPD" },
  { header: "Category" },
  { header: "Desk", right: true },
  { header: "Final", right: true },
  { header: "Status" },
  { header: "Tie-break" },
];

function renderTable(rows: string[][]): string[] {
  const widths = COLUMNS.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(cell));
        return COLUMNS[i]?.right ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(COLUMNS.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** Status of an entry that did not reach the final ranking. */
function deskStatus(d: RankingOutput["desk"][number], removed: boolean): string {
  if (d.incomplete) return "DESK_INCOMPLETE";
  if (!d.passed) return "BELOW_PASSING_GRADE";
  return removed ? "REMOVED_FROM_SHORTLIST" : "NOT_SHORTLISTED";
}

const isRemoved = (output: RankingOutput, entryId: string) =>
  output.explanations[entryId]?.overrides.some(
    (o) => o.kind === "SHORTLIST_REMOVE" && o.status === "APPLIED",
  ) === true;

/**
 * A readable fixed-width table: shortlisted entries in final order (then disqualified and unranked ones), then the
 * other entries in desk order. Scores are rounded to 2 decimals for display only; the JSON output is exact.
 */
export function formatTable(file: RankingExport, output: RankingOutput): string {
  const entries = new Map(file.entries.map((e) => [e.id, e]));
  const desk = new Map(output.desk.map((d) => [d.entryId, d]));
  const who = (id: string) => {
    const e = entries.get(id);
    return [truncate(e?.title || id, TITLE_WIDTH), e?.opd ?? ""];
  };

  const rows: string[][] = [];
  for (const f of output.final) {
    const d = desk.get(f.entryId);
    rows.push([
      int(f.finalRank),
      int(d?.deskRank),
      ...who(f.entryId),
      f.category,
      score(d?.deskScore),
      score(f.total),
      f.status,
      f.tieBreak ?? "",
    ]);
  }
  for (const d of output.desk) {
    if (d.shortlisted) continue;
    rows.push([
      "-",
      int(d.deskRank),
      ...who(d.entryId),
      d.category,
      score(d.deskScore),
      "-",
      deskStatus(d, isRemoved(output, d.entryId)),
      d.tieBreak ?? "",
    ]);
  }

  const c = file.competition;
  const lines = [
    `${c.name} (${c.year}) — ${c.region}`,
    `Exported ${c.exportedAt} · passing grade ${formatScore(c.passingGrade)} · shortlist ${c.shortlistSize} · ${c.aggregation}` +
      `${c.zNormalize ? " · z-normalised" : ""} · ${file.entries.length} entries · ${file.reviews.length} reviews`,
    "",
    ...renderTable(rows),
  ];

  const notes = [
    ...output.shortlistNotes.map((n) => `shortlist: ${noteText(n)}`),
    ...output.overrideNotes.map((n) => `override: ${noteText(n)}`),
    ...output.final.flatMap((f) => {
      const [title] = who(f.entryId);
      const own = [
        ...f.reasons.map(noteText),
        ...(f.disqualifyReason ? [`disqualified: ${f.disqualifyReason}`] : []),
      ];
      if (f.override?.status === "APPLIED" && f.override.kind === "MOVE") {
        own.push(
          `moved by the jury from rank ${int(f.computedRank)} to ${int(f.finalRank)}: ${f.override.reason}`,
        );
      }
      return own.map((r) => `${title} [${f.entryId}]: ${r}`);
    }),
    ...output.desk.flatMap((d) => {
      const [title] = who(d.entryId);
      return d.incompleteReviews.map(
        (r) =>
          `${title} [${d.entryId}]: ${r.stage} review by ${r.evaluator} not counted (${r.reason}${r.missing.length > 0 ? `: ${r.missing.join(", ")}` : ""})`,
      );
    }),
  ];
  if (notes.length > 0) lines.push("", "Notes:", ...notes.map((n) => `- ${n}`));
  lines.push(
    "",
    "Rank = final rank, Desk# = desk rank; Tie-break = rule that separated tied totals (final ranking for shortlisted",
    "entries, desk ranking otherwise). Scores are rounded to 2 decimals for display; use the JSON output to compare.",
  );
  return `${lines.join("\n")}\n`;
}
