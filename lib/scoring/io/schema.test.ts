import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeRanking } from "../index";
import { evaluatorLabels } from "./export";
import { JSON_SCHEMA_PATH, rankingInputJsonSchema } from "./json-schema";
import { parseRankingExport, toEngineInput, type RankingExport } from "./schema";
import { parseJsonStrict } from "./strict-json";

const SAMPLE_PATH = new URL("./fixtures/sample-export.json", import.meta.url);
const sample = (): RankingExport => JSON.parse(readFileSync(SAMPLE_PATH, "utf8")) as RankingExport;

/** Errors for a mutated copy of the sample. */
function errorsAfter(mutate: (f: Record<string, any>) => void): string[] {
  const f = sample() as unknown as Record<string, any>;
  mutate(f);
  const r = parseRankingExport(f);
  if (r.ok) throw new Error("expected the file to be rejected");
  return r.errors;
}

describe("docs/ranking-input.schema.json", () => {
  it("is exactly what the zod schema generates (regenerate with `npm run ranking -- --write-schema`)", () => {
    const committed: unknown = JSON.parse(readFileSync(JSON_SCHEMA_PATH, "utf8"));
    expect(
      committed,
      "docs/ranking-input.schema.json is stale: run `npm run ranking -- --write-schema`",
    ).toEqual(rankingInputJsonSchema());
  });

  it("documents the format, the anonymised evaluator label and the required fields", () => {
    const s = rankingInputJsonSchema() as { properties: Record<string, any>; required: string[] };
    expect(s.properties.format).toMatchObject({ const: "inovasi-daerah/ranking-input" });
    expect(s.properties.version).toMatchObject({ const: 1 });
    expect(s.required).toEqual([
      "format",
      "version",
      "competition",
      "stages",
      "categories",
      "entries",
      "reviews",
      "overrides",
    ]);
    expect(s.properties.reviews.items.properties.evaluator.pattern).toBe("^E\\d{2,}$");
    expect(s.properties.entries.items.additionalProperties).toBe(false);
  });
});

