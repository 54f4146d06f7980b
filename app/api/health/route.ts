import { db } from "@/lib/db";
import { RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

// A load balancer's probe must hear back within its own timeout even when packets to the database are dropped,
// where the query itself would wait for the pool's query timeout (lib/db/client.ts).
const HEALTH_TIMEOUT_MS = 2_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** For load balancers and monitoring: 200 when the database answers within 2 s, 503 when it does not. */
export async function GET(request: Request) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    await within(db.$queryRaw`SELECT 1`, HEALTH_TIMEOUT_MS);
    return Response.json({ status: "ok", database: "up" }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    log.error("health check: database unreachable", { requestId, err });
    return Response.json(
      { status: "error", database: "down" },
      {
        status: 503,
        headers: { "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) },
      },
    );
  }
}
