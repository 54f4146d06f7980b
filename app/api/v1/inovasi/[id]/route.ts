import { db } from "@/lib/db";
import { jsonResponse, preflight, problem, rateLimit } from "@/lib/http/opendata";
import { getInnovation } from "@/lib/opendata/queries";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** Open data: one public innovation with the download URLs of its public documents; 404 otherwise. */
async function get(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const limited = await rateLimit(db, req);
  if (limited) return limited;
  const { id } = await params;
  const innovation = await getInnovation(db, id);
  if (!innovation) return problem(404, "Not Found", "No public innovation has this id.");
  return jsonResponse(req, { data: innovation }, innovation.updatedAt);
}

export const GET = orServiceUnavailable(get);
export const HEAD = GET;
export const OPTIONS = preflight;
