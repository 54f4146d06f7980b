import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeRanking } from "../index";
import type { RankingOutput } from "../types";
import { formatTable, noteText, rankingJson, rankingJsonChunks } from "./format";
import { toEngineInput, type RankingExport } from "./schema";

const sample = (): RankingExport =>
  JSON.parse(
    readFileSync(new URL("./fixtures/sample-export.json", import.meta.url), "utf8"),
  ) as RankingExport;
const rank = (f: RankingExport) => computeRanking(toEngineInput(f));

describe("rankingJson", () => {
  it("sorts keys at every level, keeps array order, indents by 2 and ends with a newline", () => {
    const text = rankingJson({
      b: 1,
      a: { d: [3, { z: 1, y: null }], c: undefined },
    } as unknown as RankingOutput);
    expect(text).toBe(
      '{\n  "a": {\n    "d": [\n      3,\n      {\n        "y": null,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it("uses code-unit key order and keeps a __proto__ key as data", () => {
    const obj = JSON.parse('{"b":1,"B":2,"__proto__":{"x":1},"a":3}') as RankingOutput;
    expect(rankingJson(obj)).toBe(
      '{\n  "B": 2,\n  "__proto__": {\n    "x": 1\n  },\n  "a": 3,\n  "b": 1\n}\n',
    );
  });

  it("is the same for the same ranking, whatever the order of the input", () => {
    const f = sample();
    const shuffled: RankingExport = {
      ...f,
      entries: [...f.entries].reverse(),
      reviews: [...f.reviews].reverse(),
    };
    expect(rankingJson(rank(shuffled))).toBe(rankingJson(rank(f)));
    expect(JSON.parse(rankingJson(rank(f)))).toEqual(JSON.parse(JSON.stringify(rank(f))));
  });
});

describe("rankingJsonChunks", () => {
  /** The layout of one JSON.stringify over a key-sorted copy: what the pieces must add up to, byte for byte. */
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;

  it("adds up to exactly one JSON.stringify of the sorted ranking, whatever the overrides", () => {
    const f = sample();
    f.competition.shortlistSize = 5;
    f.overrides = [{ entryId: "e2", kind: "MOVE", targetRank: 1, reason: "Keputusan\ndewan juri" }];
    for (const out of [rank(sample()), rank(f)]) {
      const whole = `${JSON.stringify(sorted(out), null, 2)}\n`;
      expect([...rankingJsonChunks(out)].join("")).toBe(whole);
      expect(rankingJson(out)).toBe(whole);
    }
  });

  it("gives no piece larger than one entry", () => {
    const out = rank(sample());
    const largest = Math.max(
      ...Object.values(out.explanations).map((e) => JSON.stringify(e, null, 2).length),
    );
    for (const piece of rankingJsonChunks(out)) expect(piece.length).toBeLessThanOrEqual(2 * largest);
  });

  it("writes empty members as [] and {}, and leaves the explanations out on request", () => {
    const out = { ...rank(sample()), shortlistNotes: [], explanations: {} };
    expect(rankingJson(out)).toContain('"explanations": {},\n  "final": [');
    expect(rankingJson(out)).toContain('"shortlistNotes": [],\n  "stageScores": [');
    const lean = JSON.parse(rankingJson(rank(sample()), { explanations: false })) as Record<string, unknown>;
    expect(Object.keys(lean)).toEqual([
      "desk",
      "final",
      "overrideNotes",
      "quotas",
      "shortlist",
      "shortlistNotes",
      "stageScores",
    ]);
  });
});

describe("formatTable", () => {
  it("prints a fixed-width table of the sample with 2-decimal scores", () => {
    expect(formatTable(sample(), rank(sample()))).toBe(
      [
        "Kompetisi Inovasi Daerah 2026 (2026) — Kabupaten Lestari Jaya",
        "Exported 2026-09-01T03:00:00.000Z · passing grade 70.00 · shortlist 3 · MEAN · 5 entries · 21 reviews",
        "",
        "Rank  Desk#  Entry                                     OPD          Category    Desk  Final  Status               Tie-break",
        "----  -----  ----------------------------------------  -----------  ---------  -----  -----  -------------------  ------------",
        "   1      2  Bank Sampah Digital                       DLH          UMUM       78.52  79.96  RANKED",
        "   2      1  Perizinan Kilat Satu Hari                 DPMPTSP      UMUM       85.00  78.25  RANKED",
        "   3      4  Dukcapil Jemput Bola Desa (JEBOL)         DISDUKCAPIL  REPLIKASI  72.96  72.74  RANKED",
        "   -      3  SIGAP Bumil: Sistem Informasi Gawat Dar…  DINKES       UMUM       78.52      -  NOT_SHORTLISTED      SUBMITTED_AT",
        "   -      5  Ojek Sehat Lansia                         DINSOS       UMUM       59.26      -  BELOW_PASSING_GRADE",
        "",
        "Notes:",
        "- Perizinan Kilat Satu Hari [e5]: DESK review by Penilai 2 not counted (MISSING_REQUIRED: D2)",
        "",
        "Rank = final rank, Desk# = desk rank; Tie-break = rule that separated tied totals (final ranking for shortlisted",
        "entries, desk ranking otherwise). Scores are rounded to 2 decimals for display; use the JSON output to compare.",
        "",
      ].join("\n"),
    );
  });

  it("shows overrides, disqualifications, incomplete entries and shortlist notes", () => {
    const f = sample();
    f.competition.shortlistSize = 5;
    f.overrides = [
      { entryId: "e2", kind: "MOVE", targetRank: 1, reason: "Keputusan dewan juri" },
      { entryId: "e5", kind: "DISQUALIFY", reason: "Data manfaat tidak benar" },
    ];
    const out = rank(f);
    const lines = formatTable(f, out).split("\n");
    const row = (title: string) =>
      lines
        .find((l) => l.includes(title))
        ?.trim()
        .replace(/ +/g, " ");
    expect(row("JEBOL")).toBe(
      "1 4 Dukcapil Jemput Bola Desa (JEBOL) DISDUKCAPIL REPLIKASI 72.96 72.74 RANKED",
    );
    expect(row("Bank Sampah")).toBe("2 2 Bank Sampah Digital DLH UMUM 78.52 79.96 RANKED");
    expect(row("Perizinan")).toBe("- 1 Perizinan Kilat Satu Hari DPMPTSP UMUM 85.00 78.25 DISQUALIFIED");
    expect(row("SIGAP")).toBe("- 3 SIGAP Bumil: Sistem Informasi Gawat Dar… DINKES UMUM 78.52 - INCOMPLETE");
    expect(out.shortlistNotes.length).toBeGreaterThan(0);
    expect(lines).toEqual(
      expect.arrayContaining([
        ...out.shortlistNotes.map((n) => `- shortlist: ${noteText(n)}`),
        "- Dukcapil Jemput Bola Desa (JEBOL) [e2]: moved by the jury from rank 3 to 1: Keputusan dewan juri",
        "- Perizinan Kilat Satu Hari [e5]: disqualified: Data manfaat tidak benar",
        "- SIGAP Bumil: Sistem Informasi Gawat Dar… [e1]: No complete PRESENTATION reviews.",
      ]),
    );
  });

  it("prints the engine's notes in English for the command line", () => {
    expect(
      noteText({ code: "QUOTA_UNFILLED", params: { category: "B", quota: 2, passing: 1, unfilled: 1 } }),
    ).toBe(
      "The quota of category B (2) could not be filled: only 1 entry reached the passing grade; 1 place goes to the best remaining passing entries.",
    );
    expect(noteText({ code: "IGNORED_NOT_SHORTLISTED", params: { entryId: "d", kind: "DISQUALIFY" } })).toBe(
      'DISQUALIFY of "d" ignored: the entry is not shortlisted.',
    );
  });

  it("pads by characters, not bytes, and shows a missing title as the entry id", () => {
    const f = sample();
    f.entries[3]!.title = "Ojek Sehat — Lansia Ceria";
    f.entries[4]!.title = "";
    const lines = formatTable(f, rank(f)).split("\n");
    const header = lines[3]!;
    const ojek = lines.find((l) => l.includes("Ojek Sehat — Lansia Ceria"))!;
    expect(ojek.indexOf("DINSOS")).toBe(header.indexOf("OPD"));
    expect(lines.some((l) => /^ +2 +1 +e5 +DPMPTSP/.test(l))).toBe(true);
  });
});
