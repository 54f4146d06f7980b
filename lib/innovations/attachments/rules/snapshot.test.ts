import { describe, expect, it } from "vitest";
import { diffDocuments, snapshotDocuments } from "./snapshot";

const doc = (id: string, visibility: "PUBLIC" | "INTERNAL", fileName = `${id}.pdf`) => ({
  id,
  fileName,
  kind: "SK",
  visibility,
  sha256: "a".repeat(64),
});

describe("snapshotDocuments", () => {
  it("reads the documents a version recorded", () => {
    expect(snapshotDocuments({ title: "x", attachments: [doc("a", "PUBLIC")] })).toEqual([
      doc("a", "PUBLIC"),
    ]);
  });

  it("gives none for a version without a list, and leaves out entries it cannot read", () => {
    expect(snapshotDocuments({ title: "x" })).toEqual([]);
    expect(snapshotDocuments(null)).toEqual([]);
    expect(snapshotDocuments("teks")).toEqual([]);
    expect(snapshotDocuments({ attachments: "bukan daftar" })).toEqual([]);
    expect(
      snapshotDocuments({
        attachments: [doc("a", "PUBLIC"), { id: "b", visibility: "RAHASIA" }, { visibility: "PUBLIC" }, 7],
      }),
    ).toEqual([doc("a", "PUBLIC")]);
  });
});

describe("diffDocuments", () => {
  it("lists documents added, removed and made public or internal between two versions", () => {
    const v1 = { attachments: [doc("a", "PUBLIC"), doc("b", "INTERNAL"), doc("c", "PUBLIC")] };
    const v2 = { attachments: [doc("a", "PUBLIC"), doc("b", "PUBLIC"), doc("d", "PUBLIC")] };
    expect(diffDocuments(v1, v2)).toEqual({
      added: [doc("d", "PUBLIC")],
      removed: [doc("c", "PUBLIC")],
      visibilityChanged: [{ ...doc("b", "PUBLIC"), before: "INTERNAL" }],
    });
  });

  it("finds nothing between equal versions, and everything against a version without documents", () => {
    const v = { attachments: [doc("a", "PUBLIC")] };
    expect(diffDocuments(v, v)).toEqual({ added: [], removed: [], visibilityChanged: [] });
    expect(diffDocuments({}, v)).toEqual({ added: [doc("a", "PUBLIC")], removed: [], visibilityChanged: [] });
  });
});
