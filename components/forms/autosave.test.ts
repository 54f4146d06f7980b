import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  Autosave,
  backoffDelay,
  loadEntry,
  refusalAnswer,
  type AutosaveOptions,
  type KeyValueStore,
  type SaveAnswer,
  type SaveRequest,
} from "./autosave";

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A fake server: records every request and answers with what the test scripts, or "saved". */
function fakeServer(start = 1) {
  let revision = start;
  const requests: SaveRequest[] = [];
  const script: (() => SaveAnswer | Error)[] = [];
  const send = vi.fn(async (req: SaveRequest): Promise<SaveAnswer> => {
    requests.push(structuredClone(req));
    const next = script.shift();
    const answer = next ? next() : null;
    if (answer instanceof Error) throw answer;
    if (answer) return answer;
    revision += 1;
    return { kind: "saved", revision, savedAt: new Date(0).toISOString() };
  });
  return {
    send,
    requests,
    fail: (times = 1) => {
      for (let i = 0; i < times; i++) script.push(() => new TypeError("Failed to fetch"));
    },
    answer: (a: SaveAnswer) => script.push(() => a),
  };
}

const DEBOUNCE = 1500;

function make(overrides: Partial<AutosaveOptions> = {}) {
  const server = fakeServer(overrides.revision ?? 1);
  const storage = memoryStore();
  const autosave = new Autosave({
    storageKey: "form:1",
    revision: 1,
    server: { title: "Lama", summary: null },
    send: server.send,
    storage,
    debounceMs: DEBOUNCE,
    ...overrides,
  });
  return { autosave, server, storage };
}

