import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import coreEn from "@/messages/en.json";
import coreId from "@/messages/id.json";
import en from "@/messages/en/innovationForm.json";
import id from "@/messages/id/innovationForm.json";
import { SDGS } from "@/lib/reference";
import { MESSAGE_KEYS } from "@/lib/innovations/schemas";
import { SECTIONS } from "./sections";

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

// The typed translator only knows keys it can infer; these tests check keys built at run time.
type Translate = { (key: string, values?: Record<string, number>): string; has(key: string): boolean };
const translator = (locale: string, messages: Record<string, unknown>, namespace?: string) =>
  createTranslator({
    locale,
    messages,
    namespace,
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
const locales = { id: { core: coreId, form: id as Tree }, en: { core: coreEn, form: en as Tree } };

describe("innovationForm messages", () => {
  it("have the same keys in Bahasa Indonesia and English", () => {
    expect(leafKeys(en as Tree).sort()).toEqual(leafKeys(id as Tree).sort());
  });

  it.each(Object.entries(locales))("label every section, field and enum value (%s)", (_, { form }) => {
    const keys = new Set(leafKeys(form));
    const expected = SECTIONS.flatMap((section) => [
      `sections.${section.key}.title`,
      `sections.${section.key}.guidance`,
      ...section.fields.flatMap((field) => [
        `fields.${field.name}.label`,
        ...(field.enumValues ?? []).map((value) => `enums.${field.name}.${value}`),
      ]),
    ]);
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
    expect(SDGS.map((sdg) => `sdgNames.${sdg.number}`).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("name the SDGs as the reference data does", () => {
    expect(SDGS.map((sdg) => (id.sdgNames as Record<string, string>)[String(sdg.number)])).toEqual(
      SDGS.map((s) => s.name),
    );
  });

  it.each(Object.entries(locales))(
    "translate every validation key the schemas use (%s)",
    (locale, { core, form }) => {
      const t = translator(locale, { ...core, innovationForm: form });
      for (const key of Object.values(MESSAGE_KEYS)) {
        expect(t.has(key), key).toBe(true);
        // Callers translate issue messages without params, so none may need any.
        expect(() => t(key), key).not.toThrow();
      }
    },
  );

  it.each(Object.entries(locales))("format the ICU strings (%s)", (locale, { form }) => {
    const t = translator(locale, { innovationForm: form }, "innovationForm");
    expect(t("words.count", { count: 1250, limit: 300 })).toMatch(/1[.,]250 \/ 300 (kata|words)/);
    expect(t("words.remaining", { remaining: 1 })).toMatch(/1 (kata|word)\b/);
    expect(t("words.overLimit", { limit: 500 })).toContain("500");
    expect(t("implementationAge.duration", { years: 2, months: 0 })).not.toMatch(/bulan|month/);
    expect(t("implementationAge.duration", { years: 1, months: 3 })).toMatch(
      /1 (tahun|year) 3 (bulan|months)/,
    );
    expect(t("implementationAge.months", { months: 0 })).not.toContain("0");
  });
});
