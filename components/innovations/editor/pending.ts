// Unsent edits of a draft, kept in the browser (localStorage) until the server has them, so a
// reload, a closed tab or a dropped connection never loses work. Pure helpers, unit-tested.
import type { InnovationDraft } from "@/lib/innovations/form/sections";

export type Patch = Partial<InnovationDraft>;
export type PendingEntry = { baseRevision: number; patch: Patch; at: string };

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const key = (id: string) => `inovasi:draft:${id}`;

export function loadPending(store: KeyValueStore, id: string): PendingEntry | null {
  try {
    const raw = store.getItem(key(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as PendingEntry;
    if (typeof parsed.baseRevision !== "number" || typeof parsed.patch !== "object" || parsed.patch === null)
      return null;
    return Object.keys(parsed.patch).length ? parsed : null;
  } catch {
    return null;
  }
}

export function storePending(store: KeyValueStore, id: string, baseRevision: number, patch: Patch) {
  try {
    if (Object.keys(patch).length === 0) store.removeItem(key(id));
    else
      store.setItem(
        key(id),
        JSON.stringify({ baseRevision, patch, at: new Date().toISOString() } satisfies PendingEntry),
      );
  } catch {
    // A full or disabled storage must not break typing; the server save still runs.
  }
}

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** After the server stored `sent`, what is still unsent: fields edited again since are kept. */
export function acknowledge(pending: Patch, sent: Patch): Patch {
  const rest: Patch = {};
  for (const [k, v] of Object.entries(pending) as [keyof Patch, unknown][]) {
    if (!(k in sent) || !same(sent[k], v)) (rest as Record<string, unknown>)[k] = v;
  }
  return rest;
}

export function without(patch: Patch, keys: Iterable<string>): Patch {
  const skip = new Set(keys);
  return Object.fromEntries(Object.entries(patch).filter(([k]) => !skip.has(k))) as Patch;
}

/** Fields where my unsent edits and the version someone else saved disagree. */
export function conflictingFields(mine: Patch, theirs: InnovationDraft): (keyof InnovationDraft)[] {
  return (Object.keys(mine) as (keyof InnovationDraft)[]).filter((k) => !same(mine[k], theirs[k]));
}
