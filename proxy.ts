// Tags every request with an id for the structured logs, gives every page rendered per request its
// Content-Security-Policy with a fresh nonce (docs/decisions/009-security-headers.md), refuses cross-origin
// server-action posts with 403, and sends the classic catalogue search (/katalog?q=…) to its cached page
// (lib/catalog/rules/cached-path.ts). Authorization is NOT done here: every page and action checks on the server in lib/
// (see lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { cachedCataloguePath, localeOrDefault } from "@/lib/catalog/rules/cached-path";
import { env } from "@/lib/env";
import {
  contentSecurityPolicy,
  isCrossOriginAction,
  newNonce,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/http/security-headers";
import { LOCALE_COOKIE } from "@/lib/i18n/config";

export function proxy(request: NextRequest) {
  if (isCrossOriginAction(request.method, request.headers)) {
    return new NextResponse("403 Forbidden: cross-origin server action\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const { NODE_ENV, APP_URL } = env();
  const policy = { development: NODE_ENV === "development", https: APP_URL.startsWith("https:") };
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/katalog" || pathname === "/katalog/") {
    // The cached search logs nothing and writes nothing, so it needs no request id; the rewrite
    // is kept to the minimum because it runs for every search.
    const locale = localeOrDefault(request.cookies.get(LOCALE_COOKIE)?.value);
    // On request.url's origin, not nextUrl's: nextUrl names any 127.x address "localhost", and Next.js proxies a
    // rewrite whose origin differs from the one it listens on over HTTP to itself, at twice the cost
    // (docs/decisions/007-cached-catalogue.md). request.url is the URL as received (skipProxyUrlNormalize).
    const response = NextResponse.rewrite(new URL(cachedCataloguePath(locale, searchParams), request.url));
    // A cached page has no nonce: the catalogue's fixed policy, as next.config.ts gives /katalog/cari/….
    response.headers.set(
      "content-security-policy",
      contentSecurityPolicy({ development: policy.development }),
    );
    if (policy.https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
    return response;
  }
  // Always the server's own id: a client's X-Request-Id never names a log line (lib/http/incoming-request.ts).
  const requestId = crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // Next.js reads the nonce from the request's policy and puts it on every script it renders. API answers are not
  // documents and keep their own policy (a document route's sandbox).
  const csp = pathname.startsWith("/api/") ? null : contentSecurityPolicy({ ...policy, nonce: newNonce() });
  if (csp) headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  if (csp) response.headers.set("content-security-policy", csp);
  if (policy.https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Uploads skip the proxy: Next.js buffers proxied request bodies and cuts them at 10 MB, which
// is the default per-file limit; the upload route makes its own request id. The cached
// catalogue's internal address skips it too (it is reached only through the rewrite above), and so does
// a search's own address, /katalog/cari/…, which next.config.ts rewrites (lib/catalog/rules/search-path.ts); both get
// their security headers from next.config.ts.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|katalog-halaman/|katalog/cari(?:/|$)|api/inovasi/[^/]+/lampiran).*)",
  ],
};
