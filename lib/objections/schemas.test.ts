import { describe, expect, it } from "vitest";
import { newReference, REFERENCE_PATTERN } from "./rules/reference";
import {
  decideObjectionSchema,
  fileObjectionSchema,
  HONEYPOT_FIELD,
  isBot,
  normaliseContact,
} from "./schemas";

const REASON = "Inovasi ini sudah berjalan di kabupaten lain sejak 2019 dan bukan karya OPD pengusul.";
const valid = {
  competitionId: "comp1",
  entryId: "entry1",
  name: "Budi Santoso",
  contact: "budi@example.id",
  reason: REASON,
};

const messages = (input: unknown) => {
  const r = fileObjectionSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("contact", () => {
  it.each([
    ["budi@example.id", "budi@example.id"],
    ["  Budi.S@Mail.Co.ID ", "budi.s@mail.co.id"],
    ["081234567890", "081234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["62812345678", "62812345678"],
    ["(021) 5551234", "0215551234"],
    ["0274 512345", "0274512345"],
  ])("accepts %s", (raw, normalised) => {
    expect(normaliseContact(raw)).toBe(normalised);
  });

  it.each([
    "budi",
    "budi@",
    "@example.id",
    "budi@example",
    "12345",
    "0812",
    "+1 415 555 0100",
    "0012345678",
    "08123456789012345",
    "08x2345678",
    "081234567890; DROP",
  ])("refuses %s", (raw) => {
    expect(normaliseContact(raw)).toBeNull();
    expect(messages({ ...valid, contact: raw }).contact).toBe("objections.validation.contact");
  });

  it("is required, as is the name", () => {
    expect(messages({ ...valid, contact: "  ", name: "" })).toMatchObject({
      contact: "validation.required",
      name: "validation.required",
    });
  });
});

describe("reason", () => {
  it("needs 30 to 4000 characters, counted after trimming and as code points", () => {
    expect(messages({ ...valid, reason: "x".repeat(29) }).reason).toBe("objections.validation.reasonShort");
    expect(messages({ ...valid, reason: `   ${"x".repeat(29)}   ` }).reason).toBe(
      "objections.validation.reasonShort",
    );
    expect(messages({ ...valid, reason: "x".repeat(30) }).reason).toBeUndefined();
    expect(messages({ ...valid, reason: "é".repeat(4000) }).reason).toBeUndefined();
    // Emoji are two UTF-16 units but one character each.
    expect(messages({ ...valid, reason: "😀".repeat(2500) }).reason).toBeUndefined();
    expect(messages({ ...valid, reason: "x".repeat(4001) }).reason).toBe("objections.validation.reasonLong");
    expect(messages({ ...valid, reason: "" }).reason).toBe("validation.required");
  });

  it("reports every bad field at once", () => {
    expect(
      Object.keys(messages({ competitionId: "a/b", entryId: "", name: "", contact: "x", reason: "" })).sort(),
    ).toEqual(["competitionId", "contact", "entryId", "name", "reason"]);
  });
});

describe("honeypot", () => {
  it("an empty or missing honeypot is a person", () => {
    expect(isBot(valid)).toBe(false);
    expect(isBot({ ...valid, [HONEYPOT_FIELD]: "" })).toBe(false);
    expect(isBot({ ...valid, [HONEYPOT_FIELD]: "   " })).toBe(false);
  });
  it("anything typed into it is a bot, and the schema itself does not refuse it (no hint to the bot)", () => {
    const bot = { ...valid, [HONEYPOT_FIELD]: "http://spam.example" };
    expect(isBot(bot)).toBe(true);
    expect(fileObjectionSchema.safeParse(bot).success).toBe(true);
  });
});

describe("decision", () => {
  const base = { objectionId: "obj1", outcome: "DISMISS", reason: "Dokumen pendukung tidak relevan." };
  it("needs a written reason of at least 10 characters", () => {
    expect(decideObjectionSchema.safeParse(base).success).toBe(true);
    const r = decideObjectionSchema.safeParse({ ...base, reason: "tidak" });
    expect(r.success ? null : r.error.issues[0]?.message).toBe("objections.validation.decisionShort");
  });
  it("refuses an unknown outcome", () => {
    expect(decideObjectionSchema.safeParse({ ...base, outcome: "MAYBE" }).success).toBe(false);
  });
  it("a disqualification must be confirmed", () => {
    const r = decideObjectionSchema.safeParse({ ...base, outcome: "DISQUALIFY" });
    expect(r.success ? null : r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["confirmDisqualify", "objections.validation.confirmDisqualify"],
    ]);
    expect(
      decideObjectionSchema.safeParse({ ...base, outcome: "DISQUALIFY", confirmDisqualify: "on" }).success,
    ).toBe(true);
  });
});

describe("reference", () => {
  it("looks like SGH-7K2M9Q, without ambiguous characters", () => {
    const refs = Array.from({ length: 500 }, newReference);
    for (const r of refs) expect(r).toMatch(REFERENCE_PATTERN);
    expect(refs.join("")).not.toMatch(/[01OIL]/);
    expect(new Set(refs).size).toBeGreaterThan(495);
  });
});

describe("control characters and sizes", () => {
  it("refuses a NUL, DEL or invalid UTF-8 in the name, contact or reason, each with its own message", () => {
    expect(
      messages({
        ...valid,
        name: "Budi\u0000",
        contact: "budi@example.id\u007f",
        reason: `${REASON}\ufffd`,
      }),
    ).toEqual({
      name: "validation.controlChars",
      contact: "validation.controlChars",
      reason: "validation.controlChars",
    });
    expect(
      decideObjectionSchema.safeParse({
        objectionId: "o1",
        outcome: "DISMISS",
        reason: "Ditolak\u0000 karena",
      }).error?.issues[0]?.message,
    ).toBe("validation.controlChars");
  });

  it("refuses a megabyte of reason as too long, without counting it character by character", () => {
    expect(messages({ ...valid, reason: "a".repeat(1 << 20) })).toEqual({
      reason: "objections.validation.reasonLong",
    });
  });
});
