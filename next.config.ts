import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "./lib/i18n/config";
import { contentSecurityPolicy, PERMISSIONS_POLICY } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No automatic ETag on pages: Next.js hashes the whole HTML of every cached catalogue page on every request
  // for it (12 % of the server's CPU under load). API routes set their own. docs/decisions/007-cached-catalogue.md
  generateEtags: false,
  // `npm run typecheck` checks the whole project once in `npm test`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // Server-only packages that must not be bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "pdfkit"],
  // The cached catalogue searches (docs/decisions/007-cached-catalogue.md) stay in memory only, in the
  // least-recently-used cache of cacheMaxMemorySize (50 MB): on disk Next.js would keep every search ever
  // made, and never delete one.
  // Server actions take up to 3 MB: an import file (2 MB at most, lib/admin/import/rules/table.ts) with its form.
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: "3mb" } },
  // proxy.ts sees the request's own URL (initURL). Otherwise Next.js rebuilds it as localhost:<port>, and when the
  // server listens on another name (next start -H 127.0.0.1, as the bench and the e2e server do) the catalogue's
  // rewrite looks like one to another origin and is proxied over HTTP to the server itself, at twice the cost.
  skipProxyUrlNormalize: true,
  // A catalogue search's own address goes to its cached page in the visitor's language (the locale cookie),
  // without running proxy.ts, which costs a third of a cached answer (lib/catalog/rules/search-path.ts).
  async rewrites() {
    const to = (locale: string) => `/katalog-halaman/${locale}/:kunci*`;
    return {
      beforeFiles: [
        ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => ({
          source: "/katalog/cari/:kunci*",
          has: [{ type: "cookie" as const, key: LOCALE_COOKIE, value: l }],
          destination: to(l),
        })),
        { source: "/katalog/cari/:kunci*", destination: to(DEFAULT_LOCALE) },
      ],
    };
  },
  // Headers that are the same on every answer. A page rendered per request gets its Content-Security-Policy, with a
  // nonce, from proxy.ts; the cached catalogue, which proxy.ts does not see and whose pages cannot carry a nonce,
  // gets a fixed one here (docs/decisions/009-security-headers.md). HSTS depends on APP_URL at run time: proxy.ts.
  async headers() {
    const cataloguePolicy = [
      {
        key: "Content-Security-Policy",
        value: contentSecurityPolicy({ development: process.env.NODE_ENV === "development" }),
      },
    ];
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
      { source: "/katalog/cari/:path*", headers: cataloguePolicy },
      { source: "/katalog-halaman/:path*", headers: cataloguePolicy },
    ];
  },
};

export default withNextIntl(nextConfig);
