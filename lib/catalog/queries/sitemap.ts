import "server-only";
// The sitemap's files, read per request: Next.js's own generateSitemaps() runs at build time, when there is no
// database, so the files are counted here. The XML itself is built by lib/catalog/rules/sitemap.ts.
import type { Db } from "@/lib/db/client";
import { absoluteUrl } from "@/lib/http/site-url";
import { SITEMAP_SIZE, sitemapFile, sitemapFiles, sitemapIndex } from "@/lib/catalog/rules/sitemap";
import { countPublicInnovations, listPublicInnovationsForSitemap } from "./innovation";

/** How many sitemap files there are: at least one, for the fixed pages. */
export async function sitemapFileCount(db: Db, size = SITEMAP_SIZE): Promise<number> {
  return sitemapFiles(await countPublicInnovations(db), size);
}

/** The sitemap index: one entry per file. */
export async function sitemapIndexXml(db: Db, size = SITEMAP_SIZE): Promise<string> {
  return sitemapIndex(await sitemapFileCount(db, size), absoluteUrl);
}

/** File `n` (from 0), or null when there is no such file. Innovations go by id, so most keep their file as others are added. */
export async function sitemapFileXml(db: Db, n: number, size = SITEMAP_SIZE): Promise<string | null> {
  const rows = await listPublicInnovationsForSitemap(db, { skip: n * size, take: size });
  return sitemapFile(n, rows, absoluteUrl);
}