/** Lets the awaited send and the promise chain settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("autosave: debounced saves", () => {
  it("sends once after the pause, with the latest value, its base and the revision; the next save carries the new revision", async () => {
    const { autosave, server } = make();
    autosave.edit("title", "B");
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE - 1);
    expect(server.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toEqual([
      { revision: 1, patch: { title: "Baru" }, base: { title: "Lama" }, unconfirmed: [] },
    ]);
    expect(autosave.snapshot().status).toBe("saved");

    autosave.edit("summary", "Ringkasan");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(server.requests[1]).toEqual({
      revision: 2,
      patch: { summary: "Ringkasan" },
      base: { summary: null },
      unconfirmed: [],
    });
  });

  it("does not send again after a success, however long the page stays open", async () => {
    const { autosave, server, storage } = make();
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    autosave.resume();
    await settle();
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(storage.data.size).toBe(0);
    expect(autosave.snapshot()).toMatchObject({ status: "saved", hasPending: false });
  });

  it("the next save starts from the value as the server stored it (normalised), not as typed", async () => {
    const { autosave, server } = make();
    server.answer({
      kind: "saved",
      revision: 2,
      savedAt: "",
      stored: { videoUrl: "https://www.dinsos.go.id" },
    });
    autosave.edit("videoUrl", "www.dinsos.go.id");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    autosave.edit("videoUrl", "www.dinsos.go.id/video");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(server.requests[1]).toMatchObject({
      revision: 2,
      base: { videoUrl: "https://www.dinsos.go.id" },
    });
  });

  it("an edit made while a save is in flight is sent next, and only it", async () => {
    const { autosave, server } = make();
    let release: (a: SaveAnswer) => void = () => {};
    server.send.mockImplementationOnce(async (req) => {
      server.requests.push(structuredClone(req));
      return new Promise<SaveAnswer>((r) => (release = r));
    });
    autosave.edit("title", "Satu");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    autosave.edit("title", "Dua");
    autosave.edit("summary", "S");
    release({ kind: "saved", revision: 2, savedAt: "" });
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(server.requests.map((r) => [r.revision, r.patch, r.base])).toEqual([
      [1, { title: "Satu" }, { title: "Lama" }],
      [2, { title: "Dua", summary: "S" }, { title: "Satu", summary: null }],
    ]);
  });
});

describe("autosave: retries", () => {
  it("backs off 1 s, 2 s, 4 s … up to 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => backoffDelay(n))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it("retries a failed send with backoff and keeps the values on the device meanwhile", async () => {
    const { autosave, server, storage } = make();
    server.fail(3);
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(autosave.snapshot().status).toBe("queued");
    expect(loadEntry(storage, "form:1")?.patch).toEqual({ title: "Baru" });

    await vi.advanceTimersByTimeAsync(999);
    expect(server.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.send).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(3999);
    expect(server.send).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(4);
    expect(autosave.snapshot().status).toBe("saved");
    expect(storage.data.size).toBe(0);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(4);
  });

  it("never waits longer than the cap between retries", async () => {
    const { autosave, server } = make();
    server.fail(8);
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    // 1+2+4+8+16+30+30 s of waiting for the next seven tries.
    await vi.advanceTimersByTimeAsync((1 + 2 + 4 + 8 + 16 + 30 + 30) * 1000);
    expect(server.send).toHaveBeenCalledTimes(8);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(server.send).toHaveBeenCalledTimes(8);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(9);
    expect(autosave.snapshot().status).toBe("saved");
  });

  it("resends at once when the browser comes back online, without waiting for the backoff", async () => {
    const { autosave, server } = make();
    server.fail(5);
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 8000);
    expect(server.send).toHaveBeenCalledTimes(5);
    // The next retry is 16 s away; the connection returns now.
    autosave.resume();
    await settle();
    expect(server.send).toHaveBeenCalledTimes(6);
    expect(autosave.snapshot().status).toBe("saved");
    // The abandoned retry timer sends nothing more.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(6);
  });

  it("while the browser says it is offline, sends nothing until it is back", async () => {
    let online = false;
    const { autosave, server } = make({ isOnline: () => online });
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE + 60_000);
    expect(server.send).not.toHaveBeenCalled();
    expect(autosave.snapshot().status).toBe("queued");
    online = true;
    autosave.resume();
    await settle();
    expect(server.requests.map((r) => r.patch)).toEqual([{ title: "Baru" }]);
  });

  it("the latest state wins: edits made while waiting to retry go out in the one retry", async () => {
    const { autosave, server } = make();
    server.fail(1);
    autosave.edit("title", "A");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    autosave.edit("title", "AB");
    autosave.edit("title", "ABC");
    autosave.edit("summary", "S");
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.requests.map((r) => r.patch)).toEqual([{ title: "A" }, { title: "ABC", summary: "S" }]);
    // The failed send may have reached the server: the retry says so, to rule out a false conflict.
    expect(server.requests[1]!.unconfirmed).toEqual([{ title: "A" }]);
    expect(server.requests[1]!.base).toEqual({ title: "Lama", summary: null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(2);
  });

  it("a refusal (locked, stage closed) is shown and not retried", async () => {
    const { autosave, server } = make();
    server.answer({ kind: "refused", message: "Penilaian sudah dikirim dan terkunci." });
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE + 60_000);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(autosave.snapshot()).toMatchObject({
      status: "error",
      message: "Penilaian sudah dikirim dan terkunci.",
    });
  });
});

describe("autosave: across a reload", () => {
  it("a new page restores the unsent values with the base they started from, and sends them", async () => {
    const first = make();
    first.server.fail(1);
    first.autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    first.autosave.stop();

    const server = fakeServer(1);
    const second = new Autosave({
      storageKey: "form:1",
      revision: 1,
      server: { title: "Lama", summary: null },
      send: server.send,
      storage: first.storage,
      debounceMs: DEBOUNCE,
    });
    expect(second.restore()).toEqual({ title: "Baru" });
    await settle();
    expect(server.requests).toEqual([
      { revision: 1, patch: { title: "Baru" }, base: { title: "Lama" }, unconfirmed: [{ title: "Baru" }] },
    ]);
    expect(first.storage.data.size).toBe(0);
  });

  it("drops restored values the server already holds (a save whose answer was lost)", async () => {
    const first = make();
    first.server.fail(1);
    first.autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    first.autosave.stop();

    const server = fakeServer(2);
    const second = new Autosave({
      storageKey: "form:1",
      revision: 2,
      server: { title: "Baru", summary: null },
      send: server.send,
      storage: first.storage,
    });
    expect(second.restore()).toBeNull();
    await settle();
    expect(server.send).not.toHaveBeenCalled();
    expect(first.storage.data.size).toBe(0);
  });

  it("an edit typed after the lost save and then reloaded carries that save as unconfirmed", async () => {
    const first = make();
    let reached: (a: SaveAnswer) => void = () => {};
    first.server.send.mockImplementationOnce(async (req) => {
      first.server.requests.push(structuredClone(req));
      return new Promise<SaveAnswer>((r) => (reached = r));
    });
    first.autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    first.autosave.edit("title", "Baru lagi");
    first.autosave.stop();
    void reached; // the page is gone before the answer arrives

    const server = fakeServer(2);
    const second = new Autosave({
      storageKey: "form:1",
      revision: 2,
      server: { title: "Baru", summary: null },
      send: server.send,
      storage: first.storage,
    });
    expect(second.restore()).toEqual({ title: "Baru lagi" });
    await settle();
    expect(server.requests).toEqual([
      {
        revision: 1,
        patch: { title: "Baru lagi" },
        base: { title: "Lama" },
        unconfirmed: [{ title: "Baru" }],
      },
    ]);
  });

  it("reads entries written before bases were kept, and sends them without a base", async () => {
    const storage = memoryStore();
    storage.setItem("form:1", JSON.stringify({ baseRevision: 3, patch: { title: "X" }, at: "" }));
    const server = fakeServer(4);
    const a = new Autosave({
      storageKey: "form:1",
      revision: 4,
      server: { title: "Lama" },
      send: server.send,
      storage,
    });
    a.restore();
    await settle();
    expect(server.requests).toEqual([{ revision: 3, patch: { title: "X" }, base: {}, unconfirmed: [] }]);
  });
});

describe("autosave: conflicts and refused fields", () => {
  it("stops on a conflict, then continues from the server's revision with what the user chose", async () => {
    const { autosave, server } = make();
    server.answer({
      kind: "conflict",
      revision: 5,
      server: { title: "Punya orang lain", summary: "Lain" },
      fields: ["title"],
      updatedBy: "Yuliana",
      updatedAt: "",
    });
    autosave.edit("title", "Punyaku");
    autosave.edit("summary", "Ringkasanku");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(autosave.snapshot()).toMatchObject({
      status: "conflict",
      conflict: { fields: ["title"], mine: { title: "Punyaku", summary: "Ringkasanku" } },
    });
    autosave.edit("title", "Punyaku juga");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(1);

    autosave.resolve({ summary: "Ringkasanku" });
    await settle();
    expect(server.requests[1]).toEqual({
      revision: 5,
      patch: { summary: "Ringkasanku" },
      base: { summary: "Lain" },
      unconfirmed: [],
    });
    expect(autosave.snapshot().status).toBe("saved");
  });

  it("saves the valid fields when the server refuses one, and keeps the refused one", async () => {
    const { autosave, server } = make();
    server.answer({ kind: "invalid", errors: { videoUrl: ["Alamat tidak valid"] } });
    autosave.edit("title", "Baru");
    autosave.edit("videoUrl", "javascript:alert(1)");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(server.requests.map((r) => r.patch)).toEqual([
      { title: "Baru", videoUrl: "javascript:alert(1)" },
      { title: "Baru" },
    ]);
    // The refusal was an answer: that send is not in doubt any more.
    expect(server.requests[1]!.unconfirmed).toEqual([]);
    expect(autosave.snapshot()).toMatchObject({
      errors: { videoUrl: ["Alamat tidak valid"] },
      hasPending: true,
    });
    autosave.edit("videoUrl", "https://contoh.go.id");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(server.requests[2]!.patch).toEqual({ videoUrl: "https://contoh.go.id" });
    expect(autosave.snapshot()).toMatchObject({ status: "saved", errors: {}, hasPending: false });
  });

  it("hands over values someone else saved that were merged in, except fields still being edited", async () => {
    const merged = vi.fn();
    const { autosave, server } = make({ onServerValues: merged });
    let release: (a: SaveAnswer) => void = () => {};
    server.send.mockImplementationOnce(async () => new Promise<SaveAnswer>((r) => (release = r)));
    autosave.edit("title", "Baru");
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    autosave.edit("summary", "Masih diketik");
    release({
      kind: "saved",
      revision: 4,
      savedAt: "",
      server: { title: "Baru", summary: "Dari orang lain", problem: "Dari orang lain juga" },
    });
    await settle();
    expect(merged).toHaveBeenCalledWith({ title: "Baru", problem: "Dari orang lain juga" });
  });
});

describe("refusalAnswer", () => {
  it("throws for a retryable refusal (the database could not answer), so the send is retried", () => {
    expect(() => refusalAnswer({ message: "sibuk", retryable: true }, {})).toThrow("sibuk");
  });
  it("is invalid with the field errors, else refused with the message", () => {
    expect(refusalAnswer({ message: "periksa" }, { title: ["Wajib diisi."] })).toEqual({
      kind: "invalid",
      errors: { title: ["Wajib diisi."] },
    });
    expect(refusalAnswer({ message: "terkunci" }, {})).toEqual({ kind: "refused", message: "terkunci" });
  });
});
