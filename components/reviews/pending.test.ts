import { describe, expect, it } from "vitest";
import {
  acknowledgeScores,
  applyPatch,
  clearScorePending,
  commentKey,
  conflictingKeys,
  loadScorePending,
  OVERALL_KEY,
  parseScoreInput,
  storeScorePending,
  toRequest,
  valueKey,
  withoutKeys,
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

describe("a review's unsent edits", () => {
  it("round-trips through storage under its own key, apart from innovation drafts", () => {
    const store = memoryStore();
    storeScorePending(store, "a1", 3, { [valueKey("k1")]: 4, [OVERALL_KEY]: "Baik" });
    expect([...store.data.keys()]).toEqual(["inovasi:draft:review:a1"]);
    expect(loadScorePending(store, "a1")).toEqual({ baseRevision: 3, patch: { "v:k1": 4, overall: "Baik" } });
    expect(loadScorePending(store, "a2")).toBeNull();
    clearScorePending(store, "a1");
    expect(loadScorePending(store, "a1")).toBeNull();
    expect(store.data.size).toBe(0);
  });

  it("maps a flat patch to the save input and back onto the form's values", () => {
    const patch = {
      [valueKey("k1")]: 4,
      [valueKey("k2")]: null,
      [commentKey("k1")]: "Catatan",
      [commentKey("k2")]: "",
      [OVERALL_KEY]: "Umum",
    };
    expect(toRequest(patch)).toEqual({
      values: { k1: 4, k2: null },
      comments: { k1: "Catatan", k2: null },
      overallComment: "Umum",
    });
    expect(toRequest({ [valueKey("k1")]: 2 })).toEqual({ values: { k1: 2 }, comments: {} });
    const base = { values: { k1: 1, k3: 5 }, comments: { k3: "x" }, overallComment: "Lama" };
    expect(applyPatch(base, patch)).toEqual({
      values: { k1: 4, k2: null, k3: 5 },
      comments: { k1: "Catatan", k2: null, k3: "x" },
      overallComment: "Umum",
    });
  });

  it("keeps what was edited again while a save was in flight", () => {
    const sent = { "v:k1": 4, "c:k1": "a" };
    const pending = { "v:k1": 5, "c:k1": "a", "v:k2": 1 };
    expect(acknowledgeScores(pending, sent)).toEqual({ "v:k1": 5, "v:k2": 1 });
    expect(withoutKeys(pending, ["v:k1"])).toEqual({ "c:k1": "a", "v:k2": 1 });
  });

  it("finds the criteria where my edits and the stored review disagree", () => {
    const server = { values: { k1: 4, k2: 7 }, comments: { k1: null }, overallComment: "" };
    const mine = { "v:k1": 4, "v:k2": 8, "c:k1": "", "v:k3": null, overall: "Baru" };
    expect(conflictingKeys(mine, server).sort()).toEqual(["overall", "v:k2"]);
  });

  it("parses typed values, with a comma as decimal point", () => {
    expect(parseScoreInput("")).toEqual({ ok: true, value: null });
    expect(parseScoreInput(" 7 ")).toEqual({ ok: true, value: 7 });
    expect(parseScoreInput("7,5")).toEqual({ ok: true, value: 7.5 });
    expect(parseScoreInput("-1")).toEqual({ ok: true, value: -1 });
    expect(parseScoreInput("7a")).toEqual({ ok: false });
    expect(parseScoreInput("1e3")).toEqual({ ok: false });
  });
});
