// The autosave state machine, free of React and the DOM so it runs under fake timers in unit tests.
// It holds the latest unsent values of a form (kept in localStorage, so a reload or a closed tab
// keeps them), debounces edits into saves, sends one save at a time with what is pending when its
// turn comes, retries failed sends with exponential backoff, resends at once when the browser is
// back online or the tab visible again, carries the revision the server returned into the next
// save, and stops on a real conflict until the user chooses. useAutosave is its thin React hook.
import { sameValue, type FlatValues } from "@/lib/autosave/merge";

export type { FlatValues } from "@/lib/autosave/merge";

export type SaveRequest = {
  /** The revision the base values were read at. */
  revision: number;
  /** The fields to write. */
  patch: FlatValues;
  /** For each field of `patch`, the stored value the user's edit started from. */
  base: FlatValues;
  /** Earlier sends of these fields whose answer never arrived: the server may already hold them. */
  unconfirmed: FlatValues[];
};

export type SaveAnswer =
  | {
      kind: "saved";
      revision: number;
      savedAt: string;
      /** The saved fields as the server stored them (trimmed, normalised): the next save's base. */
      stored?: FlatValues;
      /** Every stored value after the save, when someone else's save was merged in. */
      server?: FlatValues;
    }
  | {
      kind: "conflict";
      revision: number;
      server: FlatValues;
      /** The fields another save changed that this user changed too, differently. */
      fields: string[];
      /** Who saved in between; null when it was the user herself (another tab or device). */
      updatedBy: string | null;
      updatedAt: string;
    }
  /** The server refused some fields' values; the others can still be saved. */
  | { kind: "invalid"; errors: Record<string, string[]> }
  /** Refused as a whole (locked, stage closed, signed out): retrying would not help. */
  | { kind: "refused"; message: string };

/**
 * A save the server refused, as the machine sees it: thrown when the database could not answer (a failed send,
 * retried with backoff like a lost connection), `invalid` with the form's field errors, else `refused`.
 */
export function refusalAnswer(
  res: { message: string; retryable?: true },
  errors: Record<string, string[]>,
): SaveAnswer {
  if (res.retryable) throw new Error(res.message);
  return Object.keys(errors).length ? { kind: "invalid", errors } : { kind: "refused", message: res.message };
}

export type AutosaveStatus =
  | "idle"
  | "dirty"
  | "saving"
  | "saved"
  /** Kept on this device; the send failed or the browser is offline, it will be resent. */
  | "queued"
  | "conflict"
  | "error";

export type AutosaveConflict = Extract<SaveAnswer, { kind: "conflict" }> & { mine: FlatValues };

export type AutosaveSnapshot = {
  status: AutosaveStatus;
  savedAt: string | null;
  conflict: AutosaveConflict | null;
  /** Field errors from the server, by key; those fields stay on this device until corrected. */
  errors: Record<string, string[]>;
  /** Why the last save was refused as a whole. */
  message: string | null;
  /** When the next automatic retry is due (ms since epoch), while queued after a failure. */
  retryAt: number | null;
  hasPending: boolean;
};

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type AutosaveOptions = {
  /** localStorage key of this form's unsent values. */
  storageKey: string;
  /** The revision the page was rendered with. */
  revision: number;
  /** The stored values the page was rendered with, for every key the form can change. */
  server: FlatValues;
  send: (request: SaveRequest) => Promise<SaveAnswer>;
  storage?: KeyValueStore | null;
  debounceMs?: number;
  backoff?: { firstMs: number; maxMs: number };
  isOnline?: () => boolean;
  now?: () => number;
  onChange?: (snapshot: AutosaveSnapshot) => void;
  /** Values someone else saved that were merged in, for fields this user has not changed. */
  onServerValues?: (values: FlatValues) => void;
};

export const DEFAULT_BACKOFF = { firstMs: 1000, maxMs: 30_000 } as const;
const MAX_UNCONFIRMED = 5;

type StoredEntry = {
  revision: number;
  patch: FlatValues;
  base: FlatValues;
  unconfirmed: FlatValues[];
  at: string;
};

const isRecord = (v: unknown): v is FlatValues => typeof v === "object" && v !== null && !Array.isArray(v);

/** The unsent values kept for a form, or null. Entries written before bases were kept load with none. */
export function loadEntry(storage: KeyValueStore, key: string): StoredEntry | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const revision = parsed.revision ?? parsed.baseRevision;
    if (typeof revision !== "number" || !isRecord(parsed.patch)) return null;
    if (Object.keys(parsed.patch).length === 0) return null;
    return {
      revision,
      patch: parsed.patch,
      base: isRecord(parsed.base) ? parsed.base : {},
      unconfirmed: Array.isArray(parsed.unconfirmed) ? parsed.unconfirmed.filter(isRecord) : [],
      at: typeof parsed.at === "string" ? parsed.at : "",
    };
  } catch {
    return null;
  }
}

export function storeEntry(storage: KeyValueStore, key: string, entry: Omit<StoredEntry, "at"> | null) {
  try {
    if (!entry || Object.keys(entry.patch).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ ...entry, at: new Date().toISOString() }));
  } catch {
    // A full or disabled storage must not break typing; the server save still runs.
  }
}

