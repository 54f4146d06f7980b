// Tags every request with an id for the structured logs. Authorization is NOT done here: every
// page and action checks on the server in lib/ (see lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

// Uploads skip the proxy: Next.js buffers proxied request bodies and cuts them at 10 MB, which
// is the default per-file limit; the upload route makes its own request id.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/inovasi/[^/]+/lampiran).*)"] };
