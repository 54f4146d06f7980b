import { describe, expect, it } from "vitest";
import { ActionError } from "@/lib/action-types";
import { INVALID_FIELD_NAME, MAX_INDEX, unflatten } from "./unflatten";

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeKeys();

function refused(flat: Record<string, unknown>) {
  try {
    unflatten(flat);
  } catch (err) {
    return err instanceof ActionError ? err.message : `other: ${String(err)}`;
  }
  return "accepted";
}

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

  it.each([
    ["__proto__.polluted", "yes"],
    ["__proto__", "yes"],
    ["constructor.prototype.toString", "polluted"],
    ["constructor.prototype.polluted", "yes"],
    ["a.__proto__.polluted", "yes"],
    ["categories.0.__proto__.polluted", "yes"],
    ["categories.0.constructor.prototype.polluted", "yes"],
    ["prototype.polluted", "yes"],
  ])("refuses %s and leaves Object.prototype alone", (name, value) => {
    // Built with defineProperty, as a form's own field named __proto__ would arrive.
    const flat: Record<string, unknown> = {};
    Object.defineProperty(flat, name, { value, enumerable: true });
    expect(refused(flat)).toBe(INVALID_FIELD_NAME);
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
    expect(String({})).toBe("[object Object]");
  });

  it("refuses an index beyond a form's rows instead of allocating it", () => {
    expect(refused({ [`categories.${MAX_INDEX}.code`]: "X" })).toBe("accepted");
    expect(refused({ [`categories.${MAX_INDEX + 1}.code`]: "X" })).toBe(INVALID_FIELD_NAME);
    expect(refused({ "categories.4294967294.code": "X" })).toBe(INVALID_FIELD_NAME);
  });

  it("refuses a name used both as a value and as a parent, odd segments and deep names, never throwing a TypeError", () => {
    expect(refused({ a: "1", "a.b": "2" })).toBe(INVALID_FIELD_NAME);
    expect(refused({ "a.b": "2", a: "1" })).toBe(INVALID_FIELD_NAME);
    expect(refused({ "a..b": "1" })).toBe(INVALID_FIELD_NAME);
    expect(refused({ "a.b c": "1" })).toBe(INVALID_FIELD_NAME);
    expect(refused({ [Array.from({ length: 20 }, () => "a").join(".")]: "1" })).toBe(INVALID_FIELD_NAME);
  });

  it("keeps a value whose own key is a harmless word like toString as plain data", () => {
    const nested = unflatten({ "tieBreakers.0.toString": "x", "tieBreakers.0.kind": "STAGE" });
    expect(nested).toEqual({ tieBreakers: [{ toString: "x", kind: "STAGE" }] });
    expect(String({})).toBe("[object Object]");
  });
});
