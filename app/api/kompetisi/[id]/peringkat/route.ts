// The live ranking of a competition, for the secretariat only: exactly the text `npm run ranking` prints on the
// competition's export. 401 without a session, 403 for other roles, 404 for an unknown or another region's one.
import { can } from "@/lib/access/policy";
import { ActionError } from "@/lib/action-types";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { liveRankingJson } from "@/lib/ranking/queries";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

function problem(status: number, message: string) {
  return Response.json({ ok: false, message }, { status, headers: HEADERS });
}

async function get(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return problem(401, "unauthenticated");
  if (!can(user, "competition.write")) return problem(403, "forbidden");
  try {
    const body = await liveRankingJson(db, user, id);
    return new Response(body, { headers: { ...HEADERS, "Content-Type": "application/json; charset=utf-8" } });
  } catch (err) {
    if (err instanceof ActionError)
      return problem(err.message === "errors.forbidden" ? 403 : 404, "not found");
    throw err;
  }
}

export const GET = orServiceUnavailable(get);
