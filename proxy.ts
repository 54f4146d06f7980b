// Tags every request with an id for the structured logs, and sends the classic catalogue search
// (/katalog?q=…) to its cached page (lib/catalog/cached-path.ts). Authorization is NOT done here: every page and
// action checks on the server in lib/ (see lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { cachedCataloguePath, localeOrDefault } from "@/lib/catalog/cached-path";
import { LOCALE_COOKIE } from "@/lib/i18n/config";

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/katalog" || pathname === "/katalog/") {
    // The cached search logs nothing and writes nothing, so it needs no request id; the rewrite
    // is kept to the minimum because it runs for every search.
    const locale = localeOrDefault(request.cookies.get(LOCALE_COOKIE)?.value);
    // On request.url's origin, not nextUrl's: nextUrl names any 127.x address "localhost", and Next.js proxies a
    // rewrite whose origin differs from the one it listens on over HTTP to itself, at twice the cost
    // (docs/decisions/007-cached-catalogue.md). request.url is the URL as received (skipProxyUrlNormalize).
    return NextResponse.rewrite(new URL(cachedCataloguePath(locale, searchParams), request.url));
  }
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

// Uploads skip the proxy: Next.js buffers proxied request bodies and cuts them at 10 MB, which
// is the default per-file limit; the upload route makes its own request id. The cached
// catalogue's internal address skips it too (it is reached only through the rewrite above), and so does
// a search's own address, /katalog/cari/…, which next.config.ts rewrites (lib/catalog/search-path.ts).
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|katalog-halaman/|katalog/cari(?:/|$)|api/inovasi/[^/]+/lampiran).*)",
  ],
};
