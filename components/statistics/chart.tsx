"use client";

// The only module that imports Recharts; statistics-chart.tsx loads it with next/dynamic, so
// its JavaScript is fetched on the statistics page alone. The chart is decoration for sighted
// readers: the table beside it carries the same figures for everyone, so the SVG is hidden
// from assistive technology and takes no keyboard focus (no accessibility layer).
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  XAxis,
  YAxis,
} from "recharts";
import type { ChartSpec } from "@/lib/statistics/rules/tables";

const COLORS = ["#0b6446", "#b45309", "#1d4ed8", "#7c3aed", "#be123c", "#0e7490"];
const TICK = { fontSize: 12, fill: "#334155" };

export type ChartProps = { spec: ChartSpec; locale: string };

export default function Chart({ spec, locale }: ChartProps) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const format = (v: unknown) =>
    typeof v === "number" ? `${number.format(v)}${spec.percent ? " %" : ""}` : String(v ?? "");
  const common = { accessibilityLayer: false, responsive: true, data: spec.data } as const;
  const legend = spec.series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null;

  if (spec.kind === "pie") {
    return (
      <PieChart {...common} style={{ width: "100%", height: 260 }}>
        <Pie
          rootTabIndex={-1}
          data={spec.data}
          dataKey="s0"
          nameKey="label"
          outerRadius="65%"
          isAnimationActive={false}
          label={({ name, value }) => `${String(name)}: ${format(value)}`}
        >
          {spec.data.map((d, i) => (
            <Cell key={String(d.label)} fill={COLORS[i % COLORS.length]} />
          ))}
        </Pie>
      </PieChart>
    );
  }

  if (spec.kind === "line") {
    return (
      <LineChart
        {...common}
        style={{ width: "100%", height: 260 }}
        margin={{ top: 20, right: 24, bottom: 5, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={TICK} padding={{ left: 32, right: 32 }} />
        <YAxis tick={TICK} domain={spec.percent ? [0, 100] : [0, "auto"]} tickFormatter={format} width={56} />
        {spec.series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2}
            isAnimationActive={false}
          >
            <LabelList dataKey={s.key} position="top" formatter={format} style={TICK} />
          </Line>
        ))}
        {legend}
      </LineChart>
    );
  }

  if (spec.kind === "column") {
    return (
      <BarChart
        {...common}
        style={{ width: "100%", height: 260 }}
        margin={{ top: 20, right: 8, bottom: 5, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis tick={TICK} allowDecimals={false} width={40} />
        {spec.series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={COLORS[i % COLORS.length]}
            isAnimationActive={false}
          >
            <LabelList dataKey={s.key} position="top" formatter={format} style={TICK} />
          </Bar>
        ))}
        {legend}
      </BarChart>
    );
  }

  // Horizontal bars: long category names (urusan, OPD, competitions) read best down the side.
  const rowHeight = 36 * Math.max(1, spec.series.length);
  return (
    <BarChart
      {...common}
      layout="vertical"
      style={{ width: "100%", height: spec.data.length * rowHeight + 60 }}
      margin={{ top: 5, right: 32, bottom: 5, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={TICK} allowDecimals={false} />
      <YAxis type="category" dataKey="label" tick={TICK} width={130} interval={0} />
      {spec.series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={COLORS[i % COLORS.length]}
          isAnimationActive={false}
        >
          <LabelList dataKey={s.key} position="right" formatter={format} style={TICK} />
        </Bar>
      ))}
      {legend}
    </BarChart>
  );
}
