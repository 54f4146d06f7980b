// One table per chart, built from the query results: the page shows it as the chart's text
// alternative, the chart draws it, and the CSV route writes it. Pure, so all three agree.
import { toCsv } from "@/lib/files/csv";
import { DEFAULT_ZONE, todayIn, type RegionZone } from "@/lib/time/zones";
import type { JenisInovasi, Tahapan } from "@/lib/generated/prisma/enums";

/** Every figure of the statistics page, as the queries return them. */
export type Statistics = {
  total: number;
  perYear: { year: number; count: number }[];
  perUrusan: { urusan: string | null; count: number }[];
  perOpd: { shortName: string; name: string; count: number }[];
  perJenis: { jenis: JenisInovasi | null; count: number }[];
  perTahapan: { tahapan: Tahapan | null; count: number }[];
  /** All 17 goals, zero where no public innovation names the goal. */
  perSdg: { sdg: number; count: number }[];
  /** Satu OPD Satu Inovasi: share of the region's active OPDs that met the year (approved in it, or a winner). */
  compliance: { year: number; met: number; total: number; rate: number }[];
  competitions: { name: string; year: number; participants: number; winners: number; published: boolean }[];
};

export const CHART_IDS = [
  "tahun",
  "urusan",
  "opd",
  "jenis",
  "tahapan",
  "sdg",
  "kepatuhan",
  "kompetisi",
] as const;
type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

type ChartKind = "column" | "bar" | "pie" | "line";
/** Years are text, so no locale writes them with a thousands separator. */
export type Cell = string | number;

export type ChartTable = {
  id: ChartId;
  title: string;
  caption: string;
  /** How the figure is counted, where a reader could ask. */
  note?: string;
  kind: ChartKind;
  columns: string[];
  rows: Cell[][];
  /** The chart draws `label` on one axis and each `values` column as a series. */
  plot: { label: number; values: number[]; percent?: boolean };
};

/** A serialisable chart for the client component: rows of { label, s0, s1, … }. */
export type ChartSpec = {
  kind: ChartKind;
  series: { key: string; name: string }[];
  data: Record<string, Cell>[];
  percent: boolean;
};

/** A translator over the whole message tree (`getTranslations()` with no namespace). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const percent = (rate: number) => Math.round(rate * 1000) / 10;

export function statisticsTables(s: Statistics, t: Translate): ChartTable[] {
  const k = (key: string, values?: Record<string, string | number>) => t(`statistics.${key}`, values);
  const count = k("columns.count");
  const none = k("notFilled");
  return [
    {
      id: "tahun",
      title: k("charts.tahun.title"),
      caption: k("charts.tahun.caption"),
      kind: "column",
      columns: [k("columns.year"), count],
      rows: s.perYear.map((r) => [String(r.year), r.count]),
      plot: { label: 0, values: [1] },
    },
    {
      id: "urusan",
      title: k("charts.urusan.title"),
      caption: k("charts.urusan.caption"),
      kind: "bar",
      columns: [k("columns.urusan"), count],
      rows: s.perUrusan.map((r) => [r.urusan ?? none, r.count]),
      plot: { label: 0, values: [1] },
    },
    {
      id: "opd",
      title: k("charts.opd.title"),
      caption: k("charts.opd.caption"),
      kind: "bar",
      columns: [k("columns.opd"), k("columns.shortName"), count],
      rows: s.perOpd.map((r) => [r.name, r.shortName, r.count]),
      plot: { label: 1, values: [2] },
    },
    {
      id: "jenis",
      title: k("charts.jenis.title"),
      caption: k("charts.jenis.caption"),
      kind: "pie",
      columns: [k("columns.jenis"), count],
      rows: s.perJenis.map((r) => [r.jenis ? t(`innovationForm.enums.jenis.${r.jenis}`) : none, r.count]),
      plot: { label: 0, values: [1] },
    },
    {
      id: "tahapan",
      title: k("charts.tahapan.title"),
      caption: k("charts.tahapan.caption"),
      kind: "column",
      columns: [k("columns.tahapan"), count],
      rows: (s.total === 0 ? [] : s.perTahapan).map((r) => [
        r.tahapan ? t(`innovationForm.enums.tahapan.${r.tahapan}`) : none,
        r.count,
      ]),
      plot: { label: 0, values: [1] },
    },
    {
      id: "sdg",
      title: k("charts.sdg.title"),
      caption: k("charts.sdg.caption"),
      note: k("charts.sdg.note"),
      kind: "bar",
      columns: [k("columns.sdgNumber"), k("columns.sdgName"), count],
      // All 17 goals, so the goals no innovation serves show as gaps; empty only with no data.
      rows: s.total === 0 ? [] : s.perSdg.map((r) => [r.sdg, t(`innovationForm.sdgNames.${r.sdg}`), r.count]),
      plot: { label: 0, values: [2] },
    },
    {
      id: "kepatuhan",
      title: k("charts.kepatuhan.title"),
      caption: k("charts.kepatuhan.caption"),
      note: k("charts.kepatuhan.note"),
      kind: "line",
      columns: [k("columns.year"), k("columns.opdMet"), k("columns.opdActive"), k("columns.rate")],
      rows: s.compliance.map((r) => [String(r.year), r.met, r.total, percent(r.rate)]),
      plot: { label: 0, values: [3], percent: true },
    },
    {
      id: "kompetisi",
      title: k("charts.kompetisi.title"),
      caption: k("charts.kompetisi.caption"),
      note: k("charts.kompetisi.note"),
      kind: "bar",
      columns: [k("columns.competition"), k("columns.year"), k("columns.participants"), k("columns.winners")],
      rows: s.competitions.map((r) => [
        r.name,
        String(r.year),
        r.participants,
        r.published ? r.winners : k("notPublished"),
      ]),
      plot: { label: 0, values: [2, 3] },
    },
  ];
}

/** The chart's data: non-numeric cells (e.g. "not published yet") are drawn as 0. */
export function chartSpec(table: ChartTable): ChartSpec {
  const { plot } = table;
  const series = plot.values.map((c, i) => ({ key: `s${i}`, name: table.columns[c] ?? "" }));
  const data = table.rows.map((row) => {
    const label =
      table.id === "sdg"
        ? `SDG ${row[0]}`
        : table.id === "kompetisi"
          ? competitionLabel(String(row[0]), String(row[1]))
          : String(row[plot.label] ?? "");
    const point: Record<string, Cell> = { label };
    plot.values.forEach((c, i) => {
      const v = row[c];
      point[`s${i}`] = typeof v === "number" ? v : 0;
    });
    return point;
  });
  return { kind: table.kind, series, data, percent: Boolean(plot.percent) };
}

/** Names often carry their year already ("Lomba … 2026"); add it only where they do not. */
function competitionLabel(name: string, year: string) {
  return name.includes(year) ? name : `${name} ${year}`;
}

/** The chart's table as CSV (lib/files/csv: BOM, CRLF, formulas defused), named by chart and the date in the region's zone. */
export function statisticsCsv(
  tables: readonly ChartTable[],
  id: ChartId,
  now: Date,
  zone: RegionZone = DEFAULT_ZONE,
): { body: string; filename: string } {
  const table = tables.find((c) => c.id === id);
  if (!table) throw new Error(`unknown chart ${id}`);
  const day = todayIn(zone, now);
  return { body: toCsv(table.columns, table.rows), filename: `statistik-${id}-${day}.csv` };
}
