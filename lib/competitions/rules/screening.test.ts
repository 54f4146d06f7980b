import { describe, expect, it } from "vitest";
import {
  decisionOfStatus,
  failingChecks,
  screeningContradiction,
  screeningProblems,
  screeningReasonRule,
  type Checklist,
} from "./screening";

const ALL: Checklist = { complete: true, implementedOneYear: true, oneTitle: true, documents: true };
const without = (...keys: (keyof Checklist)[]): Checklist =>
  Object.fromEntries(
    Object.entries(ALL).map(([k, v]) => [k, keys.includes(k as keyof Checklist) ? false : v]),
  ) as Checklist;

describe("failingChecks", () => {
  it("is empty when every check is ticked and nothing computed fails", () => {
    expect(failingChecks(ALL)).toEqual([]);
    expect(failingChecks(ALL, { implementedOneYear: true, documents: true })).toEqual([]);
  });
  it("lists unticked checks in checklist order", () => {
    expect(failingChecks(without("documents", "complete"))).toEqual(["complete", "documents"]);
  });
  it("counts a computed failure even when the secretariat ticked the box", () => {
    expect(failingChecks(ALL, { implementedOneYear: false })).toEqual(["implementedOneYear"]);
  });
  it("does not double-count a check both unticked and computed as failing", () => {
    expect(failingChecks(without("documents"), { documents: false })).toEqual(["documents"]);
  });
});

describe("screeningContradiction", () => {
  it("passing with every check passing is consistent", () => {
    expect(screeningContradiction("PASS", ALL)).toBeNull();
  });
  it("passing with one unticked check contradicts", () => {
    for (const key of Object.keys(ALL) as (keyof Checklist)[])
      expect(screeningContradiction("PASS", without(key))).toBe("PASS_WITH_FAILING_CHECK");
  });
  it("passing although the system computed 'not implemented for a year' contradicts", () => {
    expect(screeningContradiction("PASS", ALL, { implementedOneYear: false })).toBe(
      "PASS_WITH_FAILING_CHECK",
    );
  });
  it("passing although no document was found contradicts", () => {
    expect(screeningContradiction("PASS", ALL, { documents: false })).toBe("PASS_WITH_FAILING_CHECK");
  });
  it("failing with every check passing contradicts", () => {
    expect(screeningContradiction("FAIL", ALL)).toBe("FAIL_WITH_ALL_PASSING");
    expect(screeningContradiction("FAIL", ALL, { implementedOneYear: true, documents: true })).toBe(
      "FAIL_WITH_ALL_PASSING",
    );
  });
  it("failing with a failing check is consistent", () => {
    expect(screeningContradiction("FAIL", without("oneTitle"))).toBeNull();
    expect(screeningContradiction("FAIL", ALL, { implementedOneYear: false })).toBeNull();
  });
  it("returning for revision never contradicts", () => {
    expect(screeningContradiction("RETURN", ALL)).toBeNull();
    expect(screeningContradiction("RETURN", without("complete", "documents"))).toBeNull();
  });
});

describe("screeningReasonRule", () => {
  it("needs no reason to pass a clean entry for the first time", () => {
    expect(screeningReasonRule({ decision: "PASS", checklist: ALL })).toEqual({
      required: false,
      contradiction: null,
    });
  });
  it("needs a reason for a contradiction, naming it", () => {
    expect(screeningReasonRule({ decision: "PASS", checklist: without("documents") })).toEqual({
      required: true,
      because: "CONTRADICTION",
      contradiction: "PASS_WITH_FAILING_CHECK",
    });
    expect(screeningReasonRule({ decision: "FAIL", checklist: ALL })).toMatchObject({
      because: "CONTRADICTION",
      contradiction: "FAIL_WITH_ALL_PASSING",
    });
  });
  it("names the contradiction before the change when both apply", () => {
    expect(
      screeningReasonRule({
        decision: "PASS",
        checklist: ALL,
        computed: { documents: false },
        previous: "FAIL",
      }),
    ).toMatchObject({ because: "CONTRADICTION" });
  });
  it("needs a reason to change a decision", () => {
    expect(screeningReasonRule({ decision: "PASS", checklist: ALL, previous: "RETURN" })).toEqual({
      required: true,
      because: "CHANGE",
      contradiction: null,
    });
  });
  it("needs a reason to fail or return, which the OPD reads", () => {
    expect(screeningReasonRule({ decision: "FAIL", checklist: without("oneTitle") })).toMatchObject({
      because: "NOT_PASSED",
    });
    expect(screeningReasonRule({ decision: "RETURN", checklist: ALL })).toMatchObject({
      because: "NOT_PASSED",
    });
  });
});

describe("screeningProblems", () => {
  it("says 'required' on the reason when a required reason is empty or blank", () => {
    expect(screeningProblems({ decision: "FAIL", reason: "", checklist: ALL })).toEqual([
      { path: "reason", code: "validation.required" },
    ]);
    expect(screeningProblems({ decision: "PASS", reason: "  \n ", checklist: without("complete") })).toEqual([
      { path: "reason", code: "validation.required" },
    ]);
  });
  it("accepts a contradiction with a reason", () => {
    expect(screeningProblems({ decision: "FAIL", reason: "Judul ganda.", checklist: ALL })).toEqual([]);
  });
  it("accepts a clean pass without a reason", () => {
    expect(screeningProblems({ decision: "PASS", reason: "", checklist: ALL })).toEqual([]);
  });
  it("refuses a change without a reason", () => {
    expect(screeningProblems({ decision: "RETURN", reason: "", checklist: ALL, previous: "PASS" })).toEqual([
      { path: "reason", code: "validation.required" },
    ]);
  });
  it("refuses 'changing' to the decision already recorded", () => {
    expect(
      screeningProblems({ decision: "PASS", reason: "Sama saja.", checklist: ALL, previous: "PASS" }),
    ).toEqual([{ path: "decision", code: "competitions.screening.sameDecision" }]);
  });
});

describe("decisionOfStatus", () => {
  it("maps the screened statuses and nothing else", () => {
    expect(decisionOfStatus("SCREENED_PASS")).toBe("PASS");
    expect(decisionOfStatus("SCREENED_FAIL")).toBe("FAIL");
    expect(decisionOfStatus("RETURNED")).toBe("RETURN");
    expect(decisionOfStatus("REGISTERED")).toBeNull();
    expect(decisionOfStatus("SHORTLISTED")).toBeNull();
  });
});
