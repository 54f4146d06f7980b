import type { Instrumentation } from "next";

// Runs once in each server process before it handles requests (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installIncomingRequestGuard } = await import("@/lib/http/incoming-request");
    installIncomingRequestGuard();
    // The mail worker runs in the server process (MAIL_WORKER=off leaves it to `npm run worker`); never during a build.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startServerMailWorker } = await import("@/lib/mail/server-worker");
      void startServerMailWorker();
    }
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
