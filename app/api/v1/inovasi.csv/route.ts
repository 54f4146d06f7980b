import { db } from "@/lib/db";
import { BOM, csvLine } from "@/lib/files/csv";
import { BASE_HEADERS, problem, rateLimit } from "@/lib/http/opendata";
import { catalogueRows, CSV_HEADER } from "@/lib/opendata/queries";
import { parseRegionCodes } from "@/lib/opendata/schemas";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** Open data: the whole public catalogue (or `?daerah=` regions') as CSV (UTF-8 with BOM), streamed batch by batch. */
async function get(req: Request) {
  const limited = await rateLimit(db, req);
  if (limited) return limited;
  const regions = parseRegionCodes(new URL(req.url).searchParams);
  if (!regions.ok)
    return problem(400, "Bad Request", "Some query parameters are invalid.", { errors: regions.errors });
  const encoder = new TextEncoder();
  const rows = catalogueRows(db, { regionCodes: regions.codes });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(CSV_HEADER)));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      ...BASE_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="katalog-inovasi-${regions.codes.length ? `${regions.codes.join("-")}-` : ""}${date}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

export const GET = orServiceUnavailable(get);
