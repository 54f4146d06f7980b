// The sitemap for search engines: /sitemap.xml is a sitemap index, and each /sitemap/<n>.xml lists up to
// SITEMAP_SIZE public innovation pages (file 0 also the site's fixed public pages and the region and OPD pages). The protocol allows at
// most 50,000 URLs a file; a national catalogue has more public innovations than that, and a single file
// silently left the rest out. The XML is built here from the rows lib/catalog/queries/sitemap.ts reads.

/** Innovation pages per sitemap file: well under the protocol's 50,000, so each file is quick to build. */
export const SITEMAP_SIZE = 10_000;

const FIXED_PAGES: { path: string; changefreq: string; priority: number }[] = [
  { path: "/", changefreq: "weekly", priority: 1 },
  { path: "/katalog", changefreq: "daily", priority: 0.9 },
  { path: "/kompetisi", changefreq: "weekly", priority: 0.8 },
  { path: "/statistik", changefreq: "weekly", priority: 0.6 },
  { path: "/data", changefreq: "monthly", priority: 0.5 },
  { path: "/daerah", changefreq: "weekly", priority: 0.6 },
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

/** An absolute URL on the portal's public address for a site path. */
type AbsoluteUrl = (path: string) => string;

/** How many sitemap files `publicCount` innovation pages take: at least one, for the fixed pages. */
export function sitemapFiles(publicCount: number, size = SITEMAP_SIZE): number {
  return Math.max(1, Math.ceil(publicCount / size));
}

/** The sitemap index: one entry per file. */
export function sitemapIndex(files: number, absoluteUrl: AbsoluteUrl): string {
  const entries = Array.from(
    { length: files },
    (_, n) => `  <sitemap><loc>${escapeXml(absoluteUrl(`/sitemap/${n}.xml`))}</loc></sitemap>\n`,
  );
  return `${XML_HEAD}<sitemapindex ${NS}>\n${entries.join("")}</sitemapindex>\n`;
}

/**
 * File `n` (from 0) with its innovations, or null when there is no such file (past the last one). File 0 also
 * lists the fixed pages and `regionPages`, the paths of the region and OPD pages (a few hundred regions, and the
 * OPDs with a public innovation, stay well under the protocol's limit beside SITEMAP_SIZE innovations).
 */
export function sitemapFile(
  n: number,
  rows: readonly { id: string; updatedAt: Date }[],
  absoluteUrl: AbsoluteUrl,
  regionPages: readonly string[] = [],
): string | null {
  if (n > 0 && rows.length === 0) return null;
  const url = (loc: string, extra: string) =>
    `  <url><loc>${escapeXml(absoluteUrl(loc))}</loc>${extra}</url>\n`;
  const fixed =
    n === 0
      ? FIXED_PAGES.map((p) =>
          url(p.path, `<changefreq>${p.changefreq}</changefreq><priority>${p.priority}</priority>`),
        )
      : [];
  const regions =
    n === 0
      ? regionPages.map((path) => url(path, "<changefreq>weekly</changefreq><priority>0.6</priority>"))
      : [];
  const pages = rows.map((r) =>
    url(
      `/katalog/${r.id}`,
      `<lastmod>${r.updatedAt.toISOString()}</lastmod><changefreq>monthly</changefreq><priority>0.7</priority>`,
    ),
  );
  return `${XML_HEAD}<urlset ${NS}>\n${fixed.join("")}${regions.join("")}${pages.join("")}</urlset>\n`;
}
