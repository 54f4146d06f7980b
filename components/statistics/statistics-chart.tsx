"use client";

import dynamic from "next/dynamic";
import type { ChartProps } from "./chart";

// Recharts is fetched only when this page renders a chart, never on other public pages, and
// only in the browser (it measures its container). The placeholder keeps the page from jumping.
const Chart = dynamic(() => import("./chart"), {
  ssr: false,
  loading: () => <div className="h-[260px] animate-pulse rounded bg-slate-100" />,
});

export function StatisticsChart(props: ChartProps) {
  return (
    // inert as well: whatever the library makes focusable stays out of the tab order.
    <div aria-hidden="true" inert className="min-w-0" data-chart>
      <Chart {...props} />
    </div>
  );
}
