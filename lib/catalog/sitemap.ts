import "server-only";
// The sitemap for search engines: /sitemap.xml is a sitemap index, and each /sitemap/<n>.xml lists up to
// SITEMAP_SIZE public innovation pages (file 0 also the site's fixed public pages). The protocol allows at
// most 50,000 URLs a file; a national catalogue has more public innovations than that, and a single file
// silently left the rest out. Next.js's own generateSitemaps() runs at build time, when there is no
// database, so the files are counted here, per request.
import type { Db } from "@/lib/db/client";
import { countPublicInnovations, listPublicInnovationsForSitemap } from "./innovation";
import { absoluteUrl } from "./site-url";

/** Innovation pages per sitemap file: well under the protocol's 50,000, so each file is quick to build. */
export const SITEMAP_SIZE = 10_000;

const FIXED_PAGES: { path: string; changefreq: string; priority: number }[] = [
  { path: "/", changefreq: "weekly", priority: 1 },
  { path: "/katalog", changefreq: "daily", priority: 0.9 },
  { path: "/kompetisi", changefreq: "weekly", priority: 0.8 },
  { path: "/statistik", changefreq: "weekly", priority: 0.6 },
  { path: "/data", changefreq: "monthly", priority: 0.5 },
];

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&apos;",
  '"': "&quot;",
};
export const escapeXml = (s: string) => s.replace(/[&<>'"]/g, (c) => XML_ESCAPES[c]!);

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** How many sitemap files there are: at least one, for the fixed pages. */
export async function sitemapFileCount(db: Db, size = SITEMAP_SIZE): Promise<number> {
  return Math.max(1, Math.ceil((await countPublicInnovations(db)) / size));
}

/** The sitemap index: one entry per file. */
export async function sitemapIndexXml(db: Db, size = SITEMAP_SIZE): Promise<string> {
  const files = await sitemapFileCount(db, size);
  const entries = Array.from(
    { length: files },
    (_, n) => `  <sitemap><loc>${escapeXml(absoluteUrl(`/sitemap/${n}.xml`))}</loc></sitemap>\n`,
  );
  return `${XML_HEAD}<sitemapindex ${NS}>\n${entries.join("")}</sitemapindex>\n`;
}

/** File `n` (from 0), or null when there is no such file. Innovations go by id, so most keep their file as others are added. */
export async function sitemapFileXml(db: Db, n: number, size = SITEMAP_SIZE): Promise<string | null> {
  const rows = await listPublicInnovationsForSitemap(db, { skip: n * size, take: size });
  if (n > 0 && rows.length === 0) return null;
  const url = (loc: string, extra: string) =>
    `  <url><loc>${escapeXml(absoluteUrl(loc))}</loc>${extra}</url>\n`;
  const fixed =
    n === 0
      ? FIXED_PAGES.map((p) =>
          url(p.path, `<changefreq>${p.changefreq}</changefreq><priority>${p.priority}</priority>`),
        )
      : [];
  const pages = rows.map((r) =>
    url(
      `/katalog/${r.id}`,
      `<lastmod>${r.updatedAt.toISOString()}</lastmod><changefreq>monthly</changefreq><priority>0.7</priority>`,
    ),
  );
  return `${XML_HEAD}<urlset ${NS}>\n${fixed.join("")}${pages.join("")}</urlset>\n`;
}

/** How the sitemap routes answer. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
