import { describe, expect, it } from "vitest";
import {
  acknowledge,
  conflictingFields,
  loadPending,
  storePending,
  without,
  type KeyValueStore,
} from "./pending";

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("unsent draft edits in the browser", () => {
  it("survive a reload: stored, then loaded with their base revision", () => {
    const store = memoryStore();
    storePending(store, "abc", 4, { summary: "Ringkasan baru", sdgs: [3, 5] });
    expect(loadPending(store, "abc")).toMatchObject({
      baseRevision: 4,
      patch: { summary: "Ringkasan baru", sdgs: [3, 5] },
    });
    expect(loadPending(store, "other")).toBeNull();
  });

  it("are removed once nothing is pending, and corrupt storage is ignored", () => {
    const store = memoryStore();
    storePending(store, "abc", 4, { summary: "x" });
    storePending(store, "abc", 5, {});
    expect(store.data.size).toBe(0);
    store.setItem("inovasi:draft:abc", "{not json");
    expect(loadPending(store, "abc")).toBeNull();
  });

  it("a storage that throws (full, private mode) does not break typing", () => {
    const store: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {},
    };
    expect(() => storePending(store, "abc", 1, { title: "x" })).not.toThrow();
  });

  it("acknowledge keeps only what changed again after it was sent", () => {
    const pending = { title: "Judul v2", summary: "Sama", sdgs: [1, 2] };
    const sent = { title: "Judul v1", summary: "Sama", sdgs: [1, 2] };
    expect(acknowledge(pending, sent)).toEqual({ title: "Judul v2" });
    expect(acknowledge({ problem: "baru" }, sent)).toEqual({ problem: "baru" });
  });

  it("without drops fields, e.g. ones the server found invalid", () => {
    expect(without({ videoUrl: "javascript:x", title: "A" }, ["videoUrl"])).toEqual({ title: "A" });
  });

  it("lists the fields where my edits and the saved version differ", () => {
    expect(
      conflictingFields(
        { title: "Mine", summary: "Same" },
        { title: "Theirs", summary: "Same", problem: "x" },
      ),
    ).toEqual(["title"]);
  });
});
