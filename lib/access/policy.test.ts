import { describe, expect, it } from "vitest";
import { ActionError } from "@/lib/action-types";
import { assertCan, can, PERMISSIONS, POLICY, rolesWith } from "./policy";

describe("the policy table", () => {
  it("grants only known permissions, each to at least one role", () => {
    const granted = new Set(Object.values(POLICY).flat());
    for (const p of granted) expect(PERMISSIONS).toContain(p);
    for (const p of PERMISSIONS) expect(granted.has(p), p).toBe(true);
  });

  it("keeps the secretariat's work from OPD staff and evaluators, and the OPD's from the secretariat", () => {
    expect(can({ role: "ADMIN" }, "competition.write")).toBe(true);
    expect(can({ role: "OPD_HEAD" }, "competition.write")).toBe(false);
    expect(can({ role: "EVALUATOR" }, "region.administer")).toBe(false);
    // The secretariat reads innovations but never edits an OPD's record.
    expect(can({ role: "ADMIN" }, "innovation.edit")).toBe(false);
    // Only the head approves; only an evaluator scores.
    expect(rolesWith("innovation.decide")).toEqual(["OPD_HEAD"]);
    expect(rolesWith("review.write")).toEqual(["EVALUATOR"]);
    expect(rolesWith("objection.answer").sort()).toEqual(["OPD_HEAD", "OPD_OPERATOR"]);
  });

  it("gives a province's hub what a secretariat has, and the hub's reading and managing to it alone", () => {
    for (const p of POLICY.ADMIN.filter((p) => p !== "competition.nominate")) {
      expect(can({ role: "HUB_ADMIN" }, p), p).toBe(true);
    }
    expect(rolesWith("hub.read")).toEqual(["HUB_ADMIN"]);
    expect(rolesWith("hub.manage")).toEqual(["HUB_ADMIN"]);
    // A province has no province above it to send winners to.
    expect(rolesWith("competition.nominate")).toEqual(["ADMIN"]);
    expect(can({ role: "HUB_ADMIN" }, "innovation.edit")).toBe(false);
  });

  it("refuses nobody-signed-in and throws the one forbidden message", () => {
    expect(can(null, "self.manage")).toBe(false);
    expect(() => assertCan({ role: "OPD_OPERATOR" }, "objection.decide")).toThrow(ActionError);
    expect(() => assertCan({ role: "OPD_OPERATOR" }, "objection.decide")).toThrow("errors.forbidden");
    expect(() => assertCan({ role: "ADMIN" }, "objection.decide")).not.toThrow();
  });
});
