import { describe, expect, it } from "vitest";
import { nipSchema, normalizeNip, optionalNipSchema } from "./nip";

describe("normalizeNip", () => {
  it.each([
    ["198501012010011005", "198501012010011005"],
    ["19850101 201001 1 005", "198501012010011005"],
    ["19850101.201001.2.005", "198501012010012005"],
    ["19850101-201001-1-005", "198501012010011005"],
    ["  19920229 201503 2 001 ", "199202292015032001"],
  ])("accepts %j", (input, expected) => {
    expect(normalizeNip(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["12345", "too short"],
    ["1985010120100110051", "too long"],
    ["19850101201001100A", "a letter"],
    ["198513012010011005", "month 13"],
    ["199302292015032001", "29 February of a common year"],
    ["198501012010131005", "appointment month 13"],
    ["198501012010013005", "gender digit 3"],
    ["198501011990011005", "appointed before birth"],
    ["18500101 190001 1 005", "born before 1900"],
    ["19850101/201001/1/005", "slashes"],
  ])("refuses %j (%s)", (input) => {
    expect(normalizeNip(input)).toBeNull();
  });
});

describe("nipSchema", () => {
  it("stores the 18 digits", () => {
    expect(nipSchema.parse("19850101 201001 1 005")).toBe("198501012010011005");
  });
  it("answers with the NIP message", () => {
    const r = nipSchema.safeParse("1985");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("validation.nip");
  });
  it("optional: blank is null, a bad one is refused", () => {
    expect(optionalNipSchema.parse("")).toBeNull();
    expect(optionalNipSchema.parse(undefined)).toBeNull();
    expect(optionalNipSchema.parse("19850101 201001 1 005")).toBe("198501012010011005");
    expect(optionalNipSchema.safeParse("123").success).toBe(false);
  });
});
