import { describe, expect, it } from "vitest";
import { conflictSchema, reopenSchema, saveScoresSchema, submitSchema } from "./schemas";

describe("review action schemas", () => {
  it("accepts an autosave patch and defaults the missing maps", () => {
    const r = saveScoresSchema.safeParse({ assignmentId: "a1", revision: "3", values: { c1: 4, c2: null } });
    expect(r.success && r.data).toEqual({
      assignmentId: "a1",
      revision: 3,
      values: { c1: 4, c2: null },
      comments: {},
    });
  });

  it("refuses non-numbers, infinite values and a revision below 1", () => {
    const bad = saveScoresSchema.safeParse({
      assignmentId: "a1",
      revision: 0,
      values: { c1: "7", c2: Number.POSITIVE_INFINITY },
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    const paths = bad.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["revision", "values.c1", "values.c2"]));
    expect(bad.error.issues.find((i) => i.path.join(".") === "values.c1")?.message).toBe(
      "reviews.errors.notANumber",
    );
  });

  it("caps the number of criteria in one save", () => {
    const values = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`c${i}`, 1]));
    expect(saveScoresSchema.safeParse({ assignmentId: "a1", revision: 1, values }).success).toBe(false);
  });

  it("requires a note for a conflict and a reason to reopen", () => {
    expect(conflictSchema.safeParse({ assignmentId: "a1", note: "   " }).error?.issues[0]?.message).toBe(
      "reviews.errors.noteRequired",
    );
    expect(reopenSchema.safeParse({ assignmentId: "a1", reason: "" }).error?.issues[0]?.message).toBe(
      "reviews.errors.reasonRequired",
    );
    expect(reopenSchema.safeParse({ assignmentId: "a1", reason: " Salah ketik " }).data?.reason).toBe(
      "Salah ketik",
    );
    expect(submitSchema.safeParse({ assignmentId: "", revision: 1 }).success).toBe(false);
  });
});

describe("bounds", () => {
  it("refuses a score or revision no column can hold, with a message, and text with control characters", () => {
    const r = saveScoresSchema.safeParse({
      assignmentId: "a1",
      revision: "1e300",
      values: { c1: 1e300, c2: -1e300 },
      comments: { c1: "baik\u0000" },
      overallComment: "\u007f",
    });
    expect(r.success).toBe(false);
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      revision: "validation.outOfRange",
      "values.c1": "validation.outOfRange",
      "values.c2": "validation.outOfRange",
      "comments.c1": "validation.controlChars",
      overallComment: "validation.controlChars",
    });
  });
});