const pick = (values: FlatValues, keys: Iterable<string>): FlatValues => {
  const out: FlatValues = {};
  for (const k of keys) if (Object.hasOwn(values, k)) out[k] = values[k];
  return out;
};
const omit = (values: FlatValues, keys: Iterable<string>): FlatValues => {
  const skip = new Set(keys);
  return Object.fromEntries(Object.entries(values).filter(([k]) => !skip.has(k)));
};

/** The delay before retry number `attempt` (1, 2, …): doubling from firstMs, capped at maxMs. */
export function backoffDelay(attempt: number, backoff: { firstMs: number; maxMs: number } = DEFAULT_BACKOFF) {
  return Math.min(backoff.firstMs * 2 ** Math.max(0, attempt - 1), backoff.maxMs);
}

export class Autosave {
  private revision: number;
  private base: FlatValues;
  private pending: FlatValues = {};
  private unconfirmed: FlatValues[] = [];
  private invalid = new Set<string>();
  private status: AutosaveStatus = "idle";
  private savedAt: string | null = null;
  private conflict: AutosaveConflict | null = null;
  private errors: Record<string, string[]> = {};
  private message: string | null = null;
  private attempt = 0;
  private retryAt: number | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly opts: Required<Omit<AutosaveOptions, "storage" | "onChange" | "onServerValues">> &
    Pick<AutosaveOptions, "storage" | "onChange" | "onServerValues">;

  constructor(options: AutosaveOptions) {
    this.opts = {
      debounceMs: 1500,
      backoff: DEFAULT_BACKOFF,
      isOnline: () => true,
      now: () => Date.now(),
      ...options,
    };
    this.revision = options.revision;
    this.base = { ...options.server };
  }

  snapshot(): AutosaveSnapshot {
    return {
      status: this.status,
      savedAt: this.savedAt,
      conflict: this.conflict,
      errors: this.errors,
      message: this.message,
      retryAt: this.retryAt,
      hasPending: Object.keys(this.pending).length > 0 || this.invalid.size > 0,
    };
  }

  /** Replaces the callbacks (a React component hands in the latest ones after each render). */
  connect(handlers: Pick<AutosaveOptions, "send" | "onServerValues">) {
    this.opts.send = handlers.send;
    this.opts.onServerValues = handlers.onServerValues;
  }

  /** The revision the next save starts from (what the server last returned). */
  currentRevision(): number {
    return this.revision;
  }

  /** What is waiting to be sent (for tests and for the submit button's check). */
  unsent(): FlatValues {
    return { ...this.pending };
  }

  /**
   * Takes back the unsent values a previous visit left in storage and sends them. Values the server
   * already holds (a save whose answer was lost) are dropped first. Returns what the form should
   * show on top of the stored values, or null.
   */
  restore(): FlatValues | null {
    const storage = this.opts.storage;
    if (!storage) return null;
    const entry = loadEntry(storage, this.opts.storageKey);
    if (!entry) return null;
    const still = Object.keys(entry.patch).filter((k) => !sameValue(entry.patch[k], this.opts.server[k]));
    if (still.length === 0) {
      storeEntry(storage, this.opts.storageKey, null);
      return null;
    }
    this.pending = pick(entry.patch, still);
    // The edit started from the entry's base, not from what the page shows now: another save in
    // between must still be noticed.
    this.revision = entry.revision;
    this.base = { ...this.base, ...pick(entry.base, still) };
    for (const k of still) if (!Object.hasOwn(entry.base, k)) delete this.base[k];
    this.unconfirmed = entry.unconfirmed.slice(-MAX_UNCONFIRMED);
    this.status = "dirty";
    this.persist();
    this.emit();
    void this.flush();
    return { ...this.pending };
  }

  /** A field changed in the form. An invalid value stays on this device and is not sent. */
  edit(key: string, value: unknown, valid = true) {
    if (valid) {
      this.pending = { ...this.pending, [key]: value };
      this.invalid.delete(key);
      if (this.errors[key]) this.errors = omit(this.errors, [key]) as Record<string, string[]>;
    } else this.invalid.add(key);
    this.persist();
    if (this.status !== "conflict" && this.status !== "queued" && this.status !== "saving")
      this.status = "dirty";
    // While waiting to retry, the retry sends the latest values; typing must not hammer a server
    // that is down.
    if (this.attempt === 0 && this.status !== "conflict") this.schedule();
    this.emit();
  }

  /** Save now: leaving a section, the "save now" button, submitting. Resolves once it is done. */
  flush(): Promise<void> {
    this.clearDebounce();
    this.chain = this.chain.then(() => this.sendOnce());
    return this.chain;
  }

  /** The browser is online again, or the tab became visible: resend at once, without the backoff wait. */
  resume() {
    if (this.conflict) return;
    if (Object.keys(this.pending).length === 0) return;
    this.clearRetry();
    void this.flush();
  }

