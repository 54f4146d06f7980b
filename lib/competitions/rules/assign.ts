// Automatic evaluator assignment for one stage. Deterministic: inputs are sorted canonically and every tie is
// broken by a hash of (seed, evaluator, entry), so re-running with the same data proposes the same panel.

export interface AssignEntry {
  id: string;
  opdId: string;
  /** Used in explanations; the id is shown when absent. */
  title?: string | null;
}
export interface AssignEvaluator {
  id: string;
  /** An evaluator from outside government (academic, practitioner) has no OPD. */
  opdId: string | null;
}
export interface AssignmentPair {
  entryId: string;
  evaluatorId: string;
}
export interface AssignInput {
  entries: readonly AssignEntry[];
  evaluators: readonly AssignEvaluator[];
  /** Assignments already made for this stage. Taken as they are: remove conflicted ones first to replace them. */
  existing?: readonly AssignmentPair[];
  conflicts?: readonly AssignmentPair[];
  /** Evaluators each entry should have in total, existing ones included. Default 3. */
  perEntry?: number;
  seed: string;
}
export interface UnmetEntry {
  entryId: string;
  /** Evaluators still missing after this run. */
  needed: number;
  reason: "NOT_ENOUGH_ELIGIBLE_EVALUATORS";
}
export interface AssignResult {
  /** New assignments only, by entry id then evaluator id. */
  assignments: AssignmentPair[];
  unmet: UnmetEntry[];
  /** Assignments per listed evaluator in this stage, existing + new. */
  loads: Record<string, number>;
  /** Bahasa Indonesia, for the admin. */
  explanation: string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pairKey = (entryId: string, evaluatorId: string) => JSON.stringify([entryId, evaluatorId]);

/** 53-bit string hash (cyrb53): stable across runtimes, unlike anything relying on object or Set order. */
function hash(...parts: string[]): number {
  const s = parts.join("\u0000");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function uniqueSorted<T extends { id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => cmp(a.id, b.id));
  sorted.forEach((x, i) => {
    if (i > 0 && sorted[i - 1]?.id === x.id) throw new Error(`Duplicate ${what} id "${x.id}"`);
  });
  return sorted;
}

export function assignEvaluators(input: AssignInput): AssignResult {
  const perEntry = input.perEntry ?? 3;
  if (!Number.isInteger(perEntry) || perEntry < 0)
    throw new RangeError(`perEntry must be a whole number ≥ 0 (got ${perEntry})`);
  const entries = uniqueSorted(input.entries, "entry");
  const evaluators = uniqueSorted(input.evaluators, "evaluator");
  const conflicts = new Set((input.conflicts ?? []).map((c) => pairKey(c.entryId, c.evaluatorId)));

  const load = new Map(evaluators.map((e) => [e.id, 0]));
  const panel = new Map(entries.map((x) => [x.id, new Set<string>()]));
  for (const key of new Set((input.existing ?? []).map((a) => pairKey(a.entryId, a.evaluatorId)))) {
    const [entryId, evaluatorId] = JSON.parse(key) as [string, string];
    panel.get(entryId)?.add(evaluatorId);
    const l = load.get(evaluatorId);
    if (l !== undefined) load.set(evaluatorId, l + 1);
  }

  const byId = new Map(entries.map((x) => [x.id, x]));
  const eligible = (x: AssignEntry, e: AssignEvaluator) =>
    (e.opdId === null || e.opdId !== x.opdId) &&
    !conflicts.has(pairKey(x.id, e.id)) &&
    !panel.get(x.id)?.has(e.id);
  const options = new Map(entries.map((x) => [x.id, evaluators.filter((e) => eligible(x, e))]));
  const needOf = (x: AssignEntry) => Math.max(0, perEntry - (panel.get(x.id)?.size ?? 0));

  // Least loaded first; among equals a seeded hash, so no evaluator is always first in line because of their id.
  const ties = new Map<string, Map<string, number>>(); // per entry, computed once: sorting calls this a lot
  const tieOf = (x: string) => {
    let t = ties.get(x);
    if (!t) ties.set(x, (t = new Map(evaluators.map((e) => [e.id, hash(input.seed, e.id, x)]))));
    return t;
  };
  const better = (x: string) => {
    const tie = tieOf(x);
    return (a: AssignEvaluator, b: AssignEvaluator) =>
      (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) ||
      (tie.get(a.id) ?? 0) - (tie.get(b.id) ?? 0) ||
      cmp(a.id, b.id);
  };

  // Most constrained entries first, while the most evaluators are still equally loaded.
  const order = [...entries].sort(
    (a, b) =>
      (options.get(a.id)?.length ?? 0) - (options.get(b.id)?.length ?? 0) ||
      hash(input.seed, a.id) - hash(input.seed, b.id) ||
      cmp(a.id, b.id),
  );
  const chosen = new Map<string, string[]>();
  const unmet: UnmetEntry[] = [];
  for (const x of order) {
    const need = needOf(x);
    const opts = options.get(x.id) ?? [];
    const picked = [...opts].sort(better(x.id)).slice(0, need);
    for (const e of picked) load.set(e.id, (load.get(e.id) ?? 0) + 1);
    chosen.set(
      x.id,
      picked.map((e) => e.id),
    );
    if (picked.length < need)
      unmet.push({ entryId: x.id, needed: need - picked.length, reason: "NOT_ENOUGH_ELIGIBLE_EVALUATORS" });
  }

  // Repair: move a new assignment from an evaluator to an eligible one with at least 2 fewer. Each move lowers
  // Σ load², so the loop ends; greedy order alone can leave such gaps when eligibility differs per entry.
  for (let moved = true; moved;) {
    moved = false;
    for (const x of entries) {
      const current = chosen.get(x.id) ?? [];
      for (let i = 0; i < current.length; i++) {
        const from = current[i] as string;
        const fromLoad = load.get(from) ?? 0;
        const to = (options.get(x.id) ?? [])
          .filter((e) => !current.includes(e.id) && (load.get(e.id) ?? 0) <= fromLoad - 2)
          .sort(better(x.id))[0];
        if (!to) continue;
        current[i] = to.id;
        load.set(from, fromLoad - 1);
        load.set(to.id, (load.get(to.id) ?? 0) + 1);
        moved = true;
      }
    }
  }

  const assignments = entries.flatMap((x) =>
    [...(chosen.get(x.id) ?? [])].sort(cmp).map((evaluatorId) => ({ entryId: x.id, evaluatorId })),
  );
  unmet.sort((a, b) => cmp(a.entryId, b.entryId));
  const loads: Record<string, number> = Object.fromEntries(
    evaluators.map((e) => [e.id, load.get(e.id) ?? 0]),
  );

  const explanation = explain({
    entries,
    evaluators,
    perEntry,
    assignments,
    unmet,
    load,
    byId,
    panel,
    conflicts,
  });
  return { assignments, unmet, loads, explanation };
}

/** "a", "a dan b", "a, b dan c". */
const listId = (xs: string[]) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} dan ${xs[xs.length - 1]}`;

function explain(c: {
  entries: AssignEntry[];
  evaluators: AssignEvaluator[];
  perEntry: number;
  assignments: AssignmentPair[];
  unmet: UnmetEntry[];
  load: Map<string, number>;
  byId: Map<string, AssignEntry>;
  panel: Map<string, Set<string>>;
  conflicts: Set<string>;
}): string[] {
  const lines: string[] = [];
  const touched = new Set(c.assignments.map((a) => a.entryId)).size;
  if (c.evaluators.length === 0) lines.push("Belum ada penilai yang dapat ditugaskan.");
  lines.push(
    c.assignments.length === 0
      ? "Tidak ada penugasan baru."
      : `${c.assignments.length} penugasan baru untuk ${touched} inovasi (${c.perEntry} penilai per inovasi).`,
  );
  const loads = c.evaluators.map((e) => c.load.get(e.id) ?? 0);
  if (loads.length > 0) {
    const min = Math.min(...loads);
    const max = Math.max(...loads);
    lines.push(
      min === max ? `Setiap penilai mendapat ${min} penugasan.` : `Beban penilai: ${min}–${max} penugasan.`,
    );
    if (max - min > 1) {
      lines.push(
        `Beban belum bisa dibuat rata (selisih ${max - min}) karena penilai dari OPD yang sama, konflik kepentingan, atau penugasan yang sudah ada.`,
      );
    }
  }
  for (const u of c.unmet) {
    const x = c.byId.get(u.entryId) as AssignEntry;
    const got = c.perEntry - u.needed;
    const taken = c.panel.get(x.id) ?? new Set<string>();
    const others = c.evaluators.filter((e) => !taken.has(e.id));
    const sameOpd = others.filter((e) => e.opdId !== null && e.opdId === x.opdId).length;
    const conflicted = others.filter(
      (e) => !(e.opdId !== null && e.opdId === x.opdId) && c.conflicts.has(pairKey(x.id, e.id)),
    ).length;
    const why: string[] = [];
    if (sameOpd > 0) why.push(`${sameOpd} penilai lain berasal dari OPD yang sama`);
    if (conflicted > 0) why.push(`${conflicted} penilai lain menyatakan konflik kepentingan`);
    if (c.evaluators.length < c.perEntry) why.push(`hanya ada ${c.evaluators.length} penilai`);
    const label = x.title?.trim() || x.id;
    lines.push(
      `Inovasi “${label}” hanya mendapat ${got} dari ${c.perEntry} penilai: ${listId(why) || "tidak ada penilai lain yang memenuhi syarat"}.`,
    );
  }
  return lines;
}
