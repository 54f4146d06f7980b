import { describe, expect, it } from "vitest";
import { canonical, conflictingKeys, sameValue } from "./merge";

describe("comparing autosaved values", () => {
  it("treats every spelling of 'empty' alike and compares text trimmed", () => {
    for (const empty of [null, undefined, "", "  ", []]) expect(canonical(empty)).toBeNull();
    expect(sameValue(" Judul ", "Judul")).toBe(true);
    expect(sameValue([3, 5], [3, 5])).toBe(true);
    expect(sameValue([3, 5], [5, 3])).toBe(false);
    expect(sameValue(["https://a.go.id", " "], ["https://a.go.id"])).toBe(true);
    expect(sameValue(7.5, 7.5000001)).toBe(true);
    expect(sameValue(false, null)).toBe(false);
  });
});

describe("when an autosave is a conflict", () => {
  const base = { title: "Lama", summary: "Ringkasan lama" };

  it("is none when the stored value is still the base, whatever the revision says", () => {
    expect(
      conflictingKeys({
        stored: base,
        patch: { title: "Baru" },
        base: { title: "Lama" },
        sameRevision: false,
      }),
    ).toEqual([]);
  });

  it("is none when the server already holds the new value (the user's own save whose answer was lost)", () => {
    expect(
      conflictingKeys({
        stored: { ...base, title: "Baru" },
        patch: { title: "Baru" },
        base: { title: "Lama" },
        sameRevision: false,
      }),
    ).toEqual([]);
  });

  it("is none when the server holds a value this client sent but never heard back about", () => {
    expect(
      conflictingKeys({
        stored: { ...base, title: "Bar" },
        patch: { title: "Baru" },
        base: { title: "Lama" },
        unconfirmed: [{ title: "Ba" }, { title: "Bar" }],
        sameRevision: false,
      }),
    ).toEqual([]);
  });

  it("is none when another save changed a different field", () => {
    expect(
      conflictingKeys({
        stored: { ...base, summary: "Diubah orang lain" },
        patch: { title: "Baru" },
        base: { title: "Lama" },
        sameRevision: false,
      }),
    ).toEqual([]);
  });

  it("lists exactly the fields another save changed that the user changed too", () => {
    expect(
      conflictingKeys({
        stored: { title: "Judul orang lain", summary: "Ringkasan lama", problem: "Masalah orang lain" },
        patch: { title: "Baru", summary: "Ringkasan baru", problem: "Masalah orang lain" },
        base: { title: "Lama", summary: "Ringkasan lama", problem: null },
        sameRevision: false,
      }),
    ).toEqual(["title"]);
  });

  it("without a base, trusts an unchanged revision and otherwise asks", () => {
    const input = { stored: { title: "Lain" }, patch: { title: "Baru" }, base: {} };
    expect(conflictingKeys({ ...input, sameRevision: true })).toEqual([]);
    expect(conflictingKeys({ ...input, sameRevision: false })).toEqual(["title"]);
  });
});
