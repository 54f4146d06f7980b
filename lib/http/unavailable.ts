// A route handler's answer when the database cannot answer now: 503 with Retry-After, so load balancers, crawlers
// and open-data clients back off and come back, instead of a 500 that reads as a bug.
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { log } from "@/lib/log";

export const RETRY_AFTER_SECONDS = 30;

export function serviceUnavailable(): Response {
  return new Response(
    `${JSON.stringify({ type: "about:blank", title: "Service Unavailable", status: 503 })}\n`,
    {
      status: 503,
      headers: {
        "Content-Type": "application/problem+json; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(RETRY_AFTER_SECONDS),
      },
    },
  );
}

/** The handler, answering 503 instead of throwing when the database is unreachable, overloaded or timed out. */
export function orServiceUnavailable<A extends unknown[]>(
  handler: (...args: A) => Promise<Response> | Response,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      log.warn("database unavailable: answered 503", { err });
      return serviceUnavailable();
    }
  };
}
