import { db } from "@/lib/db";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export async function GET(request: Request) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up" }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    log.error("health check: database unreachable", { requestId, err });
    return Response.json(
      { status: "error", database: "down" },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
