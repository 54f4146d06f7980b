import { describe, expect, it } from "vitest";
import { unflatten } from "./unflatten";

describe("unflatten", () => {
  it("builds nested objects and arrays from dotted form names", () => {
    expect(
      unflatten({
        name: "Lomba",
        "categories.0.code": "UMUM",
        "categories.0.quota": "7",
        "categories.2.code": "REPLIKASI",
        "stageWeights.DESK.weight": "70",
        "stageWeights.FIELD_VERIFICATION.passFail": "on",
      }),
    ).toEqual({
      name: "Lomba",
      categories: [{ code: "UMUM", quota: "7" }, { code: "REPLIKASI" }],
      stageWeights: { DESK: { weight: "70" }, FIELD_VERIFICATION: { passFail: "on" } },
    });
  });
});
