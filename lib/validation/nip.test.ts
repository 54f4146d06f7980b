import { describe, expect, it } from "vitest";
import { formatNip, nip, nipProblem, normalizeNip, optionalNip, parseNip } from "./nip";

const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.message);

describe("nip", () => {
  it("accepts a NIP as people write it and keeps the 18 digits", () => {
    for (const written of [
      "19850101 201001 1 005",
      "198501012010011005",
      " 19850101.201001.1.005 ",
      "19850101-201001-1-005",
      "19850101\u00a0201001 1 005",
    ])
      expect(nip().parse(written)).toBe("198501012010011005");
  });

  it("refuses what is not 18 digits with the Indonesian message key", () => {
    for (const bad of ["123", "19850101 201001 1 00", "1985010120100110051", "19850101201001100X"])
      expect(issues(nip().safeParse(bad))).toEqual(["validation.nip"]);
    expect(issues(nip().safeParse(""))).toEqual(["validation.required"]);
    expect(issues(nip().safeParse(42))).toEqual(["validation.nip"]);
  });

  it("refuses 18 digits that break the NIP's structure", () => {
    for (const bad of [
      "198502302010011005", // 30 February
      "198501012010131005", // month 13 of appointment
      "198501012010011000", // sequence 000
      "198501012010013005", // sex digit 3
      "198501011995011005", // appointed at 10
    ])
      expect(nipProblem(bad)).toBe("validation.nipStructure");
    expect(nipProblem("197505052000031002")).toBeNull();
    expect(nipProblem("199001012015032003")).toBeNull();
  });

  it("optional: blank or absent is null, anything else is checked", () => {
    const s = optionalNip();
    expect(s.parse(undefined)).toBeNull();
    expect(s.parse("   ")).toBeNull();
    expect(s.parse("19800101 200501 1 001")).toBe("198001012005011001");
    expect(issues(s.safeParse("12345"))).toEqual(["validation.nip"]);
  });

  it("normalizes and formats back into the usual groups", () => {
    expect(normalizeNip("1985 0101-2010.01 1 005")).toBe("198501012010011005");
    expect(formatNip("198501012010011005")).toBe("19850101 201001 1 005");
    expect(formatNip("12")).toBe("12");
  });
});

describe("parseNip", () => {
  it.each([
    ["198501012010011005", "198501012010011005"],
    ["19850101 201001 1 005", "198501012010011005"],
    ["19850101.201001.2.005", "198501012010012005"],
    ["  19920229 201503 2 001 ", "199202292015032001"],
  ])("accepts %j", (input, expected) => {
    expect(parseNip(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["12345", "too short"],
    ["1985010120100110051", "too long"],
    ["198513012010011005", "month 13"],
    ["199302292015032001", "29 February of a common year"],
    ["198501011990011005", "appointed before birth"],
    ["18500101 190001 1 005", "born before 1900"],
    ["19850101/201001/1/005", "slashes"],
  ])("refuses %j (%s)", (input) => {
    expect(parseNip(input)).toBeNull();
  });
});
