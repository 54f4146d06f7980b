import { db } from "@/lib/db";
import { jsonResponse, maxDate, preflight, rateLimit } from "@/lib/opendata/http";
import { listPublishedCompetitions } from "@/lib/opendata/queries";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** Open data: competitions with published results, each with the URL of its results JSON. */
async function get(req: Request) {
  const limited = await rateLimit(db, req);
  if (limited) return limited;
  const data = await listPublishedCompetitions(db);
  return jsonResponse(req, { data }, maxDate(data.map((c) => new Date(c.publishedAt))));
}

export const GET = orServiceUnavailable(get);
export const HEAD = GET;
export const OPTIONS = preflight;