describe("parseRankingExport", () => {
  it("accepts the sample export", () => {
    const r = parseRankingExport(sample());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(sample());
  });

  it.each([
    ["wrong format", (f: any) => (f.format = "csv"), 'format: format must be "inovasi-daerah/ranking-input"'],
    [
      "future version",
      (f: any) => (f.version = 2),
      "version: version must be 1 (the only version this tool reads)",
    ],
    [
      "missing section",
      (f: any) => delete f.reviews,
      "reviews: Invalid input: expected array, received undefined",
    ],
    ["unknown key", (f: any) => (f.entries[0].nik = "3301"), 'entries[0]: Unrecognized key: "nik"'],
    [
      "date-time without zone",
      (f: any) => (f.entries[1].submittedAt = "2026-04-03T09:00:00"),
      'entries[1].submittedAt: submittedAt must be an ISO 8601 UTC date-time such as "2026-03-01T08:00:00.000Z"',
    ],
    [
      "evaluator e-mail",
      (f: any) => (f.reviews[0].evaluator = "penilai@inovasi.test"),
      'reviews[0].evaluator: evaluator must be an anonymised label such as "E01" (no ids, names or e-mails)',
    ],
    [
      "value out of scale",
      (f: any) => (f.reviews[0].values.D1 = 11),
      "reviews[0].values.D1: value 11 is outside the scale 1–10",
    ],
    [
      "text value",
      (f: any) => (f.reviews[0].values.D1 = "9"),
      "reviews[0].values.D1: Invalid input: expected number, received string",
    ],
    [
      "unknown criterion",
      (f: any) => (f.reviews[0].values.X9 = 5),
      'reviews[0].values.X9: unknown criterion "X9" of stage "DESK"',
    ],
    [
      "unknown entry",
      (f: any) => (f.reviews[0].entryId = "nope"),
      'reviews[0].entryId: unknown entry "nope"',
    ],
    ["unknown stage", (f: any) => (f.reviews[0].stage = "FIELD"), 'reviews[0].stage: unknown stage "FIELD"'],
    [
      "unknown category",
      (f: any) => (f.entries[0].category = "KHUSUS"),
      'entries[0].category: unknown category "KHUSUS"',
    ],
    [
      "duplicate review",
      (f: any) => f.reviews.push({ ...f.reviews[0] }),
      'reviews[21]: duplicate review of entry "e1" at DESK by E01',
    ],
    [
      "MOVE without target",
      (f: any) => (f.overrides = [{ entryId: "e1", kind: "MOVE", reason: "Keputusan juri" }]),
      "overrides[0].targetRank: Invalid input: expected number, received undefined",
    ],
    [
      "blank override reason",
      (f: any) => (f.overrides = [{ entryId: "e1", kind: "DISQUALIFY", reason: "  " }]),
      "overrides[0].reason: override reason must not be blank",
    ],
    [
      "tie-breaker on an unknown criterion",
      (f: any) => (f.competition.tieBreakers = [{ kind: "CRITERION", stage: "DESK", code: "D9" }]),
      'competition.tieBreakers[0].code: unknown criterion "D9" of stage "DESK"',
    ],
    [
      "desk stage missing",
      (f: any) => (f.competition.deskStage = "SCREENING"),
      'competition.deskStage: deskStage "SCREENING" must be a scored stage in "stages"',
    ],
  ])("rejects %s with a clear message", (_name, mutate, message) => {
    expect(errorsAfter(mutate)).toContain(message);
  });

  it("reports every problem at once, not only the first", () => {
    const errors = errorsAfter((f) => {
      f.entries[0].objectionsUpheld = 1.5;
      f.stages[0].criteria[0].weight = 0;
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        "entries[0].objectionsUpheld: objectionsUpheld must be a whole number",
        "stages[0].criteria[0].weight: criterion weight must be > 0",
      ]),
    );
  });

  it.each([
    [
      "a passing grade above 100",
      (f: any) => (f.competition.passingGrade = 150),
      "competition.passingGrade: passingGrade must be between 0 and 100",
    ],
    [
      "a negative passing grade",
      (f: any) => (f.competition.passingGrade = -5),
      "competition.passingGrade: passingGrade must be between 0 and 100",
    ],
    [
      "a negative stage weight",
      (f: any) => (f.stages[1].weight = -30),
      "stages[1].weight: stage weight must be between 0 and 1000000",
    ],
    [
      "a huge stage weight",
      (f: any) => (f.stages[0].weight = 1e300),
      "stages[0].weight: stage weight must be between 0 and 1000000",
    ],
    [
      "a huge criterion weight",
      (f: any) => (f.stages[0].criteria[0].weight = 1e300),
      "stages[0].criteria[0].weight: criterion weight must be ≤ 1000000",
    ],
    [
      "a scale beyond the bounds",
      (f: any) => (f.stages[0].criteria[0].scaleMin = -1e300),
      "stages[0].criteria[0].scaleMin: scaleMin must be between -1000000 and 1000000",
    ],
    [
      "a fractional year",
      (f: any) => (f.competition.year = 2026.5),
      "competition.year: year must be a whole number",
    ],
    [
      "a five-digit year",
      (f: any) => (f.competition.year = 20260),
      "competition.year: year must be between 1900 and 9999",
    ],
    ["a negative quota", (f: any) => (f.categories[0].quota = -1), "categories[0].quota: quota must be ≥ 0"],
    [
      "a negative shortlist size",
      (f: any) => (f.competition.shortlistSize = -3),
      "competition.shortlistSize: shortlistSize must be ≥ 0",
    ],
    [
      "a negative objection count",
      (f: any) => (f.entries[0].objectionsUpheld = -1),
      "entries[0].objectionsUpheld: objectionsUpheld must be ≥ 0",
    ],
    [
      "a target rank of 0",
      (f: any) => (f.overrides = [{ entryId: "e1", kind: "MOVE", targetRank: 0, reason: "x" }]),
      "overrides[0].targetRank: targetRank must be ≥ 1",
    ],
    [
      "values that are not an object",
      (f: any) => (f.reviews[0].values = [9, 8, 7]),
      "reviews[0].values: values must be an object of criterion code → value",
    ],
  ])("bounds every number: rejects %s", (_name, mutate, message) => {
    expect(errorsAfter(mutate)).toContain(message);
  });

  it("states the bounds in the JSON Schema too", () => {
    const s = rankingInputJsonSchema() as { properties: Record<string, any> };
    const c = s.properties.competition.properties;
    expect(c.passingGrade).toMatchObject({ minimum: 0, maximum: 100 });
    expect(c.year).toMatchObject({ type: "integer", minimum: 1900, maximum: 9999 });
    expect(c.shortlistSize).toMatchObject({ type: "integer", minimum: 0 });
    const stage = s.properties.stages.items.properties;
    expect(stage.weight).toMatchObject({ minimum: 0, maximum: 1_000_000 });
    const criterion = stage.criteria.items.properties;
    expect(criterion.weight).toMatchObject({ exclusiveMinimum: 0, maximum: 1_000_000 });
    expect(criterion.scaleMin).toMatchObject({ minimum: -1_000_000, maximum: 1_000_000 });
    expect(criterion.scaleMax).toMatchObject({ minimum: -1_000_000, maximum: 1_000_000 });
    expect(s.properties.categories.items.properties.quota.anyOf[0]).toMatchObject({
      type: "integer",
      minimum: 0,
    });
    expect(s.properties.entries.items.properties.objectionsUpheld).toMatchObject({
      type: "integer",
      minimum: 0,
    });
    expect(s.properties.reviews.items.properties.values).toMatchObject({
      type: "object",
      additionalProperties: { type: ["number", "null"] },
    });
  });

  it("keeps criterion codes such as __proto__ and constructor as data, and scores them", () => {
    // The sample with its optional desk criterion D3 renamed: every score must stay what it was.
    const renamed = (code: string) => {
      const r = parseRankingExport(
        parseJsonStrict(readFileSync(SAMPLE_PATH, "utf8").replaceAll('"D3"', `"${code}"`)),
      );
      if (!r.ok) throw new Error(r.errors.join("\n"));
      return r.value;
    };
    const expected = computeRanking(toEngineInput(sample())).desk;
    for (const code of ["__proto__", "constructor", "toString"]) {
      const file = renamed(code);
      expect(Object.getOwnPropertyDescriptor(file.reviews[0]!.values, code)?.value, code).toBe(7);
      expect(computeRanking(toEngineInput(file)).desk, code).toEqual(expected);
    }
  });

  it("refuses a __proto__ value for a criterion the stage does not have, instead of dropping it", () => {
    const f = parseJsonStrict(
      readFileSync(SAMPLE_PATH, "utf8").replace('"D1": 9,', '"D1": 9, "__proto__": 5,'),
    );
    const r = parseRankingExport(f);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'reviews[0].values.__proto__: unknown criterion "__proto__" of stage "DESK"',
      ]);
  });

  it("checks a __proto__ value like any other", () => {
    const f = parseJsonStrict(readFileSync(SAMPLE_PATH, "utf8").replaceAll('"D3"', '"__proto__"')) as any;
    Object.defineProperty(f.reviews[0].values, "__proto__", { value: "9", enumerable: true });
    const r = parseRankingExport(f);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        "reviews[0].values.__proto__: Invalid input: expected number, received string",
      ]);
  });

  it("rejects JSON that is not an object", () => {
    expect(parseRankingExport([])).toEqual({
      ok: false,
      errors: ["(root): Invalid input: expected object, received array"],
    });
  });
});

