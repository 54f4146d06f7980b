import type { Instrumentation } from "next";

// Runs once in each server process before it handles requests (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installIncomingRequestGuard } = await import("@/lib/http/incoming-request");
    installIncomingRequestGuard();
  }
}

// A page that failed because the database could not answer goes out as 503 with Retry-After, not 500
// (lib/http/incoming-request.ts rewrites the status of the request being handled).
export const onRequestError: Instrumentation.onRequestError = async (err) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ isDatabaseUnavailable }, { markDatabaseUnavailable }] = await Promise.all([
    import("@/lib/db/unavailable"),
    import("@/lib/http/incoming-request"),
  ]);
  if (isDatabaseUnavailable(err) || isDatabaseUnavailable((err as { cause?: unknown } | null)?.cause))
    markDatabaseUnavailable();
};
