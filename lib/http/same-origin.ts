/**
 * Browsers send Origin on every POST/PATCH/DELETE: refuse one from another site (the session
 * cookie is SameSite=Lax already; this is the second lock). Requests without Origin (curl, tests)
 * (non-browser clients: scripts, tests) are let through.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host.split(",")[0]?.trim();
  } catch {
    return false;
  }
}
