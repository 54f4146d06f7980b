import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import enForm from "@/messages/en/innovationForm.json";
import en from "@/messages/en/statistics.json";
import idForm from "@/messages/id/innovationForm.json";
import id from "@/messages/id/statistics.json";
import { CHART_IDS, chartSpec, isChartId, statisticsTables, type Statistics, type Translate } from "./tables";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

const stats: Statistics = {
  total: 2,
  perYear: [{ year: 2025, count: 2 }],
  perUrusan: [{ urusan: null, count: 2 }],
  perOpd: [{ shortName: "DINKES", name: "Dinas Kesehatan", count: 2 }],
  perJenis: [{ jenis: "DIGITAL", count: 2 }],
  perTahapan: [{ tahapan: "PENERAPAN", count: 2 }],
  perSdg: Array.from({ length: 17 }, (_, i) => ({ sdg: i + 1, count: i === 2 ? 2 : 0 })),
  compliance: [{ year: 2025, met: 1, total: 3, rate: 1 / 3 }],
  competitions: [{ name: "Lomba Inovasi 2025", year: 2025, participants: 4, winners: 0, published: false }],
};

describe("statistics tables", () => {
  it("both locales have the same statistics keys", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it.each([
    ["id", id, idForm],
    ["en", en, enForm],
  ] as const)("every label of every chart exists in %s", (locale, statistics, innovationForm) => {
    const t = createTranslator({
      locale,
      messages: { statistics, innovationForm },
      onError: (e) => {
        throw e;
      },
    });
    const tables = statisticsTables(stats, t as unknown as Translate);
    expect(tables.map((c) => c.id)).toEqual([...CHART_IDS]);
    for (const c of tables) for (const row of c.rows) expect(row).toHaveLength(c.columns.length);
  });

  it("labels missing values, years as text, unpublished winners as words in the table and 0 in the chart", () => {
    const t = createTranslator({
      locale: "id",
      messages: { statistics: id, innovationForm: idForm },
    }) as unknown as Translate;
    const tables = statisticsTables(stats, t);
    const byId = (x: string) => tables.find((c) => c.id === x)!;
    expect(byId("urusan").rows).toEqual([["Tidak diisi", 2]]);
    expect(byId("tahun").rows).toEqual([["2025", 2]]);
    expect(byId("kepatuhan").rows).toEqual([["2025", 1, 3, 33.3]]);
    expect(byId("kompetisi").rows).toEqual([["Lomba Inovasi 2025", "2025", 4, "Belum diumumkan"]]);
    // The name already carries its year, so the chart does not repeat it.
    expect(chartSpec(byId("kompetisi")).data).toEqual([{ label: "Lomba Inovasi 2025", s0: 4, s1: 0 }]);
    expect(chartSpec(byId("sdg")).data[2]).toEqual({ label: "SDG 3", s0: 2 });
  });

  it("only the eight chart ids are accepted by the CSV route", () => {
    expect(isChartId("kepatuhan")).toBe(true);
    expect(isChartId("constructor")).toBe(false);
    expect(isChartId("../admin")).toBe(false);
  });
});