  /** The user chose, field by field, after a conflict: `chosen` is what is still to be sent. */
  resolve(chosen: FlatValues) {
    const c = this.conflict;
    if (!c) return;
    this.revision = c.revision;
    this.base = { ...this.base, ...c.server };
    this.unconfirmed = [];
    this.pending = { ...chosen };
    this.conflict = null;
    this.status = Object.keys(chosen).length ? "dirty" : "saved";
    this.persist();
    this.emit();
    void this.flush();
  }

  /** Forget the unsent values (the review was submitted). */
  clear() {
    this.pending = {};
    this.unconfirmed = [];
    this.invalid.clear();
    this.persist();
    this.emit();
  }

  stop() {
    this.clearDebounce();
    this.clearRetry();
  }

  private schedule() {
    this.clearDebounce();
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.flush();
    }, this.opts.debounceMs);
  }

  private clearDebounce() {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  private clearRetry() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAt = null;
  }

  private persist() {
    const storage = this.opts.storage;
    if (!storage) return;
    const keys = Object.keys(this.pending);
    storeEntry(storage, this.opts.storageKey, {
      revision: this.revision,
      patch: this.pending,
      base: pick(this.base, keys),
      unconfirmed: this.unconfirmed,
    });
  }

  private emit() {
    this.opts.onChange?.(this.snapshot());
  }

  private async sendOnce(): Promise<void> {
    if (this.conflict) return;
    const patch = omit(this.pending, this.invalid);
    const keys = Object.keys(patch);
    if (keys.length === 0) {
      if (this.status === "saving" || this.status === "dirty")
        this.status = this.invalid.size ? "dirty" : this.savedAt ? "saved" : "idle";
      this.emit();
      return;
    }
    if (!this.opts.isOnline()) {
      // The "online" event resends; no timer is needed while the browser knows it is offline.
      this.status = "queued";
      this.emit();
      return;
    }
    this.clearRetry();
    const unconfirmed = this.unconfirmed.map((u) => pick(u, keys)).filter((u) => Object.keys(u).length > 0);
    const request: SaveRequest = {
      revision: this.revision,
      patch,
      base: pick(this.base, keys),
      unconfirmed,
    };
    // Until its answer arrives this send may or may not reach the server: remember it, so neither a
    // retry nor a reload mistakes the user's own save for someone else's.
    const inFlight = { ...patch };
    this.unconfirmed = [...this.unconfirmed, inFlight].slice(-MAX_UNCONFIRMED);
    this.persist();
    this.status = "saving";
    this.emit();

    let answer: SaveAnswer;
    try {
      answer = await this.opts.send(request);
    } catch {
      this.failed();
      return;
    }
    // An answer arrived: this send is no longer in doubt (saved, or refused and not written).
    this.unconfirmed = this.unconfirmed.filter((u) => u !== inFlight);
    this.attempt = 0;
    switch (answer.kind) {
      case "saved":
        this.saved(patch, answer);
        break;
      case "conflict":
        this.conflict = { ...answer, mine: { ...this.pending } };
        this.status = "conflict";
        this.message = null;
        break;
      case "invalid": {
        const fieldKeys = Object.keys(answer.errors).filter((k) => Object.hasOwn(patch, k));
        this.errors = { ...this.errors, ...answer.errors };
        if (fieldKeys.length === 0) {
          this.status = "error";
          this.message = Object.values(answer.errors).flat()[0] ?? null;
          break;
        }
        for (const k of fieldKeys) this.invalid.add(k);
        this.status = "dirty";
        // The valid fields are saved anyway; the invalid ones stay here until corrected.
        void this.flush();
        break;
      }
      case "refused":
        this.status = "error";
        this.message = answer.message;
        break;
    }
    this.persist();
    this.emit();
  }

  private saved(patch: FlatValues, answer: Extract<SaveAnswer, { kind: "saved" }>) {
    this.revision = answer.revision;
    this.savedAt = answer.savedAt;
    this.message = null;
    this.base = {
      ...this.base,
      ...(answer.server ?? {}),
      ...patch,
      ...pick(answer.stored ?? {}, Object.keys(patch)),
    };
    const rest: FlatValues = {};
    for (const [k, v] of Object.entries(this.pending))
      if (!Object.hasOwn(patch, k) || !sameValue(patch[k], v)) rest[k] = v;
    this.pending = rest;
    this.unconfirmed = this.unconfirmed
      .map((u) => omit(u, Object.keys(patch)))
      .filter((u) => Object.keys(u).length > 0);
    if (answer.server) {
      const theirs = omit(answer.server, [...Object.keys(this.pending), ...this.invalid]);
      if (Object.keys(theirs).length) this.opts.onServerValues?.(theirs);
    }
    this.status = Object.keys(this.pending).length || this.invalid.size ? "dirty" : "saved";
    // Edits made while a retry was in flight had no debounce of their own (see edit).
    if (Object.keys(this.pending).length && !this.debounceTimer) this.schedule();
  }

  private failed() {
    this.attempt += 1;
    const delay = backoffDelay(this.attempt, this.opts.backoff);
    this.status = "queued";
    this.retryAt = this.opts.now() + delay;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.retryAt = null;
      void this.flush();
    }, delay);
    this.emit();
  }
}
