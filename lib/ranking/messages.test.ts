import { describe, expect, it } from "vitest";
import en from "@/messages/en/ranking.json";
import id from "@/messages/id/ranking.json";
import { SORT_KEYS } from "./rows";

type Tree = { [k: string]: string | Tree };
const leafKeys = (t: Tree, prefix = ""): string[] =>
  Object.entries(t).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  );

describe("ranking messages", () => {
  it("have the same keys in Bahasa Indonesia and English", () => {
    expect(leafKeys(en as Tree).sort()).toEqual(leafKeys(id as Tree).sort());
  });

  it("label every sortable column, shortlist route, status and override kind", () => {
    const keys = new Set(leafKeys(id as Tree));
    const needed = [
      ...SORT_KEYS.map((k) => `columns.${k}`),
      ...["QUOTA", "OPEN", "ADJUSTED"].map((v) => `via.${v}`),
      ...[
        "RANKED",
        "INCOMPLETE",
        "EXCLUDED",
        "DISQUALIFIED",
        "DESK_INCOMPLETE",
        "BELOW_PASSING_GRADE",
        "NOT_SHORTLISTED",
        "SHORTLISTED",
      ].map((s) => `status.${s}`),
      ...["MOVE", "DISQUALIFY", "SHORTLIST_ADD", "SHORTLIST_REMOVE"].map((k) => `overrideKinds.${k}`),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });
});
