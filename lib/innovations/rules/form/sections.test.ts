import { describe, expect, it } from "vitest";
import {
  DEFAULT_WORD_LIMITS,
  FIELDS,
  INNOVATION_FIELDS,
  SECTIONS,
  sectionOf,
  sectionsWithLimits,
  type InnovationDraft,
} from "./sections";

describe("SECTIONS", () => {
  it("lists the fifteen proposal sections in order", () => {
    expect(SECTIONS.map((s) => s.key)).toEqual([
      "identitas",
      "ringkasan",
      "masalah",
      "kebaruan",
      "strategi",
      "hasil",
      "transferabilitas",
      "sumberDaya",
      "keberlanjutan",
      "pemangku",
      "monev",
      "pembelajaran",
      "sdgs",
      "tautan",
      "dokumen",
    ]);
    expect(SECTIONS.at(-1)?.fields).toEqual([]);
  });

  it("names every field once", () => {
    expect(new Set(INNOVATION_FIELDS).size).toBe(INNOVATION_FIELDS.length);
    expect(INNOVATION_FIELDS).toHaveLength(32);
  });

  it("requires the classification, the core narratives and the SDGs before submission", () => {
    expect(FIELDS.filter((f) => f.requiredForSubmit).map((f) => f.name)).toEqual([
      "title",
      "bentuk",
      "jenis",
      "urusan",
      "inisiator",
      "tahapan",
      "summary",
      "problem",
      "novelty",
      "strategy",
      "results",
      "sdgs",
    ]);
  });

  it("gives every narrative, and only narratives, a word limit", () => {
    for (const f of FIELDS) {
      expect(f.wordLimit !== undefined, f.name).toBe(f.kind === "narrative");
    }
    expect(FIELDS.find((f) => f.name === "strategy")?.wordLimit).toBe(700);
    expect(FIELDS.find((f) => f.name === "monitoring")?.wordLimit).toBe(400);
  });

  it("gives enum fields their values", () => {
    expect(FIELDS.find((f) => f.name === "tahapan")?.enumValues).toEqual([
      "INISIATIF",
      "UJI_COBA",
      "PENERAPAN",
    ]);
  });

  it("finds the section of a field", () => {
    expect(sectionOf("budgetAmount")).toBe("sumberDaya");
    expect(sectionOf("isPublic")).toBe("identitas");
  });

  it("covers every key of InnovationDraft", () => {
    // A complete draft: if a field is added to the type but not to the layout, this fails (and tsc too).
    const full: Required<InnovationDraft> = {
      title: "", unitName: "", bentuk: "LAINNYA", jenis: "DIGITAL", urusan: "", inisiator: "ASN",
      inisiatorName: "", tahapan: "INISIATIF", trialStartDate: "", implementedDate: "", isPublic: false,
      summary: "", problem: "", novelty: "", strategy: "", results: "", conditionBefore: "",
      conditionAfter: "", beneficiariesCount: 0, beneficiaries: "", transferability: "", resources: "",
      budgetAmount: "0", budgetSource: "", sustainability: "", stakeholders: "", monitoring: "",
      lessonsLearned: "", sdgs: [], videoUrl: "", applicationUrl: "", otherLinks: [],
    }; // prettier-ignore
    expect([...INNOVATION_FIELDS].sort()).toEqual(Object.keys(full).sort());
  });
});

describe("sectionsWithLimits", () => {
  const limitOf = (sections: ReturnType<typeof sectionsWithLimits>, name: string) =>
    sections.flatMap((s) => s.fields).find((f) => f.name === name)?.wordLimit;

  it("applies valid overrides and keeps the defaults elsewhere", () => {
    const sections = sectionsWithLimits({ summary: 150, problem: 1000 });
    expect(limitOf(sections, "summary")).toBe(150);
    expect(limitOf(sections, "problem")).toBe(1000);
    expect(limitOf(sections, "novelty")).toBe(DEFAULT_WORD_LIMITS.novelty);
  });

  it("ignores nonsense overrides and unknown keys", () => {
    const overrides: Record<string, number> = { summary: 0, problem: -5, novelty: 2.5, title: 10 };
    const sections = sectionsWithLimits(overrides);
    expect(limitOf(sections, "summary")).toBe(300);
    expect(limitOf(sections, "problem")).toBe(500);
    expect(limitOf(sections, "novelty")).toBe(500);
    expect(limitOf(sections, "title")).toBeUndefined();
  });

  it("does not change the shared SECTIONS", () => {
    sectionsWithLimits({ summary: 10 });
    expect(limitOf(SECTIONS, "summary")).toBe(300);
  });
});
