import { db } from "@/lib/db";
import { jsonResponse, maxDate, preflight, problem, rateLimit } from "@/lib/http/opendata";
import { listInnovations } from "@/lib/opendata/queries";
import { parseListParams } from "@/lib/opendata/schemas";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** Open data: public innovations, filtered like the catalogue, paged by an opaque cursor. */
async function get(req: Request) {
  const limited = await rateLimit(db, req);
  if (limited) return limited;
  const parsed = parseListParams(new URL(req.url).searchParams);
  if (!parsed.ok)
    return problem(400, "Bad Request", "Some query parameters are invalid.", { errors: parsed.errors });
  const page = await listInnovations(db, parsed.params);
  return jsonResponse(req, page, maxDate(page.data.map((i) => new Date(i.updatedAt))));
}

export const GET = orServiceUnavailable(get);
export const HEAD = GET;
export const OPTIONS = preflight;
