import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { getStatistics, portalRegion } from "@/lib/statistics/queries";
import { isChartId, statisticsCsv, statisticsTables, type Translate } from "@/lib/statistics/tables";

/** The data of one chart of the public statistics page, as the table beside the chart shows it. */
export async function GET(_request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  if (!isChartId(chart)) return new Response("Not found", { status: 404 });
  const [t, region] = await Promise.all([getTranslations(), portalRegion(db)]);
  if (!region) return new Response("Not found", { status: 404 });
  const tables = statisticsTables(await getStatistics(db, region.id), t as unknown as Translate);
  const { body, filename } = statisticsCsv(tables, chart, new Date());
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
