import { describe, expect, it } from "vitest";
import { computeRanking } from "./index";
import { competition, DESK, entry, FIELD, PRESENTATION, SCORE, scored } from "./testkit";
import type { CompetitionInput } from "./types";

const VALID = competition({ entries: [entry("p")], reviews: [scored("p", "DESK", "e1", 70)] });

describe("input validation", () => {
  it.each<[string, Partial<CompetitionInput>, RegExp]>([
    [
      "scaleMax ≤ scaleMin",
      { stages: [{ ...DESK, criteria: [{ ...SCORE, scaleMin: 5, scaleMax: 5 }] }, PRESENTATION] },
      /criterion "S": scaleMax \(5\) must be greater than scaleMin \(5\)/,
    ],
    [
      "criterion weight ≤ 0",
      { stages: [{ ...DESK, criteria: [{ ...SCORE, weight: 0 }] }, PRESENTATION] },
      /criterion "S": weight must be > 0/,
    ],
    [
      "value outside the scale",
      { reviews: [scored("p", "DESK", "e1", 101)] },
      /value 101 for "S" is outside its scale 0–100/,
    ],
    [
      "unknown criterion code",
      { reviews: [{ entryId: "p", stage: "DESK", evaluatorId: "e1", values: { S: 1, T: 2 } }] },
      /unknown criterion code "T"/,
    ],
    ["duplicate entry ids", { entries: [entry("p"), entry("p")] }, /duplicate entry id "p"/],
    [
      "duplicate (entry, stage, evaluator) reviews",
      { reviews: [scored("p", "DESK", "e1", 70), scored("p", "DESK", "e1", 80)] },
      /duplicate review of entry "p" at stage "DESK" by "e1"/,
    ],
    ["review of an unknown entry", { reviews: [scored("q", "DESK", "e1", 70)] }, /unknown entry "q"/],
    ["review of an unknown stage", { reviews: [scored("p", "ORAL", "e1", 70)] }, /unknown stage "ORAL"/],
    [
      "quotas above the shortlist size",
      { shortlistSize: 1, categories: [{ code: "X", quota: 2 }] },
      /sum of category quotas \(2\) exceeds/,
    ],
    ["entry in an unknown category", { entries: [entry("p", { category: "Y" })] }, /unknown category "Y"/],
    ["bad submittedAt", { entries: [entry("p", { submittedAt: "kemarin" })] }, /invalid submittedAt/],
    // no zone: would depend on the server's time zone
    [
      "submittedAt without a zone",
      { entries: [entry("p", { submittedAt: "2025-03-01T08:00:00" })] },
      /invalid submittedAt/,
    ],
    ["missing desk stage", { deskStage: "SCREENING" }, /desk stage "SCREENING" is not among the stages/],
    ["pass/fail stage with a weight", { stages: [DESK, { ...FIELD, weight: 10 }] }, /cannot have a weight/],
    ["no weighted stage", { stages: [{ ...DESK, weight: 0 }] }, /at least one stage needs a weight > 0/],
    ["duplicate stage", { stages: [DESK, DESK] }, /duplicate stage "DESK"/],
    [
      "tie-breaker on an unknown criterion",
      { tieBreakers: [{ kind: "CRITERION", stage: "DESK", code: "Q" }] },
      /unknown criterion "Q" of stage "DESK"/,
    ],
    [
      "tie-breaker on a pass/fail stage",
      { stages: [DESK, FIELD], tieBreakers: [{ kind: "STAGE", stage: "FIELD_VERIFICATION" }] },
      /cannot use pass\/fail stage/,
    ],
    ["negative shortlist size", { shortlistSize: -1 }, /shortlistSize must be a non-negative integer/],
  ])("rejects %s", (_name, patch, message) => {
    expect(() => computeRanking({ ...VALID, ...patch })).toThrow(message);
  });

  it("accepts the valid baseline", () => {
    expect(computeRanking(VALID).final).toHaveLength(1);
  });

  it("prefixes every message so callers can tell input errors apart", () => {
    expect(() => computeRanking({ ...VALID, entries: [entry("p"), entry("p")] })).toThrow(
      /^Invalid scoring input: /,
    );
  });
});
