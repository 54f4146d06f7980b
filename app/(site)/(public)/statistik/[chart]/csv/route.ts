import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { portalRegion as portalProfile } from "@/lib/region/current";
import { getStatistics, portalRegion } from "@/lib/statistics/queries";
import { isChartId, statisticsCsv, statisticsTables, type Translate } from "@/lib/statistics/tables";

/** The data of one chart of the public statistics page, as the table beside the chart shows it. */
export async function GET(_request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  if (!isChartId(chart)) return new Response("Not found", { status: 404 });
  const [t, region, profile] = await Promise.all([getTranslations(), portalRegion(db), portalProfile()]);
  if (!region) return new Response("Not found", { status: 404 });
  const tables = statisticsTables(await getStatistics(db, region.id), t as unknown as Translate);
  const { body, filename } = statisticsCsv(tables, chart, new Date(), profile?.timeZone);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
