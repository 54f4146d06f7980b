import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { chooseRegion } from "@/lib/region/queries/public";
import { getStatistics } from "@/lib/statistics/queries";
import { isChartId, statisticsCsv, statisticsTables, type Translate } from "@/lib/statistics/rules/tables";

/**
 * The data of one chart of the public statistics page, as the table beside the chart shows it: of the `?daerah=`
 * region, the portal's region by default.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  if (!isChartId(chart)) return new Response("Not found", { status: 404 });
  const code = new URL(request.url).searchParams.get("daerah")?.trim();
  const [t, region] = await Promise.all([getTranslations(), chooseRegion(db, code)]);
  if (!region || region === "unknown") return new Response("Not found", { status: 404 });
  const tables = statisticsTables(await getStatistics(db, region.id), t as unknown as Translate);
  const { body, filename } = statisticsCsv(tables, chart, new Date(), region.timeZone);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