describe("toEngineInput", () => {
  it("maps the export to the engine input, evaluator labels becoming evaluator ids", () => {
    const input = toEngineInput(sample());
    expect(input).toMatchObject({
      passingGrade: 70,
      shortlistSize: 3,
      deskStage: "DESK",
      anonymize: true,
      overrides: [],
    });
    expect(input.entries[0]).toEqual({
      id: "e1",
      title: "SIGAP Bumil: Sistem Informasi Gawat Darurat Ibu Hamil",
      category: "UMUM",
      submittedAt: "2026-04-02T01:15:00.000Z",
      objectionsUpheld: 0,
    });
    expect(input.reviews[0]).toEqual({
      entryId: "e1",
      stage: "DESK",
      evaluatorId: "E01",
      values: { D1: 9, D2: 8, D3: 7 },
    });
    expect(input.categories).toEqual([
      { code: "REPLIKASI", quota: 1 },
      { code: "UMUM", quota: 2 },
    ]);
  });

  it("maps overrides and pass/fail verdicts", () => {
    const f = sample();
    f.overrides = [
      { entryId: "e2", kind: "MOVE", targetRank: 1, reason: "Keputusan dewan juri" },
      { entryId: "e4", kind: "DISQUALIFY", reason: "Plagiasi" },
    ];
    f.reviews[0] = { ...f.reviews[0]!, passed: true };
    const input = toEngineInput(f);
    expect(input.overrides).toEqual(f.overrides);
    expect(input.reviews[0]?.passed).toBe(true);
    expect(input.reviews[1]).not.toHaveProperty("passed");
  });

  it("reads shortlist adjustments beside a ranking override of the same entry", () => {
    const f = sample();
    f.overrides = [
      { entryId: "e2", kind: "SHORTLIST_ADD", reason: "Dampak luas" },
      { entryId: "e2", kind: "MOVE", targetRank: 1, reason: "Keputusan dewan juri" },
      { entryId: "e4", kind: "SHORTLIST_REMOVE", reason: "Dokumen tidak sah" },
    ];
    const r = parseRankingExport(f);
    expect(r.ok).toBe(true);
    expect(toEngineInput(f).overrides).toEqual(f.overrides);
  });

  it("rejects two shortlist adjustments of one entry, and a blank adjustment reason", () => {
    expect(
      errorsAfter((f) => {
        f.overrides = [
          { entryId: "e2", kind: "SHORTLIST_ADD", reason: "a" },
          { entryId: "e2", kind: "SHORTLIST_REMOVE", reason: "b" },
        ];
      }),
    ).toEqual(['overrides[1]: more than one shortlist adjustment for entry "e2"']);
    expect(
      errorsAfter((f) => {
        f.overrides = [{ entryId: "e2", kind: "SHORTLIST_ADD", reason: " " }];
      }),
    ).toEqual(["overrides[0].reason: override reason must not be blank"]);
  });

  it("gives the sample's documented ranking", () => {
    const out = computeRanking(toEngineInput(sample()));
    expect(out.shortlist).toEqual(["e5", "e3", "e2"]);
    expect(out.final.map((r) => [r.entryId, r.finalRank, r.status])).toEqual([
      ["e3", 1, "RANKED"],
      ["e5", 2, "RANKED"],
      ["e2", 3, "RANKED"],
    ]);
    // e1 and e3 tie on the desk; the earlier registration (e3) takes the last UMUM place.
    expect(out.desk.find((d) => d.entryId === "e1")).toMatchObject({
      deskRank: 3,
      shortlisted: false,
      tieBreak: "SUBMITTED_AT",
    });
  });
});

describe("evaluatorLabels", () => {
  it("numbers evaluators by ascending id, code-unit order, at least two digits", () => {
    expect([...evaluatorLabels(["cm_b", "cm_a", "cm_B", "cm_a"])]).toEqual([
      ["cm_B", "E01"],
      ["cm_a", "E02"],
      ["cm_b", "E03"],
    ]);
    const many = evaluatorLabels(Array.from({ length: 120 }, (_, i) => `u${String(i).padStart(3, "0")}`));
    expect(many.get("u000")).toBe("E001");
    expect(many.get("u119")).toBe("E120");
  });
});
