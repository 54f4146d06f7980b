import { describe, expect, it } from "vitest";
import en from "@/messages/en/ranking.json";
import id from "@/messages/id/ranking.json";
import { ENGINE_NOTE_CODES, noteMessage, tieBreakMessage } from "@/lib/scoring/notes";
import { FALLBACK_LABEL, tieBreakerLabel } from "@/lib/scoring/tiebreak";
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

describe("engine notes and tie-breaks", () => {
  const leaves = (t: Tree) => new Set(leafKeys(t));
  const look = {
    entry: (x: string) => x,
    stage: (x: string) => x,
    category: (x: string) => x,
    kind: (x: string) => x,
  };

  it("every note code the engine can emit has a message in Bahasa Indonesia and English", () => {
    for (const messages of [id, en]) {
      const keys = leaves(messages as Tree);
      expect(ENGINE_NOTE_CODES.filter((c) => !keys.has(`engine.${c}`))).toEqual([]);
    }
  });

  it("every tie-break rule the engine can name has a message in both languages", () => {
    const labels = [
      FALLBACK_LABEL,
      ...(["OBJECTIONS", "SUBMITTED_AT"] as const).map((kind) => tieBreakerLabel({ kind })),
      tieBreakerLabel({ kind: "STAGE", stage: "PRESENTATION" }),
      tieBreakerLabel({ kind: "CRITERION", stage: "DESK", code: "D4" }),
    ];
    for (const messages of [id, en]) {
      const keys = leaves(messages as Tree);
      for (const label of labels) {
        const m = tieBreakMessage(label, look);
        expect(m, label).not.toBeNull();
        expect(keys.has(m!.key), `${label} → ${m!.key}`).toBe(true);
      }
    }
  });

  it("no engine message is left in English on the Indonesian side", () => {
    const engine = (id as unknown as { engine: Record<string, string> }).engine;
    for (const text of Object.values(engine))
      expect(text.replace(/\{\w+/g, "")).not.toMatch(/\b(the|entry|entries|ignored|stage)\b/);
  });

  it("names entries, stages and categories instead of codes", () => {
    const m = noteMessage(
      { code: "IGNORED_NOT_PASSED", params: { entryId: "e1", kind: "SHORTLIST_ADD" } },
      { ...look, entry: () => "SIGAP Bumil", kind: () => "Ditambahkan ke daftar pendek" },
    );
    expect(m).toEqual({
      key: "engine.IGNORED_NOT_PASSED",
      params: {
        entryId: "e1",
        kind: "SHORTLIST_ADD",
        entry: "SIGAP Bumil",
        kindLabel: "Ditambahkan ke daftar pendek",
      },
    });
    expect(
      noteMessage(
        { code: "QUOTA_UNFILLED", params: { category: "UMUM", quota: 2, passing: 1, unfilled: 1 } },
        {
          ...look,
          category: () => "Umum",
        },
      ).params.category,
    ).toBe("Umum");
    expect(tieBreakMessage("CRITERION:DESK:D4", { stage: () => "Penilaian proposal" })).toEqual({
      key: "tieBreaks.CRITERION",
      params: { stage: "Penilaian proposal", code: "D4" },
    });
    expect(tieBreakMessage("SOMETHING_ELSE", look)).toBeNull();
  });
});
