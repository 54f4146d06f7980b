// Runs once in each server process before it handles requests (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installIncomingRequestGuard } = await import("@/lib/http/incoming-request");
    installIncomingRequestGuard();
  }
}
