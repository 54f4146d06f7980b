import "server-only";
// The sitemap's files, read per request: Next.js's own generateSitemaps() runs at build time, when there is no
// database, so the files are counted here. The XML itself is built by lib/catalog/rules/sitemap.ts.
import type { Db } from "@/lib/db/client";
import { absoluteUrl } from "@/lib/http/site-url";
import { SITEMAP_SIZE, sitemapFile, sitemapFiles, sitemapIndex } from "@/lib/catalog/rules/sitemap";
import { countPublicInnovations, listPublicInnovationsForSitemap } from "./innovation";
import { PUBLIC_INNOVATION } from "./visibility";

/** How many sitemap files there are: at least one, for the fixed pages. */
export async function sitemapFileCount(db: Db, size = SITEMAP_SIZE): Promise<number> {
  return sitemapFiles(await countPublicInnovations(db), size);
}

/** The sitemap index: one entry per file. */
export async function sitemapIndexXml(db: Db, size = SITEMAP_SIZE): Promise<string> {
  return sitemapIndex(await sitemapFileCount(db, size), absoluteUrl);
}

/** The public pages of every region (/daerah/<code>) and of every OPD with a public innovation, in code order. */
export async function publicRegionPaths(db: Db): Promise<string[]> {
  const [regions, opds] = await Promise.all([
    db.region.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    db.opd.findMany({
      where: { innovations: { some: PUBLIC_INNOVATION } },
      select: { shortName: true, region: { select: { code: true } } },
      orderBy: [{ region: { code: "asc" } }, { shortName: "asc" }],
    }),
  ]);
  return [
    ...regions.map((r) => `/daerah/${r.code}`),
    ...opds.map((o) => `/daerah/${o.region.code}/opd/${encodeURIComponent(o.shortName)}`),
  ];
}

/** File `n` (from 0), or null when there is no such file. Innovations go by id, so most keep their file as others are added. */
export async function sitemapFileXml(db: Db, n: number, size = SITEMAP_SIZE): Promise<string | null> {
  const [rows, regionPages] = await Promise.all([
    listPublicInnovationsForSitemap(db, { skip: n * size, take: size }),
    n === 0 ? publicRegionPaths(db) : [],
  ]);
  return sitemapFile(n, rows, absoluteUrl, regionPages);
}
