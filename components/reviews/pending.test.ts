import { describe, expect, it } from "vitest";
import { flattenReview, unflattenReview } from "@/lib/reviews/rules/autosave";
import { applyPatch, commentKey, flatReview, OVERALL_KEY, parseScoreInput, valueKey } from "./pending";

describe("a review as autosave's flat fields", () => {
  it("maps a flat patch to the save input and back onto the form's values", () => {
    const patch = {
      [valueKey("k1")]: 4,
      [valueKey("k2")]: null,
      [commentKey("k1")]: "Catatan",
      [commentKey("k2")]: "",
      [OVERALL_KEY]: "Umum",
    };
    expect(unflattenReview(patch)).toEqual({
      values: { k1: 4, k2: null },
      comments: { k1: "Catatan", k2: null },
      overallComment: "Umum",
    });
    expect(unflattenReview({ [valueKey("k1")]: 2 })).toEqual({ values: { k1: 2 }, comments: {} });
    expect(flattenReview(unflattenReview(patch))).toEqual({ ...patch, [commentKey("k2")]: null });
    const base = { values: { k1: 1, k3: 5 }, comments: { k3: "x" }, overallComment: "Lama" };
    expect(applyPatch(base, patch)).toEqual({
      values: { k1: 4, k2: null, k3: 5 },
      comments: { k1: "Catatan", k2: null, k3: "x" },
      overallComment: "Umum",
    });
  });

  it("lists every criterion of the form, unscored ones as null", () => {
    expect(flatReview(["k1", "k2"], { values: { k1: 3 }, comments: {}, overallComment: "" })).toEqual({
      overall: "",
      "v:k1": 3,
      "c:k1": null,
      "v:k2": null,
      "c:k2": null,
    });
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
