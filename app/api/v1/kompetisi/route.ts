import { db } from "@/lib/db";
import { jsonResponse, maxDate, preflight, problem, rateLimit } from "@/lib/http/opendata";
import { listPublishedCompetitions } from "@/lib/opendata/queries";
import { parseRegionCodes } from "@/lib/opendata/schemas";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** Open data: competitions with published results (of the `?daerah=` regions), each with its results JSON's URL. */
async function get(req: Request) {
  const limited = await rateLimit(db, req);
  if (limited) return limited;
  const regions = parseRegionCodes(new URL(req.url).searchParams);
  if (!regions.ok)
    return problem(400, "Bad Request", "Some query parameters are invalid.", { errors: regions.errors });
  const data = await listPublishedCompetitions(db, regions.codes);
  return jsonResponse(req, { data }, maxDate(data.map((c) => new Date(c.publishedAt))));
}

export const GET = orServiceUnavailable(get);
export const HEAD = GET;
export const OPTIONS = preflight;
